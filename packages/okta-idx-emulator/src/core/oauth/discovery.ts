import { json } from '../http/json.js';
import { oktaError } from '../http/okta-errors.js';
import { SUPPORTED_SCOPES, endpointOf, issuerOf, type AuthorizationServer } from './issuer.js';

const CLIENT_AUTH_METHODS = ['client_secret_basic', 'client_secret_post', 'none'];

/** Every claim the emulator issues: the thin ID token's, and the profile claims of /v1/userinfo. */
const CLAIMS = [
  'iss', 'ver', 'sub', 'aud', 'iat', 'exp', 'jti', 'auth_time', 'amr', 'idp', 'nonce', 'name', 'preferred_username',
  'given_name', 'family_name', 'email', 'email_verified', 'zoneinfo', 'locale', 'phone_number', 'updated_at', 'at_hash',
];

/**
 * GET /.well-known/openid-configuration (and oauth-authorization-server) of one authorization server, in
 * Okta's key order, listing only what the emulator implements: no `authorization_endpoint` (there is no
 * redirect flow, only IDX), the interaction-code and refresh-token grants, secret and public clients.
 */
export function discovery(url: URL, server: AuthorizationServer): Response {
  const at = (name: string) => endpointOf(server, url, name);
  return json(200, {
    issuer: issuerOf(server, url),
    token_endpoint: at('token'),
    userinfo_endpoint: at('userinfo'),
    jwks_uri: at('keys'),
    response_types_supported: ['code'],
    grant_types_supported: ['interaction_code', 'refresh_token'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
    scopes_supported: [...SUPPORTED_SCOPES],
    token_endpoint_auth_methods_supported: CLIENT_AUTH_METHODS,
    claims_supported: CLAIMS,
    code_challenge_methods_supported: ['S256'],
    introspection_endpoint: at('introspect'),
    introspection_endpoint_auth_methods_supported: CLIENT_AUTH_METHODS,
    revocation_endpoint: at('revoke'),
    revocation_endpoint_auth_methods_supported: CLIENT_AUTH_METHODS,
    end_session_endpoint: at('logout'),
    request_parameter_supported: false,
  });
}

/** GET /v1/keys: the JWKS with the public half of this authorization server's signing key. */
export function keys(server: AuthorizationServer): Response {
  return json(200, { keys: [server.key.publicJwk] });
}

/** What Okta answers under `/oauth2/{id}` for an id that is no authorization server of the org. */
export function unknownAuthorizationServer(id: string): Response {
  return json(404, oktaError('E0000007', `Not found: Resource not found: ${id} (AuthorizationServer)`));
}
