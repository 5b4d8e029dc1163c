/**
 * English sentences of app consent and the "Stay signed in" prompt (`<okta-consent>`), part of the one catalogue
 * in `../en.ts`. They arrive with the on-demand modules (`../../authenticators/on-demand.ts`), which carry the
 * screens that show them: only a person asked to consent downloads them. Keys are stable.
 */
export const consentStrings = {
  'consent.heading': 'Allow {app} to access your account?',
  /** When the server does not name the app. */
  'consent.heading.unnamed': 'Allow this app to access your account?',
  'consent.scopes': 'It will be able to:',
  'consent.agreement': 'Choose Allow to let the app do what is listed above.',
  'consent.allow': 'Allow',
  'consent.deny': 'Don’t allow',
  'consent.terms': 'Terms of service',
  'consent.privacy': 'Privacy policy',
  /** Okta's post-authentication "Stay signed in" prompt (`keep-me-signed-in`). */
  'consent.staySignedIn.heading': 'Stay signed in?',
  'consent.staySignedIn.hint': 'Choose whether this browser keeps you signed in, so you are asked less often.',
  'consent.staySignedIn.yes': 'Stay signed in',
  'consent.staySignedIn.no': 'Don’t stay signed in',
} as const;
