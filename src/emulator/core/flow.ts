import type { AuthenticatorRegistry } from './authenticators/registry.js';
import type { Transaction, UserRecord } from './store.js';

/**
 * The org's sign-on and enrollment policy: every sign-in needs these authenticators, in order.
 * A later MFA version makes this configurable; the rest of the core already walks the list.
 */
export const REQUIRED_AUTHENTICATORS: readonly string[] = ['okta_password'];

export type PendingStep = { kind: 'challenge' | 'enroll'; key: string };

/** The next authenticator this transaction must verify or enroll, or undefined when the user is done. */
export function pendingStep(tx: Transaction, user: UserRecord, registry: AuthenticatorRegistry): PendingStep | undefined {
  for (const key of REQUIRED_AUTHENTICATORS) {
    if (tx.satisfied.includes(key)) continue;
    const module = registry.get(key);
    if (!module) continue;
    return { kind: module.isEnrolled(user) ? 'challenge' : 'enroll', key };
  }
  return undefined;
}
