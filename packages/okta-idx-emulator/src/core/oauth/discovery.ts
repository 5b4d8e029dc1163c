import { json } from '../http/json.js';
import type { Services } from '../services.js';
import { SUPPORTED_SCOPES, issuerFor } from './issuer.js';

/** GET /.well-known/openid-configuration (and oauth-authorization-server): what auth-js reads first. */
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

/** GET /v1/keys: the JWKS with the public half of this instance's signing key. */
export function keys(services: Services): Response {
  return json(200, { keys: [services.key.publicJwk] });
}
