import { json } from '../http/json.js';
import { oauthError, oktaError } from '../http/okta-errors.js';
import type { Services } from '../services.js';

/**
 * POST /dev/users/<login>/lock and /unlock: what an admin's "Unlock" (or too many wrong passwords) does, so a test
 * can start from a locked user without typing wrong passwords. Only an active user can be locked and only a
 * locked-out one unlocked (suspended and deprovisioned users keep their state). Answers `{ identifier, status }`.
 */
export function setLockout(identifier: string, locked: boolean, services: Services): Response {
  const user = services.store.userByIdentifier(identifier);
  if (!user) return json(404, oktaError('E0000007', `Not found: Resource not found: ${identifier} (User)`));
  const from = locked ? 'ACTIVE' : 'LOCKED_OUT';
  if (user.status !== from && user.status !== (locked ? 'LOCKED_OUT' : 'ACTIVE')) {
    return json(400, oauthError('invalid_request', `A ${user.status} user cannot be ${locked ? 'locked' : 'unlocked'}.`));
  }
  user.status = locked ? 'LOCKED_OUT' : 'ACTIVE';
  user.failedPasswordAttempts = 0;
  return json(200, { identifier: user.identifier, status: user.status });
}
