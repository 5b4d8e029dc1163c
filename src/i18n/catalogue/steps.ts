/**
 * English sentences of the step base and the step elements (identify, select, generic, the links every
 * step shares), part of the one catalogue in `../en.ts`. Keys are stable: apps replace them by key.
 */
export const stepStrings = {
  // ---- The step base: buttons, progress, links, and the validators' messages ----
  'step.next': 'Next',
  'step.verify': 'Verify',
  'step.working': 'Working…',
  'step.verifying': 'Verifying…',
  // "Sending…", "Saving…" and the one-time code's check: in `./steps-on-demand.ts`.
  'step.link.chooseAnother': 'Choose another method',
  'step.link.backToSignIn': 'Back to sign in',
  'step.link.forgotPassword': 'Forgot password?',
  /** On the identify step when Okta offers `unlock-account`. */
  'step.link.unlockAccount': 'Unlock account?',
  /** On the identify step when Okta offers self-service registration (`select-enroll-profile`). */
  'step.link.signUp': 'Sign up',
  /** `required`: a required field left empty. */
  'step.field.blank': 'This field cannot be left blank',
  /** `minLength(n)` with no message of its own. */
  'step.field.tooShort.one': 'Enter at least {count} character',
  'step.field.tooShort.other': 'Enter at least {count} characters',

  // ---- <okta-challenge> and <okta-enroll> ----
  // The heading when no authenticator module has its own: in `./steps-on-demand.ts` (the bundled password has its own).
  /** The name of an authenticator the server does not name and okta-elements does not know. */
  'step.authenticator.unnamed': 'Security method',
  /** While the file with the authenticator's screens (every one but the password) downloads, once per page. */
  'step.loading': 'Loading…',
  /** That download failed (a dropped network); "Try again" downloads it again. */
  'step.loadFailed': 'This step could not be loaded. Check your connection, then try again.',
  'step.tryAgain': 'Try again',

  // ---- <okta-identify> ----
  'identify.heading': 'Sign in',
  'identify.username': 'Username',
  'identify.password': 'Password',
  'identify.rememberMe': 'Keep me signed in',
  'identify.signIn': 'Sign in',
  'identify.signingIn': 'Signing in…',
  /** `identify-recovery`: whose password to reset, when the recovery starts before the user is known. */
  'identify.recover.heading': 'Reset your password',
  'identify.recover.hint': 'Enter your username to get a way to reset your password.',

  // ---- <okta-select-authenticator> ----
  'select.verify.heading': 'Verify it’s you with a security method',
  'select.enroll.heading': 'Set up security methods',
  'select.verify.hint': 'Choose how to verify.',
  'select.enroll.hint': 'Choose a method to set up.',
  /** A list of one: Okta offers the next authenticator as a list even when it is the only one. */
  'select.verify.hintOne': 'Verify with the method below.',
  'select.enroll.headingOne': 'Set up a security method',
  'select.enroll.hintOne': 'Set up the method below to continue.',
  'select.choose': 'Select',
  /** The accessible name of a choice's button: what it does, then the authenticator. */
  'select.choiceLabel': '{choice}: {name}',
  'select.skip': 'Set up later',
  // The phone's and Okta Verify's ways, and the list of a recovery: in `./steps-on-demand.ts`.

  // ---- <okta-generic-step>: titles of remediations it may show (others are named after the remediation) ----
  'generic.title.verify': 'Verify it’s you',
  'generic.title.selectEnroll': 'Set up security methods',
  'generic.title.enroll': 'Set up a security method',
  'generic.title.recover': 'Reset your password',
  'generic.title.register': 'Sign up',
  'generic.title.skip': 'Continue',
} as const;
