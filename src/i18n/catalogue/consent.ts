/**
 * English sentences of app consent (`<okta-consent>`: the `consent` remediation), part of the one catalogue in
 * `../en.ts`. They arrive with the consent screen's own on-demand file (`../../consent/consent-view.ts`): only a
 * person asked to consent downloads them. Keys are stable.
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
} as const;
