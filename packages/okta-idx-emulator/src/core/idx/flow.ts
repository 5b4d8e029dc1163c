import type { AuthenticatorRegistry } from '../authenticators/registry.js';
import type { Step, Transaction, UserRecord } from '../model/store.js';

export type PendingStep = Exclude<Step, { kind: 'identify' } | { kind: 'success' }>;

/**
 * The next thing this transaction needs, from the user's sign-on policy, or undefined when the user is done:
 * 1. every `signOn` entry in order: verify one enrolled authenticator of the entry, or enroll one when none is,
 * 2. every `enroll` authenticator not enrolled yet,
 * 3. the `optional` ones not enrolled yet, until the user skips.
 *
 * Where Okta asks the person to choose, it does so even when there is one option, and waits for the choice:
 * - the first verification after identify goes straight to the challenge when one authenticator can do it
 *   (idx-java/identify-first-success-response.json, idx-swift/Passcode/03-identify-response.json);
 * - every later one is offered as a select-authenticator-authenticate list, one option or several
 *   (idx-java/answer-challenge-response.json, idx-swift/MFA-SOP/05-challenge-answer.json,
 *   idx-swift/RestartTransaction/05-challenge-answer-response.json: Email alone after the password);
 * - an enrollment is always offered as a select-authenticator-enroll list, one option or several
 *   (idx-swift/MFA-SOP/07-challenge-answer.json: the security question alone;
 *   idx-java/introspect-with-activation-token-response.json: the password alone).
 */
export function pendingStep(tx: Transaction, user: UserRecord, registry: AuthenticatorRegistry): PendingStep | undefined {
  const known = (keys: readonly string[]) => keys.filter((k) => registry.get(k) !== undefined);
  const enrolled = (key: string) => registry.get(key)!.isEnrolled(user);
  const chosenFrom = (keys: readonly string[]) => (tx.chosen && keys.includes(tx.chosen) ? tx.chosen : undefined);

  for (const [index, entry] of user.policy.signOn.map(known).entries()) {
    if (entry.length === 0 || entry.some((k) => tx.satisfied.includes(k))) continue;
    // An identity provider's sign-in stands for the first factor (identity-providers.ts).
    if (index === 0 && tx.federatedBy !== undefined) continue;
    const usable = entry.filter(enrolled);
    if (usable.length > 0) {
      const chosen = chosenFrom(usable);
      if (chosen) return { kind: 'challenge', key: chosen, alternatives: usable };
      const firstAfterIdentify = tx.satisfied.length === 0 && tx.federatedBy === undefined;
      if (usable.length === 1 && firstAfterIdentify) return { kind: 'challenge', key: usable[0], alternatives: usable };
      return { kind: 'select-authenticate', keys: usable };
    }
    const chosen = chosenFrom(entry);
    if (chosen) return { kind: 'enroll', key: chosen, alternatives: entry };
    return { kind: 'select-enroll', keys: entry, skippable: false };
  }

  const missing = known(user.policy.enroll).filter((k) => !enrolled(k));
  if (missing.length > 0) {
    const chosen = chosenFrom(missing);
    if (chosen) return { kind: 'enroll', key: chosen, alternatives: missing };
    return { kind: 'select-enroll', keys: missing, skippable: false };
  }

  if (!tx.optionalSkipped) {
    const optional = known(user.policy.optional).filter((k) => !enrolled(k));
    if (optional.length > 0) {
      const chosen = chosenFrom(optional);
      if (chosen) return { kind: 'enroll', key: chosen, alternatives: optional, skippable: true };
      return { kind: 'select-enroll', keys: optional, skippable: true };
    }
  }
  return undefined;
}
