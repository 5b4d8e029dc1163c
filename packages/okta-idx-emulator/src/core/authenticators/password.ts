import type { ResolvedUser } from '../model/config.js';
import { stableId } from '../model/ids.js';
import { fieldBlank, incorrectPassword, passwordRequirementsNotMet } from '../idx/messages.js';
import { checkPassword, describePolicy, passwordSettings } from '../model/password-policy.js';
import type { UserRecord } from '../model/store.js';
import type { AuthenticatorEnv, AuthenticatorModule, CredentialOutcome } from './types.js';

const KEY = 'okta_password';
const PASSCODE = 'credentials.passcode';

interface PasswordState {
  password: string;
  /** Earlier passwords, most recent first (for the history rule). */
  history: string[];
  changedAt: number | undefined;
}

const stateOf = (user: UserRecord) => user.authenticators.get(KEY) as PasswordState | undefined;

function passcodeOf(credentials: unknown): string | undefined {
  if (typeof credentials !== 'object' || credentials === null) return undefined;
  const passcode = (credentials as Record<string, unknown>).passcode;
  return typeof passcode === 'string' && passcode !== '' ? passcode : undefined;
}

const blank = (): CredentialOutcome => ({ ok: false, fieldMessages: { [PASSCODE]: [fieldBlank()] } });

/**
 * Okta's lockout: after `maxAttempts` wrong passwords in a row an active user is LOCKED_OUT (the attempt that
 * locks is answered like any wrong one); a right password in between starts the count again.
 */
function countFailure(user: UserRecord, maxAttempts: number): void {
  if (user.status !== 'ACTIVE') return;
  user.failedPasswordAttempts += 1;
  if (user.failedPasswordAttempts >= maxAttempts) user.status = 'LOCKED_OUT';
}

export const passwordAuthenticator: AuthenticatorModule = {
  key: KEY,
  type: 'password',
  id: stableId('aut', KEY),
  displayName: 'Password',
  methods: ['password'],
  amr: ['pwd'],
  enrollmentIdPrefix: 'lae',
  recoverable: true,

  *seed(user: ResolvedUser) {
    if (user.password !== null) {
      const state: PasswordState = { password: user.password, history: [], changedAt: undefined };
      yield [KEY, state];
    }
  },

  isEnrolled: (user) => stateOf(user) !== undefined,

  credentialFields: (purpose) => [
    { name: 'passcode', label: purpose === 'enroll' ? 'Enter password' : 'Password', secret: true },
  ],

  describe: (purpose, env: AuthenticatorEnv) =>
    purpose === 'enroll' ? { settings: passwordSettings(env.config.passwordPolicy) } : {},

  verify(user, credentials, env) {
    const passcode = passcodeOf(credentials);
    if (passcode === undefined) return blank();
    const state = stateOf(user);
    // Okta puts "Password is incorrect" in the top-level messages and leaves the field bare
    // (okta-captures idx-java/identify-first-error-response.json). A locked-out user gets the same answer
    // for the right password: Okta does not reveal the lockout (okta/okta-auth-js#1592).
    if (!state || user.status === 'LOCKED_OUT') return { ok: false, messages: [incorrectPassword()] };
    if (state.password !== passcode) {
      countFailure(user, env.config.passwordPolicy.lockout.maxAttempts);
      return { ok: false, messages: [incorrectPassword()] };
    }
    user.failedPasswordAttempts = 0;
    return { ok: true };
  },

  enroll(user, credentials, env) {
    const passcode = passcodeOf(credentials);
    if (passcode === undefined) return blank();
    const policy = env.config.passwordPolicy;
    const previous = stateOf(user);
    const history = previous ? [previous.password, ...previous.history] : [];
    const broken = checkPassword(policy, passcode, {
      identifier: user.identifier,
      profile: user.profile,
      previousPasswords: history,
    });
    if (broken.length > 0) {
      return { ok: false, fieldMessages: { [PASSCODE]: [passwordRequirementsNotMet(describePolicy(policy))] } };
    }
    const state: PasswordState = { password: passcode, history: history.slice(0, 24), changedAt: env.now() };
    user.authenticators.set(KEY, state);
    return { ok: true };
  },
};
