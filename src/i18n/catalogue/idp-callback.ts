/**
 * English sentences of what `<okta-flow>` shows when a redirect lands on its page (an identity provider's
 * answer, the email link), part of the one catalogue in `../en.ts`. They arrive with the callback module
 * (`src/flow/callback-on-demand.ts`): only a person coming back from a provider or an email downloads them.
 */
export const idpCallbackStrings = {
  /** The email link opened where no sign-in waits for it (another browser, or the sign-in is gone): the code to type there. */
  'callback.code.heading': 'Enter this code where you started',
  'callback.code.message': 'Go back to the tab or device where you started signing in and enter this code there. You can close this page.',
  /** The accessible name of the code itself. */
  'callback.code.label': 'Verification code',
  'callback.code.copy': 'Copy code',
  'callback.code.copied': 'Code copied',
  /** The person cancelled or refused at the identity provider (OAuth `access_denied`). */
  'callback.idp.declined': 'Sign-in with the identity provider was cancelled. Choose how you want to sign in.',
  /** Any other error the identity provider or Okta sent back to this page. */
  'callback.idp.failed': 'The identity provider could not sign you in. Try again, or choose another way to sign in.',
  /** A provider's answer or email link that belongs to no sign-in saved in this browser (another browser, or it ended). */
  'callback.stale': 'This sign-in cannot be finished here: it was started in another browser or has ended. Start over to sign in.',
} as const;
