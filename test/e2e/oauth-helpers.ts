import { OktaAuth, type OktaAuthOptions, type Tokens } from '@okta/okta-auth-js';
import { CLIENT_ID } from './e2e-helpers.js';

/**
 * The three kinds of authorization server one Okta org has, all answered by one emulator: the default custom
 * server, the org authorization server (issuer = the org's origin, endpoints under /oauth2/v1) and a custom
 * server by its id (the emulator's default config: aus0kta3lements0demo, audience api://okta-elements).
 */
export interface AuthorizationServer {
  readonly name: string;
  readonly issuer: string;
  /** The access token's `aud`; the org server's access token is for Okta's own APIs, not checked. */
  readonly audience?: string;
}

export const CUSTOM_SERVER_ID = 'aus0kta3lements0demo';

export function authorizationServers(defaultIssuer: string): AuthorizationServer[] {
  const origin = new URL(defaultIssuer).origin;
  return [
    { name: 'default', issuer: `${origin}/oauth2/default`, audience: 'api://default' },
    { name: 'org', issuer: origin },
    { name: 'custom', issuer: `${origin}/oauth2/${CUSTOM_SERVER_ID}`, audience: 'api://okta-elements' },
  ];
}

/** An OktaAuth as a single-page app would configure one; tokens kept in memory so no test leaks into another. */
export function createAuthClient(issuer: string, options: Partial<OktaAuthOptions> = {}): OktaAuth {
  return new OktaAuth({
    issuer,
    clientId: CLIENT_ID,
    redirectUri: `${location.origin}/callback`,
    scopes: ['openid', 'profile', 'email', 'offline_access'],
    tokenManager: { storage: 'memory', autoRenew: false },
    transactionManager: { storage: 'memory' },
    ...options,
  } as OktaAuthOptions);
}

/** Signs a user in through okta-auth-js's IDX API (identify, then password), as an app without the elements would. */
export async function signInWithIdx(authClient: OktaAuth, username: string, password: string): Promise<Tokens> {
  // okta-auth-js 8 runs IDX one named step at a time: identify, then the password challenge.
  const identified = await authClient.idx.authenticate({ step: 'identify', username });
  if (identified.nextStep?.name !== 'challenge-authenticator') {
    throw new Error(`identify led to ${identified.status} ${identified.nextStep?.name ?? '-'}: ${identified.messages?.map((m) => m.message).join('; ')}`);
  }
  const transaction = await authClient.idx.proceed({ step: 'challenge-authenticator', credentials: { passcode: password } });
  if (transaction.status !== 'SUCCESS' || !transaction.tokens) {
    const messages = (transaction.messages ?? []).map((m) => m.message).join('; ');
    throw new Error(`sign-in ended ${transaction.status} at ${transaction.nextStep?.name ?? '-'}: ${messages}`);
  }
  authClient.tokenManager.setTokens(transaction.tokens);
  return transaction.tokens;
}

export interface Discovery {
  userinfo_endpoint: string;
  introspection_endpoint: string;
  revocation_endpoint: string;
  token_endpoint: string;
  end_session_endpoint: string;
}

/** The server's OpenID discovery document: every endpoint a test calls by hand comes from it, as an app's would. */
export async function discovery(issuer: string): Promise<Discovery> {
  const response = await fetch(`${issuer}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error(`discovery for ${issuer} answered ${response.status}`);
  return (await response.json()) as Discovery;
}

/** GET userinfo with a bearer token, by hand, so the test sees the status itself. */
export async function userinfoStatus(issuer: string, accessToken: string): Promise<number> {
  const { userinfo_endpoint } = await discovery(issuer);
  const response = await fetch(userinfo_endpoint, { headers: { Authorization: `Bearer ${accessToken}` } });
  return response.status;
}

/** RFC 7662 introspection as Okta documents it for a public client: client_id in the form. */
export async function introspect(issuer: string, token: string, hint: 'access_token' | 'refresh_token'): Promise<{ active: boolean; [claim: string]: unknown }> {
  const { introspection_endpoint } = await discovery(issuer);
  const response = await fetch(introspection_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: new URLSearchParams({ token, token_type_hint: hint, client_id: CLIENT_ID }),
  });
  if (!response.ok) throw new Error(`introspect answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as { active: boolean };
}

/** The payload of a JWT, unverified: to read claims the test then compares. */
export function jwtPayload(jwt: string): Record<string, unknown> {
  const [, payload] = jwt.split('.');
  return JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;
}
