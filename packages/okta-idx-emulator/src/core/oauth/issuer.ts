import type { ResolvedAuthorizationServer } from '../model/config.js';
import { createSigningKey, type SigningKey } from './tokens.js';

/**
 * One Okta authorization server: the org authorization server (issuer = the org URL, endpoints under
 * `/oauth2/v1/`) or a custom one (issuer and endpoints under `/oauth2/{id}`). Each signs with its own key,
 * so a token of one does not verify at another.
 */
export interface AuthorizationServer {
  /** The configured id; `null` for the org authorization server. */
  readonly id: string | null;
  readonly name: string;
  /** Path of the issuer below the origin: '' for the org server, `/oauth2/{id}` otherwise. */
  readonly issuerPath: string;
  /** Path below the origin where `/v1/…` endpoints live: `/oauth2` (org) or `/oauth2/{id}`. */
  readonly basePath: string;
  readonly key: SigningKey;
  /** The configured access token audience; the org server uses the org URL (origin) instead. */
  readonly audience: string | undefined;
}

/** The issuer as the client addressed it: one emulator answers to several loopback names. */
export const issuerOf = (server: AuthorizationServer, url: URL) => url.origin + server.issuerPath;

/** `{issuer base}/v1/{name}` as Okta publishes it (`/oauth2/v1/token` for the org server). */
export const endpointOf = (server: AuthorizationServer, url: URL, name: string) => `${url.origin}${server.basePath}/v1/${name}`;

/** Okta puts the org URL in `aud` of org access tokens (only Okta's own APIs accept them). */
export const accessTokenAudience = (server: AuthorizationServer, url: URL) => server.audience ?? url.origin;

/** Path of an issuer URL, '' for an origin: what tells servers apart whatever loopback name was used. */
export const issuerPathOf = (issuer: string) => new URL(issuer).pathname.replace(/\/$/, '');

/** The token endpoint of the server that issued as `issuer`: `{issuer}/v1/token`, `/oauth2/v1/token` for the org server. */
export const tokenEndpointFor = (issuer: string) =>
  issuerPathOf(issuer) === '' ? `${new URL(issuer).origin}/oauth2/v1/token` : `${issuer.replace(/\/$/, '')}/v1/token`;

export const SUPPORTED_SCOPES = ['openid', 'profile', 'email', 'address', 'phone', 'offline_access'] as const;

/** The org authorization server and every configured custom one, each with a fresh key and kid. */
export class AuthorizationServers {
  private constructor(
    readonly org: AuthorizationServer,
    readonly custom: readonly AuthorizationServer[],
  ) {}

  static async create(configured: readonly ResolvedAuthorizationServer[]): Promise<AuthorizationServers> {
    const org: AuthorizationServer = { id: null, name: 'Org Authorization Server', issuerPath: '', basePath: '/oauth2', key: await createSigningKey(), audience: undefined };
    const custom = await Promise.all(
      configured.map(async (s): Promise<AuthorizationServer> => ({
        id: s.id,
        name: s.name,
        issuerPath: `/oauth2/${s.id}`,
        basePath: `/oauth2/${s.id}`,
        key: await createSigningKey(),
        audience: s.audience,
      })),
    );
    return new AuthorizationServers(org, custom);
  }

  get all(): AuthorizationServer[] {
    return [this.org, ...this.custom];
  }

  /** `default` when configured (what most apps use), else the first custom server, else the org server. */
  get primary(): AuthorizationServer {
    return this.custom.find((s) => s.id === 'default') ?? this.custom[0] ?? this.org;
  }

  byId(id: string): AuthorizationServer | undefined {
    return this.custom.find((s) => s.id === id);
  }

  /** The server an issuer string (as stored with a transaction or in `iss`) belongs to. */
  byIssuer(issuer: string): AuthorizationServer | undefined {
    let path: string;
    try {
      path = issuerPathOf(issuer);
    } catch {
      return undefined;
    }
    return this.all.find((s) => s.issuerPath === path);
  }
}
