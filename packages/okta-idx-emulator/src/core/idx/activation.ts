/**
 * Activation tokens: an invitation (an admin's "Activate" on a PROVISIONED or STAGED user, POST
 * /dev/users/<login>/activation-token) or a sign-up's activation email. okta-auth-js passes the token to
 * /v1/interact as `activation_token` (`idx.start({ activationToken })`); the transaction then starts at the
 * user's first step, without identify: for an invited user with no password, `select-authenticator-enroll`
 * with the password alone (idx-java/introspect-with-activation-token-response.json). The user becomes ACTIVE
 * when the sign-in completes, so an abandoned activation leaves them as they were.
 */
import type { UserRecord, Transaction } from '../model/store.js';
import type { Services } from '../services.js';
import { pendingStep } from './flow.js';

/** Users an activation token can activate. */
export const isActivatable = (user: UserRecord) => user.status === 'PROVISIONED' || user.status === 'STAGED';

/**
 * The user's first step. A step whose module acts on entry (an email code) is offered as its selection list
 * instead, so choosing it sends what it sends, as at any sign-in.
 */
export function startActivation(tx: Transaction, user: UserRecord, services: Services): void {
  tx.userId = user.id;
  tx.activating = true;
  const next = pendingStep(tx, user, services.registry);
  if (!next) return;
  if ((next.kind === 'challenge' || next.kind === 'enroll') && services.registry.get(next.key)?.begin) {
    const keys = next.alternatives ?? [next.key];
    tx.step = next.kind === 'challenge' ? { kind: 'select-authenticate', keys } : { kind: 'select-enroll', keys, skippable: next.skippable === true };
  } else {
    tx.step = next;
  }
}

/** The activation's sign-in is complete: the invited user is ACTIVE from now on. */
export function activateInvited(tx: Transaction, user: UserRecord): void {
  if (tx.activating && isActivatable(user)) user.status = 'ACTIVE';
}
