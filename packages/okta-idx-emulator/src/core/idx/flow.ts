import type { AuthenticatorRegistry } from '../authenticators/registry.js';
import type { Step, Transaction, UserRecord } from '../model/store.js';

export type PendingStep = Exclude<Step, { kind: 'identify' } | { kind: 'success' }>;

/**
 * The next thing this transaction needs, from the user's sign-on policy, or undefined when the user is done:
 * 1. every `signOn` entry in order (verify one enrolled authenticator of the entry; choose when several are
 *    enrolled; enroll one when none is),
 * 2. every `enroll` authenticator not enrolled yet,
 * 3. the `optional` ones not enrolled yet, until the user skips.
 */
export function pendingStep(tx: Transaction, user: UserRecord, registry: AuthenticatorRegistry): PendingStep | undefined {
  const known = (keys: readonly string[]) => keys.filter((k) => registry.get(k) !== undefined);
  const enrolled = (key: string) => registry.get(key)!.isEnrolled(user);

  for (const entry of user.policy.signOn.map(known)) {
    if (entry.length === 0 || entry.some((k) => tx.satisfied.includes(k))) continue;
    const usable = entry.filter(enrolled);
    if (usable.length === 1) return { kind: 'challenge', key: usable[0], alternatives: usable };
    if (usable.length > 1) {
      if (tx.chosen && usable.includes(tx.chosen)) return { kind: 'challenge', key: tx.chosen, alternatives: usable };
      return { kind: 'select-authenticate', keys: usable };
    }
    if (entry.length === 1) return { kind: 'enroll', key: entry[0], alternatives: entry };
    if (tx.chosen && entry.includes(tx.chosen)) return { kind: 'enroll', key: tx.chosen, alternatives: entry };
    return { kind: 'select-enroll', keys: entry, skippable: false };
  }

  const missing = known(user.policy.enroll).filter((k) => !enrolled(k));
  if (missing.length > 0) {
    const key = tx.chosen && missing.includes(tx.chosen) ? tx.chosen : missing[0];
    return { kind: 'enroll', key, alternatives: missing };
  }

  if (!tx.optionalSkipped) {
    const optional = known(user.policy.optional).filter((k) => !enrolled(k));
    if (optional.length > 0) {
      if (tx.chosen && optional.includes(tx.chosen)) {
        return { kind: 'enroll', key: tx.chosen, alternatives: optional, skippable: true };
      }
      return { kind: 'select-enroll', keys: optional, skippable: true };
    }
  }
  return undefined;
}
