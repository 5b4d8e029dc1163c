/**
 * The accounts the fidelity scenarios sign in with: each is set up so that the emulator reaches the state
 * a capture was taken in (which authenticators the user has, which the policy asks for, in which order).
 */
import type { EmulatorConfig, UserConfig } from '../../src/core/index.js';

export const PASSWORD = 'Fidelity-2026-pass!';
/** Any password but the user's: refused at sign-in with Okta's incorrectPassword. */
export const WRONG_PASSWORD = 'Not-the-password-2026!';
export const QUESTION = { questionKey: 'disliked_food', answer: 'Spinach' } as const;

const person = (identifier: string, extra: Partial<UserConfig> = {}): UserConfig => ({
  identifier,
  password: PASSWORD,
  profile: { firstName: 'Fidel', lastName: 'Ity', email: identifier, locale: 'en_US', timeZone: 'America/Los_Angeles' },
  ...extra,
});

export const USERS = {
  /** Password only: identify, then the password challenge (Passcode flow). */
  passwordOnly: 'password.only@example.com',
  /** Email, password and security question enrolled; any one first, then email (RestartTransaction, MFA-Email). */
  threeFactors: 'three.factors@example.com',
  /** Email or password first, then email; must enroll a security question; phone and passkey optional (MFA-SOP). */
  mfaSop: 'mfa.sop@example.com',
  /** Email and security question enrolled, either one signs in (challenge-security-question). */
  emailOrQuestion: 'email.or.question@example.com',
  /** Email enrolled, password sign-on; phone and passkey offered for enrollment (optional). */
  optionalPhoneOrPasskey: 'optional.phone@example.com',
  /** Password sign-on; email and security question offered for enrollment (invalid-password-response). */
  optionalEmailOrQuestion: 'optional.email@example.com',
  /** Password sign-on; every other authenticator offered for enrollment (enroll-poll: Okta Verify). */
  optionalEverything: 'optional.everything@example.com',
  /** No password yet: must enroll one (the state of introspect-with-activation-token). */
  newcomer: 'newcomer@example.com',
  /** Invited (PROVISIONED, no password): an activation token starts their sign-in at the password enrollment. */
  invited: 'invited@example.com',
} as const;

export const fidelityUsers: UserConfig[] = [
  person(USERS.passwordOnly, { policy: { signOn: ['okta_password'] } }),
  person(USERS.threeFactors, {
    authenticators: { okta_email: true, security_question: QUESTION },
    policy: { signOn: [['okta_email', 'okta_password', 'security_question'], 'okta_email'] },
  }),
  person(USERS.mfaSop, {
    authenticators: { okta_email: true },
    policy: { signOn: [['okta_email', 'okta_password'], 'okta_email'], enroll: ['security_question'], optional: ['phone_number', 'webauthn'] },
  }),
  person(USERS.emailOrQuestion, {
    authenticators: { okta_email: true, security_question: QUESTION },
    policy: { signOn: [['okta_email', 'security_question']] },
  }),
  person(USERS.optionalPhoneOrPasskey, {
    authenticators: { okta_email: true },
    policy: { signOn: ['okta_password'], optional: ['phone_number', 'webauthn'] },
  }),
  person(USERS.optionalEmailOrQuestion, {
    policy: { signOn: ['okta_password'], optional: ['okta_email', 'security_question'] },
  }),
  person(USERS.optionalEverything, {
    policy: {
      signOn: ['okta_password'],
      optional: ['okta_email', 'google_otp', 'okta_verify', 'phone_number', 'webauthn', 'security_question'],
    },
  }),
  person(USERS.newcomer, { password: null, mustEnrollPassword: true }),
  person(USERS.invited, { password: null, mustEnrollPassword: true, status: 'PROVISIONED' }),
];

/** An org with self-service registration: its identify forms offer select-enroll-profile (idx-java/introspect-response.json). */
export const WITH_REGISTRATION: Partial<EmulatorConfig> = { registration: { enabled: true } };

/** A captured org's sign-up form: these attributes in this order, all required, the password enrolled after. */
export const capturedSignUp = (order: ('lastName' | 'firstName' | 'email')[]): Partial<EmulatorConfig> => ({
  registration: {
    enabled: true,
    passwordAtSignUp: false,
    profileAttributes: order.map((name) => ({ name, label: { lastName: 'Last name', firstName: 'First name', email: 'Email' }[name], required: true })),
  },
});

/** The org settings a scenario varies; everything else is the emulator's default. */
export const orgConfig = (settings: Partial<EmulatorConfig> = {}): EmulatorConfig => ({
  identifierFirst: true,
  passwordRecovery: false,
  // None of the captured orgs offered self-service unlock (no unlock-account on their identify forms).
  selfServiceUnlock: false,
  // Most had no self-service registration (no select-enroll-profile); scenarios of those that had say WITH_REGISTRATION.
  registration: { enabled: false },
  users: fidelityUsers,
  ...settings,
});
