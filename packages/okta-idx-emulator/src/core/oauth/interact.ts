import { json, readForm } from '../http/json.js';
import { oauthError } from '../http/okta-errors.js';
import { matchesAny, normaliseUrl } from '../model/patterns.js';
import { SUPPORTED_SCOPES, findClient, issuerFor, type Services } from '../services.js';

export function discovery(url: URL): Response {
  const issuer = issuerFor(url);
  return json(200, {
    issuer,
    authorization_endpoint: `${issuer}/v1/authorize`,
    token_endpoint: `${issuer}/v1/token`,
    userinfo_endpoint: `${issuer}/v1/userinfo`,
    jwks_uri: `${issuer}/v1/keys`,
    response_types_supported: ['code'],
    response_modes_supported: ['query', 'fragment', 'form_post', 'okta_post_message'],
    // Only the embedded (IDX) flow is emulated, so that is the only grant advertised.
    grant_types_supported: ['interaction_code'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
    scopes_supported: [...SUPPORTED_SCOPES],
    token_endpoint_auth_methods_supported: ['none'],
    claims_supported: [
      'iss', 'ver', 'sub', 'aud', 'iat', 'exp', 'jti', 'auth_time', 'amr', 'idp', 'nonce', 'name',
      'preferred_username', 'given_name', 'family_name', 'zoneinfo', 'locale', 'email', 'email_verified', 'at_hash',
    ],
    code_challenge_methods_supported: ['S256'],
    revocation_endpoint: `${issuer}/v1/revoke`,
    revocation_endpoint_auth_methods_supported: ['none'],
    end_session_endpoint: `${issuer}/v1/logout`,
    request_parameter_supported: false,
  });
}

export function keys(services: Services): Response {
  return json(200, { keys: [services.key.publicJwk] });
}

/** True when `redirectUri` is absolute, has no fragment and matches one of the client's patterns. */
export function isRegisteredUri(patterns: Parameters<typeof matchesAny>[0], redirectUri: string | null): boolean {
  if (!redirectUri) return false;
  const normalised = normaliseUrl(redirectUri);
  if (!normalised || new URL(normalised).hash) return false;
  return matchesAny(patterns, normalised);
}

const PKCE_CHALLENGE = /^[A-Za-z0-9_-]{43}$/;

/** POST /v1/interact: starts an IDX transaction and answers `{ interaction_handle }`. */
export async function interact(request: Request, services: Services): Promise<Response> {
  const form = await readForm(request);
  if (!form) {
    return json(400, oauthError('invalid_request', "The request must be sent as 'application/x-www-form-urlencoded'."));
  }
  const client = findClient(services, form.get('client_id'));
  if (!client) return json(401, oauthError('invalid_client', "Invalid value for 'client_id' parameter."));

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
  const unknown = scopes.filter((s) => !(SUPPORTED_SCOPES as readonly string[]).includes(s));
  if (unknown.length > 0) {
    return json(400, oauthError('invalid_scope',
      `One or more scopes are not configured for the authorization server resource: ${unknown.join(', ')}`));
  }

  // The emulator issues no activation or recovery tokens, so any presented one is invalid (Okta's wording).
  if (form.get('activation_token')) return json(400, oauthError('invalid_request', 'The activation token is invalid'));
  if (form.get('recovery_token')) return json(400, oauthError('invalid_request', 'The recovery token is invalid'));

  const tx = services.store.createTransaction({
    clientId: client.clientId,
    redirectUri: redirectUri!,
    scopes,
    state: form.get('state') ?? undefined,
    nonce: form.get('nonce') ?? undefined,
    codeChallenge,
  });
  return json(200, { interaction_handle: tx.interactionHandle });
}
