import { json } from '../http/json.js';
import { oauthError, oktaError } from '../http/okta-errors.js';
import type { Services } from '../services.js';

/**
 * POST /dev/users/<login>/authenticators/<key>/reset: what an admin's "Reset" of one authenticator does (Okta's
 * Admin Console "Reset Authenticators", the Factors API's unenroll). The user's enrollment of `key` is removed,
 * so the next sign-in whose policy needs it offers it for enrollment again (select-authenticator-enroll, then the
 * same enrollment screens: a new QR code and secret for Google Authenticator). The password is reset differently
 * (a recovery token: POST /dev/users/<login>/recovery-token), so `okta_password` is refused here.
 * Answers `{ identifier, key, enrolled: false }`.
 */
export function resetAuthenticator(identifier: string, key: string, services: Services): Response {
  const user = services.store.userByIdentifier(identifier);
  if (!user) return json(404, oktaError('E0000007', `Not found: Resource not found: ${identifier} (User)`));
  if (key === 'okta_password') {
    return json(400, oauthError('invalid_request', 'The password is reset with POST /dev/users/<login>/recovery-token, not here.'));
  }
  const module = services.registry.get(key);
  if (!module) return json(400, oauthError('invalid_request', `'${key}' is not an authenticator of this emulator.`));
  if (!module.isEnrolled(user)) return json(404, oktaError('E0000007', `Not found: Resource not found: ${key} (Factor)`));
  user.authenticators.delete(key);
  return json(200, { identifier: user.identifier, key, enrolled: false });
}
