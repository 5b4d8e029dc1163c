/**
 * English headings of the ends a flow reaches without tokens that are no failure of okta-elements (check your
 * email, a link opened in another tab, access refused...), shown by `<okta-flow>` above the server's own
 * message (see `../../flow/terminal-ends.ts`). They arrive with the on-demand modules
 * (`../../authenticators/on-demand.ts`), which an end loads if nothing did before: a password sign-in never
 * downloads them. Part of the one catalogue in `../en.ts`; keys are stable.
 */
export const endStrings = {
  /** Okta's `idx.email.verification.required` (after a sign-up whose activation is by email). */
  'end.checkEmail.heading': 'Check your email',
  /** Okta's `idx.return.to.original.tab`: an email link opened where the sign-in did not start. */
  'end.returnToTab.heading': 'Return to your original tab',
  /** Okta's `idx.return.link.expired`. */
  'end.linkExpired.heading': 'This link has expired',
  /** Okta's `security.access_denied` (a policy refused the sign-in) and a user not assigned to the app. */
  'end.accessDenied.heading': 'Access denied',
  /** The person chose "Don't allow" on the app's consent screen. */
  'end.consentDeclined.heading': 'Access not allowed',
} as const;
