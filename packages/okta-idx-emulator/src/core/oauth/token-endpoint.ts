import { randomToken } from '../model/ids.js';
import { json, readForm } from '../http/json.js';
import { oauthError } from '../http/okta-errors.js';
import { nowSeconds, type Services } from '../services.js';
import { findClient } from './clients.js';
import { issuerFor } from './issuer.js';
import { issueTokens, s256 } from './tokens.js';

/** One emulator answers to several loopback names, so the server is told by its path, not the host. */
const sameAuthorizationServer = (a: string, b: string) => new URL(a).pathname === new URL(b).pathname;

const invalidCode = () => json(400, oauthError('invalid_grant', 'The interaction code is invalid or has expired.'));

/** POST /v1/token with `grant_type=interaction_code` (the only grant the emulator implements). */
export async function token(request: Request, url: URL, services: Services): Promise<Response> {
  const form = await readForm(request);
  if (!form) {
    return json(400, oauthError('invalid_request', "The request must be sent as 'application/x-www-form-urlencoded'."));
  }
  const client = findClient(services, form.get('client_id'));
  if (!client) return json(401, oauthError('invalid_client', "Invalid value for 'client_id' parameter."));

  const grantType = form.get('grant_type');
  if (!grantType) return json(400, oauthError('invalid_request', "The 'grant_type' parameter is required."));
  if (grantType !== 'interaction_code') {
    return json(400, oauthError('unsupported_grant_type',
      `The authorization grant type is not supported by the authorization server. Configured grant types: [interaction_code].`));
  }

  const code = form.get('interaction_code');
  if (!code) return json(400, oauthError('invalid_request', "The 'interaction_code' parameter is required."));
  // Burnt from here on, whatever the outcome of the checks below.
  const grant = services.store.redeemCode(code);
  if (!grant || grant.clientId !== client.clientId || !sameAuthorizationServer(grant.issuer, issuerFor(url))) {
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

  const { lifetimes, orgName } = services.config;
  const { accessToken, idToken } = await issueTokens(
    services.key,
    { userId: user.id, identifier: user.identifier, profile: user.profile },
    {
      issuer: issuerFor(url),
      clientId: client.clientId,
      scopes: grant.scopes,
      nonce: grant.nonce,
      authTime: grant.authTime,
      amr: grant.amr,
      orgName,
      accessTokenSeconds: lifetimes.accessTokenSeconds,
      idTokenSeconds: lifetimes.idTokenSeconds,
      now: nowSeconds(services),
    },
  );
  // No `state` here: auth-js compares it with an undefined expectation on this path and fails if present.
  return json(200, {
    token_type: 'Bearer',
    expires_in: lifetimes.accessTokenSeconds,
    access_token: accessToken,
    scope: grant.scopes.join(' '),
    id_token: idToken,
    // Opaque and not redeemable: the refresh_token grant is not emulated yet.
    ...(grant.scopes.includes('offline_access') ? { refresh_token: randomToken(32) } : {}),
  });
}
