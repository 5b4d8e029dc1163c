/**
 * English sentences of the step layer that only on-demand screens show, so they arrive with them
 * (`../../authenticators/on-demand.ts`) and a password sign-in never downloads them: the default step headings,
 * "Sending…" and "Saving…" (said only by on-demand authenticators' buttons), the one-time code's check (`digitsCode`, used by
 * the code views), the ways of a phone and of Okta Verify in `<okta-select-authenticator>` (both on-demand
 * authenticators, so their list waits for that file), and the list of a password recovery (which offers only
 * on-demand ones: email, phone, Okta Verify, the security question). Part of the one catalogue in `../en.ts`;
 * keys are stable.
 */
export const stepsOnDemandStrings = {
  /**
   * `<okta-challenge>` and `<okta-enroll>`: the heading when no authenticator module has its own. Only on-demand
   * views lack one (the bundled password's has its own), and such a step waits for that file.
   */
  'step.challenge.heading': 'Verify with {name}',
  'step.enroll.heading': 'Set up {name}',
  'step.sending': 'Sending…',
  'step.saving': 'Saving…',
  /** `digitsCode`: a one-time code with something else than 4 to 10 digits (spaces allowed). */
  'step.field.digitsCode': 'Enter the digits of the code',

  'select.method.sms': 'Text me a code',
  'select.method.voice': 'Call me with a code',
  'select.method.push': 'Send me a push',
  'select.method.totp': 'Enter a code',
  /** The list while the person recovers a password (Okta's `recoveryAuthenticator` is there). */
  'select.recover.heading': 'Reset your password',
  'select.recover.hint': 'Verify with one of these methods to reset your password.',
} as const;
