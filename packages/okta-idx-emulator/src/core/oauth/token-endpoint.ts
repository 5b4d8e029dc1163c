import { json, readForm } from '../http/json.js';
import { oauthError } from '../http/okta-errors.js';
import type { ResolvedClient } from '../model/config.js';
import { nowSeconds, type Services } from '../services.js';
import { authenticateClient } from './clients.js';
import type { RedeemedRefreshToken } from './token-registry.js';
import { accessTokenAudience, issuerOf, issuerPathOf, type AuthorizationServer } from './issuer.js';
import { issueTokens, s256, type TokenSubject } from './tokens.js';

const invalidCode = () => json(400, oauthError('invalid_grant', 'The interaction code is invalid or has expired.'));
const invalidRefreshToken = () => json(400, oauthError('invalid_grant', 'The refresh token is invalid or expired.'));

const GRANT_TYPES = ['interaction_code', 'refresh_token'];

/** POST /v1/token: the `interaction_code` grant (end of a sign-in) and the `refresh_token` grant (renewal). */
export async function token(request: Request, url: URL, services: Services, server: AuthorizationServer): Promise<Response> {
  const form = await readForm(request);
  if (!form) {
    return json(400, oauthError('invalid_request', "The request must be sent as 'application/x-www-form-urlencoded'."));
  }
  const client = authenticateClient(request, form, services);
  if (client instanceof Response) return client;

  const grantType = form.get('grant_type');
  if (!grantType) return json(400, oauthError('invalid_request', "The 'grant_type' parameter is required."));
  if (grantType === 'interaction_code') return interactionCodeGrant(form, url, services, server, client);
  if (grantType === 'refresh_token') return refreshTokenGrant(form, url, services, server, client);
  return json(400, oauthError('unsupported_grant_type',
    `The authorization grant type is not supported by the authorization server. Configured grant types: [${GRANT_TYPES.join(', ')}].`));
}

async function interactionCodeGrant(
  form: URLSearchParams, url: URL, services: Services, server: AuthorizationServer, client: ResolvedClient,
): Promise<Response> {
  const code = form.get('interaction_code');
  if (!code) return json(400, oauthError('invalid_request', "The 'interaction_code' parameter is required."));
  // Burnt from here on, whatever the outcome of the checks below.
  const grant = services.store.redeemCode(code);
  // One emulator answers to several loopback names, so the server is told by the issuer's path, not the host.
  if (!grant || grant.clientId !== client.clientId || issuerPathOf(grant.issuer) !== server.issuerPath) {
    return invalidCode();
  }

  if (form.get('redirect_uri') !== grant.redirectUri) {
    return json(400, oauthError('invalid_grant',
      "The 'redirect_uri' does not match the redirection URI used in the authorization request."));
  }
  const verifier = form.get('code_verifier');
  if (!verifier) {
    return json(400, oauthError('invalid_request',
      "PKCE code verifier is required when the parameter 'code_challenge' was specified in the authorize request."));
  }
  if ((await s256(verifier)) !== grant.codeChallenge) {
    return json(400, oauthError('invalid_grant', 'PKCE verification failed.'));
  }

  const user = services.store.user(grant.userId);
  if (!user) return invalidCode(); // reset() since the code was issued

  const subject = { userId: user.id, identifier: user.identifier, profile: user.profile };
  return tokenResponse(services, server, url, client, subject, {
    scopes: grant.scopes,
    grantedScopes: grant.scopes,
    nonce: grant.nonce,
    authTime: grant.authTime,
    amr: grant.amr,
    redeemed: undefined,
  });
}

async function refreshTokenGrant(
  form: URLSearchParams, url: URL, services: Services, server: AuthorizationServer, client: ResolvedClient,
): Promise<Response> {
  const refreshToken = form.get('refresh_token');
  if (!refreshToken) return json(400, oauthError('invalid_request', "The 'refresh_token' parameter is required."));
  const now = nowSeconds(services);
  const grant = services.tokens.find(refreshToken, now);
  if (!grant || grant.clientId !== client.clientId || grant.serverPath !== server.issuerPath) return invalidRefreshToken();
  const user = services.store.user(grant.userId);
  if (!user) return invalidRefreshToken();

  // `scope` may narrow what was granted at sign-in, never widen it (RFC 6749 §6).
  const requested = form.get('scope');
  const scopes = requested === null ? grant.scopes : [...new Set(requested.split(/\s+/).filter(Boolean))];
  if (scopes.length === 0 || scopes.some((s) => !grant.scopes.includes(s))) {
    return json(400, oauthError('invalid_scope', 'The requested scope is invalid, unknown, or malformed.'));
  }
  // Taken out before anything awaits: a second refresh with the same token, even a concurrent one, fails.
  const redeemed = services.tokens.redeem(refreshToken, now);
  if (!redeemed) return invalidRefreshToken();
  const subject = { userId: user.id, identifier: user.identifier, profile: user.profile };
  return tokenResponse(services, server, url, client, subject, {
    scopes,
    grantedScopes: grant.scopes,
    nonce: undefined,
    authTime: grant.authTime,
    amr: grant.amr,
    redeemed,
  });
}

interface Issue {
  /** The scopes of this access and ID token. */
  scopes: readonly string[];
  /** The scopes of the sign-in, which a rotated refresh token keeps. */
  grantedScopes: readonly string[];
  nonce: string | undefined;
  authTime: number;
  amr: readonly string[];
  /** The refresh token being redeemed (rotated), or undefined for a sign-in. */
  redeemed: RedeemedRefreshToken | undefined;
}

async function tokenResponse(
  services: Services, server: AuthorizationServer, url: URL, client: ResolvedClient, subject: TokenSubject, issue: Issue,
): Promise<Response> {
  const { lifetimes, orgName } = services.config;
  const now = nowSeconds(services);
  const tokens = await issueTokens(server.key, subject, {
    issuer: issuerOf(server, url),
    audience: accessTokenAudience(server, url),
    clientId: client.clientId,
    scopes: issue.scopes,
    nonce: issue.nonce,
    authTime: issue.authTime,
    amr: issue.amr,
    orgName,
    accessTokenSeconds: lifetimes.accessTokenSeconds,
    idTokenSeconds: lifetimes.idTokenSeconds,
    now,
  });

  let refreshToken: string | undefined;
  const refreshExpiresAt = now + lifetimes.refreshTokenSeconds;
  if (issue.redeemed !== undefined) {
    // Rotation: the redeemed token is already refused (Okta's grace period is 0 here).
    refreshToken = services.tokens.reissue(issue.redeemed, tokens.accessTokenId, tokens.accessTokenExpiresAt, refreshExpiresAt, now);
  } else if (issue.grantedScopes.includes('offline_access')) {
    refreshToken = services.tokens.issueRefreshToken(
      {
        clientId: client.clientId,
        serverPath: server.issuerPath,
        userId: subject.userId,
        scopes: issue.grantedScopes,
        authTime: issue.authTime,
        amr: issue.amr,
        issuedAt: now,
        expiresAt: refreshExpiresAt,
      },
      tokens.accessTokenId,
      tokens.accessTokenExpiresAt,
      now,
    );
  }

  // No `state` here: auth-js compares it with an undefined expectation on this path and fails if present.
  return json(200, {
    token_type: 'Bearer',
    expires_in: lifetimes.accessTokenSeconds,
    access_token: tokens.accessToken,
    scope: issue.scopes.join(' '),
    ...(refreshToken !== undefined ? { refresh_token: refreshToken } : {}),
    ...(tokens.idToken !== undefined ? { id_token: tokens.idToken } : {}),
  });
}
