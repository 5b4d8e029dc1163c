import type { IdxTransaction } from '@okta/okta-auth-js/idx';
import type { RawIdxResponse } from '../state/raw-idx.js';

/**
 * Where a transaction opens: `login` (sign-in, the default), `recover` (password recovery, as
 * okta-auth-js's `idx.recoverPassword()`: the start, then Okta's `recover` action), `unlock` (account unlock,
 * as `idx.unlockAccount()`: the start, then Okta's `unlock-account` remediation) or `register` (self-service
 * registration, as `idx.register()`: the start, then Okta's `select-enroll-profile`). A `recoveryToken` (from a
 * reset link) or an `activationToken` (from an invitation) opens at its step. Only the first transaction opens
 * there: a restart ("Back to sign in") signs in.
 */
export interface FlowEntry {
  readonly flow?: EntryFlow;
  readonly recoveryToken?: string;
  readonly activationToken?: string;
}

export type EntryFlow = 'login' | 'recover' | 'unlock' | 'register';

/**
 * The token an entry starts its transaction with (okta-auth-js's `recoveryToken` / `activationToken` start
 * options, sent to Okta's `interact`), if any. A recovery token wins when an app sets both.
 */
export function entryToken(entry: FlowEntry | undefined): { recoveryToken: string } | { activationToken: string } | undefined {
  if (entry?.recoveryToken) return { recoveryToken: entry.recoveryToken };
  if (entry?.activationToken) return { activationToken: entry.activationToken };
  return undefined;
}

/** Okta's remediations an entry asks for right after the start, where the start offers them. */
const OPENING_STEPS: Readonly<Partial<Record<EntryFlow, string>>> = {
  // Account unlock, offered beside identify (okta-auth-js's unlockAccount()).
  unlock: 'unlock-account',
  // Self-service registration, offered beside identify (okta-auth-js's register(): the RegistrationFlow's first remediator).
  register: 'select-enroll-profile',
};

/**
 * The remediation to send right after the start so the person lands where the entry asks (the unlock form,
 * the registration form), or none: a token's own step, a flow that needs no such step, or an org that does not
 * offer it (registration or unlock turned off: the sign-in shows as it is).
 */
export function openingStep(entry: FlowEntry | undefined, started: IdxTransaction): string | undefined {
  if (!entry?.flow || entryToken(entry)) return undefined;
  const step = OPENING_STEPS[entry.flow];
  return step && offers(started, step) ? step : undefined;
}

/**
 * Whether a saved transaction (found at a reload or a re-add) serves the entry the page asks for; if not, a
 * new one opens there. A recovery page resumes only a recovery; an unlock page does not resume a sign-in at
 * its username or password (Okta marks no unlock under way, so a verification, such as the unlock's email code,
 * is resumed); a registration page does not resume a sign-in at its username or password challenge (but does
 * resume its own steps, such as setting the new user's password up).
 */
export function resumeServes(flow: EntryFlow | undefined, resumed: IdxTransaction): boolean {
  if (flow === 'recover') return isRecovery(resumed);
  if (flow === 'unlock') return !atSignInCredentials(resumed);
  if (flow === 'register') return !offersIdentify(resumed) && challengedKey(resumed) !== 'okta_password';
  return true;
}

/** Whether a transaction is a password recovery under way (Okta names the authenticator being recovered). */
export function isRecovery(tx: IdxTransaction): boolean {
  const raw = tx.rawIdxState as RawIdxResponse | undefined;
  return raw?.recoveryAuthenticator !== undefined || offers(tx, 'identify-recovery');
}

/** Whether a sign-in waits for the username or is at the password: what an unlock page does not resume. */
function atSignInCredentials(tx: IdxTransaction): boolean {
  const raw = tx.rawIdxState as RawIdxResponse | undefined;
  return offersIdentify(tx) || (raw?.currentAuthenticatorEnrollment ?? raw?.currentAuthenticator)?.value?.key === 'okta_password';
}

/** The authenticator being verified (an enrolled one: a challenge, not a set-up). */
function challengedKey(tx: IdxTransaction): string | undefined {
  const key = (tx.rawIdxState as RawIdxResponse | undefined)?.currentAuthenticatorEnrollment?.value?.key;
  return typeof key === 'string' ? key : undefined;
}

/** Whether an answer offers a remediation by that name. */
export function offers(tx: IdxTransaction, name: string): boolean {
  const raw = tx.rawIdxState as RawIdxResponse | undefined;
  return !!raw?.remediation?.value?.some((remediation) => remediation.name === name);
}

/** Whether an answer asks for the username (`identify`), as identifier-first orgs do before any recovery. */
export function offersIdentify(tx: IdxTransaction): boolean {
  return offers(tx, 'identify');
}
