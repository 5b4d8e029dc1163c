/**
 * IDX messages as Okta words them. Keys seen in Okta's responses are used verbatim so a UI can translate
 * them with the Sign-In Widget's catalogue; keys starting with `emulator.` exist only here.
 */
export interface IdxMessage {
  message: string;
  i18n: { key: string; params?: unknown[] };
  class: 'ERROR' | 'INFO' | 'WARNING';
}

export interface IdxMessageList {
  type: 'array';
  value: IdxMessage[];
}

export const messageList = (value: IdxMessage[]): IdxMessageList => ({ type: 'array', value });

const error = (message: string, key: string, params?: unknown[]): IdxMessage => ({
  message,
  i18n: params ? { key, params } : { key },
  class: 'ERROR',
});

/** Text as real orgs send it (okta-captures idx-java/introspect-error-response.json). */
export const sessionExpired = () => error('The session has expired.', 'idx.session.expired');

/**
 * Okta's older unknown-user answer: class INFO, the identifier in the text, empty params (okta-auth-js's
 * IdxErrorNoAccountWithUsernameFactory, okta-idx-dotnet README; the Widget's own mocks use WARNING).
 */
export const unknownUser = (identifier: string): IdxMessage => ({
  message: `There is no account with the Username ${identifier}.`,
  i18n: { key: 'idx.unknown.user', params: [] },
  class: 'INFO',
});

/** Newer orgs' answer for an unknown (or not active) user: nothing says whether the account exists. */
export const authenticationFailed = () => error('Authentication failed', 'errors.E0000004');

/**
 * A user the client's app is not assigned to. The key is Okta's: the Sign-In Widget's catalogue has
 * `idx.error.user.not.assigned.to.app` since 2021 (okta-signin-widget abc27706, OKTA-389249, which also gave
 * the key to its mock error-user-is-not-assigned.json; the 2022 mocks error-400-user-not-assigned*.json send
 * it too). okta-auth-js's older test data (IdxErrorUserNotAssignedFactory) has the sentence without a key.
 */
export const userNotAssigned = () => error('User is not assigned to this application.', 'idx.error.user.not.assigned.to.app');

/** The policy outcome "access denied": a 403 with no remediation (Widget mock error-403-access-denied.json). */
export const accessDenied = () =>
  error('You do not have permission to perform the requested action.', 'security.access_denied');

export const incorrectPassword = () => error('Password is incorrect', 'incorrectPassword');

export const fieldBlank = () => error('This field cannot be left blank', 'model.validation.field.blank');

/** Okta passes the requirement sentence as the only param (Widget mock error-authenticator-reset-password-requirement.json). */
export const passwordRequirementsNotMet = (requirements: string) =>
  error(`Password requirements were not met. ${requirements}`, 'password.passwordRequirementsNotMet', [requirements]);

/** Okta's answer when self-service password reset is not allowed (Widget mock error-forgot-password.json). */
export const recoveryUnavailable = () =>
  error('Reset password is not allowed at this time. Please contact support for assistance.', 'oie.selfservice.reset.password.not.allowed');

export const remediationUnavailable = () =>
  error(
    'This action is not available at the current step of the sign-in. Reload the page to continue.',
    'emulator.remediation.unavailable',
  );

export const authenticatorUnavailable = () =>
  error('The selected authenticator is not available for this user.', 'emulator.authenticator.unavailable');

export const stateHandleMissing = () => error("The request is missing the 'stateHandle' field.", 'emulator.stateHandle.missing');

export const passcodeInvalid = () => error('Invalid code. Try again.', 'api.authn.error.PASSCODE_INVALID', []);

export const totpInvalid = () =>
  error("Your code doesn't match our records. Please try again.", 'authfactor.challenge.soft_token.invalid_passcode');

export const invalidPhone = () => error('Invalid Phone Number.', 'api.factors.error.sms.invalid_phone');

/** Okta's `errors.E0000150` for SMS / voice; `tooManyRequests` for everything else. */
export const sendLimit = (channel: 'sms' | 'voice' | 'email') =>
  channel === 'email'
    ? error('Too many requests', 'tooManyRequests')
    : error(`You have reached the limit of ${channel === 'sms' ? 'sms' : 'call'} requests, please try again later.`, 'errors.E0000150');

