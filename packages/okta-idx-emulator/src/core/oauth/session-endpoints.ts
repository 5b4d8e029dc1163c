import { compactVerify, decodeJwt } from 'jose';
import { empty, json, readForm } from '../http/json.js';
import { oauthError, oktaError } from '../http/okta-errors.js';
import { nowSeconds, type Services } from '../services.js';
import { findClient, isRegisteredUri } from './clients.js';
import { issuerFor } from './issuer.js';
import { profileClaims, verifyAccessToken } from './tokens.js';

const invalidToken = () =>
  json(401, oauthError('invalid_token', 'The access token is invalid.'), {
    'WWW-Authenticate': 'Bearer authorization_uri="", error="invalid_token", error_description="The access token is invalid."',
  });

/** GET|POST /v1/userinfo: what `authClient.getUser()` reads. */
export async function userinfo(request: Request, url: URL, services: Services): Promise<Response> {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '');
  if (!match) return invalidToken();
  const claims = await verifyAccessToken(services.key, match[1], issuerFor(url), nowSeconds(services));
  const user = typeof claims?.uid === 'string' ? services.store.user(claims.uid) : undefined;
  if (!claims || !user) return invalidToken();
  const scopes = Array.isArray(claims.scp) ? claims.scp.filter((s): s is string => typeof s === 'string') : [];
  return json(200, { sub: user.id, ...profileClaims({ userId: user.id, identifier: user.identifier, profile: user.profile }, scopes) });
}

/** POST /v1/revoke: RFC 7009 says unknown tokens are not an error, and tokens here are stateless anyway. */
export async function revoke(request: Request, services: Services): Promise<Response> {
  const form = await readForm(request);
  if (!form) {
    return json(400, oauthError('invalid_request', "The request must be sent as 'application/x-www-form-urlencoded'."));
  }
  if (!findClient(services, form.get('client_id'))) {
    return json(401, oauthError('invalid_client', "Invalid value for 'client_id' parameter."));
  }
  if (!form.get('token')) return json(400, oauthError('invalid_request', "The 'token' parameter is required."));
  return empty(200);
}

/** GET /v1/logout (browser navigation from `signOut()`): back to the app when the URI is registered. */
export async function logout(url: URL, services: Services): Promise<Response> {
  const params = url.searchParams;
  let clientId = params.get('client_id');
  const hint = params.get('id_token_hint');
  if (hint) {
    try {
      // Signature only: Okta accepts an expired ID token as a logout hint.
      await compactVerify(hint, services.key.publicKey);
      const aud = decodeJwt(hint).aud;
      clientId = Array.isArray(aud) ? aud[0] : (aud ?? null);
    } catch {
      return json(400, oauthError('invalid_request', "The 'id_token_hint' parameter is invalid."));
    }
  }
  const client = findClient(services, clientId);
  if (!client) return json(400, oauthError('invalid_request', "A valid 'id_token_hint' or 'client_id' is required."));
  const target = params.get('post_logout_redirect_uri');
  if (!target) return json(200, { signedOut: true });
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
