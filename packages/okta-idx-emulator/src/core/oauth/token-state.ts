import type { JWTPayload } from 'jose';
import { empty, json, readForm } from '../http/json.js';
import { oauthError } from '../http/okta-errors.js';
import { nowSeconds, type Services } from '../services.js';
import { authenticateClient } from './clients.js';
import { accessTokenAudience, issuerOf, type AuthorizationServer } from './issuer.js';
import { verifyAccessToken } from './tokens.js';

/** Claims of an access token this server issued that is unexpired and not revoked, else undefined. */
export async function activeAccessToken(
  token: string, url: URL, services: Services, server: AuthorizationServer,
): Promise<JWTPayload | undefined> {
  const claims = await verifyAccessToken(server.key, token, issuerOf(server, url), accessTokenAudience(server, url), nowSeconds(services));
  if (!claims || services.tokens.isRevoked(claims.jti as string)) return undefined;
  return claims;
}

const formRequired = () =>
  json(400, oauthError('invalid_request', "The request must be sent as 'application/x-www-form-urlencoded'."));
const tokenRequired = () => json(400, oauthError('invalid_request', "The 'token' parameter is required."));

/** What revoke and introspect both start with: a form, an authenticated client and a `token`, or the refusal. */
async function tokenRequest(request: Request, services: Services) {
  const form = await readForm(request);
  if (!form) return formRequired();
  const client = authenticateClient(request, form, services);
  if (client instanceof Response) return client;
  const token = form.get('token');
  if (!token) return tokenRequired();
  return { form, client, token };
}

/**
 * POST /v1/revoke (RFC 7009): revokes an access token (by its `jti`, until it would have expired) or a
 * refresh token together with the access tokens issued with it. Revoking an access token leaves its refresh
 * token alone, as on Okta. A client revokes only its own tokens; unknown, expired or foreign tokens
 * answer 200 too, so nothing leaks.
 */
export async function revoke(request: Request, url: URL, services: Services, server: AuthorizationServer): Promise<Response> {
  const asked = await tokenRequest(request, services);
  if (asked instanceof Response) return asked;
  const { form, client, token } = asked;
  const now = nowSeconds(services);
  const hint = form.get('token_type_hint');
  const tryRefresh = () => services.tokens.revokeRefreshToken(token, client.clientId, server.issuerPath, now);
  if (hint === 'refresh_token' && tryRefresh()) return empty(200);
  const claims = await activeAccessToken(token, url, services, server);
  if (claims) {
    if (claims.cid === client.clientId) services.tokens.revokeAccessToken(claims.jti as string, claims.exp as number, now);
    return empty(200);
  }
  tryRefresh();
  return empty(200);
}

/**
 * POST /v1/introspect (RFC 7662): `{active: false}` for a token that is unknown, expired, revoked, of
 * another authorization server, or a refresh token of another client; Okta's fields for an active one.
 */
export async function introspect(request: Request, url: URL, services: Services, server: AuthorizationServer): Promise<Response> {
  const asked = await tokenRequest(request, services);
  if (asked instanceof Response) return asked;
  const { client, token } = asked;

  const claims = await activeAccessToken(token, url, services, server);
  if (claims) {
    const scopes = Array.isArray(claims.scp) ? claims.scp : [];
    return json(200, {
      active: true,
      scope: scopes.join(' '),
      username: claims.sub,
      exp: claims.exp,
      iat: claims.iat,
      sub: claims.sub,
      aud: claims.aud,
      iss: claims.iss,
      jti: claims.jti,
      token_type: 'Bearer',
      client_id: claims.cid,
      uid: claims.uid,
    });
  }

  const grant = services.tokens.find(token, nowSeconds(services));
  if (grant && grant.clientId === client.clientId && grant.serverPath === server.issuerPath) {
    const user = services.store.user(grant.userId);
    if (user) {
      return json(200, {
        active: true,
        scope: grant.scopes.join(' '),
        username: user.identifier,
        exp: grant.expiresAt,
        iat: grant.issuedAt,
        sub: user.identifier,
        aud: accessTokenAudience(server, url),
        iss: issuerOf(server, url),
        token_type: 'Bearer',
        client_id: grant.clientId,
        uid: user.id,
      });
    }
  }
  return json(200, { active: false });
}