export const pushRejected = () => error('You have chosen to reject this login.', 'api.authn.poll.error.push_rejected', []);

export const ANSWER_MIN_LENGTH = 4;

export const answerTooShort = () =>
  error(
    `The security question answer must be at least ${ANSWER_MIN_LENGTH} characters in length`,
    'securityQuestion.answer.tooShort.arg',
    [ANSWER_MIN_LENGTH],
  );

/** okta-captures idx-swift/MFA-Email/05-challenge-answer-invalid.json. */
export const answerIncorrect = () =>
  error("Your answer doesn't match our records. Please try again.", 'authfactor.challenge.question_factor.answer_invalid');

export const webauthnFailed = (detail: string) =>
  error(`The security key or biometric could not be verified: ${detail}`, 'emulator.webauthn.verification_failed');

export const returnToOriginalTab = (): IdxMessage => ({
  message: 'Please return to the original tab.',
  i18n: { key: 'idx.return.to.original.tab' },
  class: 'INFO',
});

/** An email link opened after its code expired or its transaction ended (the Widget's terminal-return-expired-email.json). */
export const returnLinkExpired = (): IdxMessage => ({
  message: 'This email link has expired. To resend it, return to the screen where you requested it.',
  i18n: { key: 'idx.return.link.expired' },
  class: 'INFO',
});

/** Beside reenroll-authenticator-warning (the Widget's authenticator-expiry-warning-password.json mock). */
export const passwordExpiring = (): IdxMessage => ({
  message: 'When your password expires you will be locked out of your Okta account.',
  i18n: { key: 'idx.password.expiring.message', params: [] },
  class: 'INFO',
});

/** The unlock's terminal success, as the Widget's user-account-unlock-success.json mock sends it. */
export const unlockSuccess = (): IdxMessage => ({
  message: 'You can log in using your existing username and password',
  i18n: { key: 'oie.selfservice.unlock_user.success.message', params: [] },
  class: 'INFO',
});

/**
 * Declined consent (`consent: false`): Okta ends the transaction with this, served with 403 and no remediation
 * (the Sign-In Widget v3 mock consent/denied.json, its granular-consent scenario).
 */
export const operationCancelled = () => error('Operation cancelled by user.', 'idx.operation.cancelled.by.user');

// ---- Self-service registration and progressive profiling (registration.ts, profile-update.ts) ----

/** The login is taken (the Widget's error-new-signup-email-exists.json): on `userProfile.email`, the label as param. */
export const notUniqueWithinOrg = (label: string) =>
  error(`A user with this ${label} already exists`, 'registration.error.notUniqueWithinOrg', [label]);

/** Not an email address: Okta sends both messages on the field (okta-captures idx-java/enroll-profile-error-response.json). */
export const invalidLoginEmail = (label: string) => [
  error(`'${label}' must be in the form of an email address`, 'registration.error.invalidLoginEmail', [label]),
  error(`Provided value for property '${label}' does not match required pattern`, 'registration.error.doesNotMatchPattern', [label]),
];

// No capture shows Okta's keys for these profile-schema refusals, so they are the emulator's own.
export const attributeTooLong = (label: string, max: number) =>
  error(`'${label}' must be at most ${max} characters`, 'emulator.registration.tooLong', [label, max]);

export const attributeTooShort = (label: string, min: number) =>
  error(`'${label}' must be at least ${min} characters`, 'emulator.registration.tooShort', [label, min]);

export const attributeWrongType = (label: string, type: string) =>
  error(`'${label}' must be ${type === 'integer' ? 'a whole number' : type === 'number' ? 'a number' : type === 'boolean' ? 'true or false' : 'text'}`, 'emulator.registration.invalidType', [label, type]);

export const attributeNotAnOption = (label: string) =>
  error(`'${label}' must be one of the listed values`, 'emulator.registration.notAnOption', [label]);

/** Sign-up ends here when the account is activated by email (the Widget's terminal-registration.json). */
export const emailVerificationRequired = (): IdxMessage => ({
  message: 'To finish signing in, check your email.',
  i18n: { key: 'idx.email.verification.required' },
  class: 'INFO',
});
