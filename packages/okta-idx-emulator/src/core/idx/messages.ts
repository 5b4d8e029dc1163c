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

export const sessionExpired = () =>
  error('You have been logged out due to inactivity. Refresh or return to the sign in screen.', 'idx.session.expired');

export const unknownUser = (identifier: string) =>
  error(`There is no account with the Username ${identifier}.`, 'idx.unknown.user', []);

export const incorrectPassword = () => error('Password is incorrect', 'incorrectPassword');

export const fieldBlank = () => error('This field cannot be left blank', 'model.validation.field.blank');

export const passwordRequirementsNotMet = (requirements: string) =>
  error(`Password requirements were not met. ${requirements}`, 'password.passwordRequirementsNotMet');

export const recoveryUnavailable = () =>
  error('Password recovery is not available in this emulator yet', 'emulator.recovery.unavailable');

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

export const answerTooShort = () =>
  error('The security question answer must be at least 4 characters in length', 'emulator.security_question.answer.too_short');

export const answerIncorrect = () =>
  error("Your answer doesn't match our records. Please try again.", 'emulator.security_question.answer.invalid');

export const webauthnFailed = (detail: string) =>
  error(`The security key or biometric could not be verified: ${detail}`, 'emulator.webauthn.verification_failed');

export const returnToOriginalTab = (): IdxMessage => ({
  message: 'Please return to the original tab.',
  i18n: { key: 'idx.return.to.original.tab' },
  class: 'INFO',
});
