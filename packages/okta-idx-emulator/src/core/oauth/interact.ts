import { json, readForm } from '../http/json.js';
import { oauthError } from '../http/okta-errors.js';
import type { Services } from '../services.js';
import { authenticateClient, isRegisteredUri } from './clients.js';
import { SUPPORTED_SCOPES, issuerOf, type AuthorizationServer } from './issuer.js';
import { isActivatable, startActivation } from '../idx/activation.js';

const PKCE_CHALLENGE = /^[A-Za-z0-9_-]{43}$/;

/**
 * POST /v1/interact: starts an IDX transaction and answers `{ interaction_handle }`. A confidential client
 * authenticates here too (okta-auth-js and the server-side IDX SDKs send `client_secret`).
 */
export async function interact(request: Request, url: URL, services: Services, server: AuthorizationServer): Promise<Response> {
  const form = await readForm(request);
  if (!form) {
    return json(400, oauthError('invalid_request', "The request must be sent as 'application/x-www-form-urlencoded'."));
  }
  const client = authenticateClient(request, form, services);
  if (client instanceof Response) return client;

  const redirectUri = form.get('redirect_uri');
  if (!isRegisteredUri(client.redirectUris, redirectUri)) {
    return json(400, oauthError('invalid_request', "'redirect_uri' must be a Login redirect URI in the client app settings."));
  }

  const codeChallenge = form.get('code_challenge');
  if (!codeChallenge) {
    return json(400, oauthError('invalid_request',
      "PKCE code challenge is required when the token endpoint authentication method is 'NONE'."));
  }
  const method = form.get('code_challenge_method');
  if (method !== 'S256') {
    return json(400, oauthError('invalid_request', "'code_challenge_method' is invalid. It must be 'S256'."));
  }
  if (!PKCE_CHALLENGE.test(codeChallenge)) {
    return json(400, oauthError('invalid_request', "'code_challenge' is invalid. It must be a base64url-encoded SHA-256 hash."));
  }

  const scopes = [...new Set((form.get('scope') ?? '').split(/\s+/).filter(Boolean))];
  if (!scopes.includes('openid')) {
    return json(400, oauthError('invalid_scope', "The 'openid' scope is required for the interaction code flow."));
  }
  // Besides the OIDC scopes, a custom server accepts the scopes declared on it (consent.ts asks for the ones that need it).
  const declared = services.config.authorizationServers.find((s) => s.id === server.id)?.scopes.map((s) => s.name) ?? [];
  const unknown = scopes.filter((s) => !(SUPPORTED_SCOPES as readonly string[]).includes(s) && !declared.includes(s));
  if (unknown.length > 0) {
    return json(400, oauthError('invalid_scope',
      `One or more scopes are not configured for the authorization server resource: ${unknown.join(', ')}`));
  }

  // An activation token (an invitation, a sign-up's activation email) is spent here, once, for a user not yet active.
  const activationToken = form.get('activation_token');
  const invited = activationToken ? services.store.redeemActivationToken(activationToken) : undefined;
  if (activationToken && (!invited || !isActivatable(invited))) return json(400, oauthError('invalid_request', 'The activation token is invalid'));
  // A recovery token (POST /dev/users/<login>/recovery-token) is spent here, once; any other is invalid.
  const recoveryToken = form.get('recovery_token');
  const recovering = recoveryToken && services.config.passwordRecovery ? services.store.redeemRecoveryToken(recoveryToken) : undefined;
  if (recoveryToken && !recovering) return json(400, oauthError('invalid_request', 'The recovery token is invalid'));

  const tx = services.store.createTransaction({
    issuer: issuerOf(server, url),
    clientId: client.clientId,
    redirectUri: redirectUri!,
    scopes,
    state: form.get('state') ?? undefined,
    nonce: form.get('nonce') ?? undefined,
    codeChallenge,
  });
  if (invited) startActivation(tx, invited, services);
  if (recovering) {
    // The link proved the mailbox: the transaction starts at reset-authenticator for that user, as Okta's does.
    tx.userId = recovering.id;
    tx.recovering = true;
    tx.step = { kind: 'reset-password' };
  }
  return json(200, { interaction_handle: tx.interactionHandle });
}
