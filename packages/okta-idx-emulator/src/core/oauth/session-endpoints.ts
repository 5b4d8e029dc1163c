import { compactVerify, decodeJwt } from 'jose';
import { empty, json } from '../http/json.js';
import { oauthError, oktaError } from '../http/okta-errors.js';
import type { Services } from '../services.js';
import { findClient, isRegisteredUri } from './clients.js';
import type { AuthorizationServer } from './issuer.js';
import { activeAccessToken } from './token-state.js';
import { scopesOf, userinfoClaims } from './tokens.js';

const bearerError = (status: number, error: string, description: string) =>
  json(status, oauthError(error, description), {
    'WWW-Authenticate': `Bearer authorization_uri="", error="${error}", error_description="${description}"`,
  });

const invalidToken = () => bearerError(401, 'invalid_token', 'The access token is invalid.');

/**
 * GET|POST /v1/userinfo: what `authClient.getUser()` reads; the profile Okta leaves out of the ID token.
 * Only an unexpired, unrevoked access token of this authorization server is accepted.
 */
export async function userinfo(request: Request, url: URL, services: Services, server: AuthorizationServer): Promise<Response> {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '');
  if (!match) return invalidToken();
  const claims = await activeAccessToken(match[1], url, services, server);
  const user = typeof claims?.uid === 'string' ? services.store.user(claims.uid) : undefined;
  if (!claims || !user) return invalidToken();
  const scopes = scopesOf(claims);
  if (!scopes.includes('openid')) {
    return bearerError(403, 'insufficient_scope', 'The access token must provide access to at least one of these scopes - openid');
  }
  const subject = { userId: user.id, identifier: user.identifier, profile: user.profile };
  return json(200, userinfoClaims(subject, scopes, services.startedAt));
}

/** GET /v1/logout (browser navigation from `signOut()`): back to the app when the URI is registered. */
export async function logout(url: URL, services: Services, server: AuthorizationServer): Promise<Response> {
  const params = url.searchParams;
  let clientId = params.get('client_id');
  const hint = params.get('id_token_hint');
  if (hint) {
    try {
      // Signature only: Okta accepts an expired ID token as a logout hint. Only this server's own tokens.
      await compactVerify(hint, server.key.publicKey);
      const aud = decodeJwt(hint).aud;
      clientId = Array.isArray(aud) ? aud[0] : (aud ?? null);
    } catch {
      return json(400, oauthError('invalid_request', "The 'id_token_hint' parameter is invalid."));
    }
  }
  const client = findClient(services, clientId);
  if (!client) return json(400, oauthError('invalid_request', "A valid 'id_token_hint' or 'client_id' is required."));
  const target = params.get('post_logout_redirect_uri');
  if (target === null) return json(200, { signedOut: true });
  // Parsed and matched like a redirect URI: `http://localhost:1@evil.example/` is refused, never followed.
  if (!isRegisteredUri(client.postLogoutRedirectUris, target)) {
    return json(400, oauthError('invalid_request',
      "'post_logout_redirect_uri' must be a Logout redirect URI in the client app settings."));
  }
  const location = new URL(target);
  const state = params.get('state');
  if (state !== null) location.searchParams.set('state', state);
  return empty(302, { Location: location.href });
}

/**
 * /api/v1/sessions/me: the emulator keeps no Okta session cookie, so this answers like Okta does
 * without one (auth-js `signOut()` treats E0000007 as "already signed out").
 */
export function sessionMe(): Response {
  return json(404, oktaError('E0000007', 'Not found: Resource not found: me (Session)'));
}
