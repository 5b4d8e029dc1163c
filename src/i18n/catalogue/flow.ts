/**
 * English sentences of the flow layer (`<okta-flow>`, its driver and the error classification), part
 * of the one catalogue in `../en.ts`. Keys are stable: apps replace them through `<okta-flow>.strings`.
 */
export const flowStrings = {
  'flow.loading': 'Loading…',
  'flow.startOver': 'Start over',
  'flow.backToSignIn': 'Back to sign in',
  'flow.tryAgain': 'Try again',
  'flow.signedIn': 'You’re signed in.',
  /** The end of a password recovery (Okta's `idx.recovery.completed`, whose message says to sign in again). */
  'flow.passwordReset.heading': 'Your password has been reset',
  'flow.signIn': 'Sign in',

  'error.network': 'The sign-in service cannot be reached. Check your connection, then try again.',
  'error.cors':
    "The sign-in service at {issuerOrigin} refused this page's origin ({pageOrigin}). " +
    'In the Okta Admin Console, add it under Security › API › Trusted Origins with CORS enabled.',
  'error.timeout': 'The sign-in service did not answer in time. Check your connection, then try again.',
  'error.transactionExpired': 'Your sign-in session expired. Start over to sign in.',
  /** A 403 whose message could not be read: the org refused the sign-in (the server's own message is shown when there is one). */
  'error.accessDenied': 'You do not have permission to sign in here.',
  'error.transactionLost': '{reason} Start over to sign in again.',
  'error.server': 'The sign-in service had a problem. Try again in a moment.',
  'error.unreadable': 'The sign-in service answered with something unreadable. Try again in a moment.',
  'error.unusable': 'The sign-in service could not complete the request. Try again.',
  'error.unusableWithSummary': 'The sign-in service could not complete the request ({summary}). Try again.',
  /** A 429 whose `Retry-After`/`X-Rate-Limit-Reset` cannot be read (hidden by CORS or by okta-auth-js): Okta's limits are per minute. */
  'error.rateLimited': 'Too many requests. Wait a minute, then try again.',
  'error.rateLimitedFor': 'Too many requests. Try again in {count} s.',
  'error.configRefused': "The Okta org refused this app's settings: {summary}",
  'error.insecureContext': '{summary}. Serve the page over https or from localhost.',
  'error.notConfigured':
    'This sign-in form is not configured: set the issuer and client-id attributes, or the authClient property.',
  'error.noTokens':
    'Sign-in finished but no tokens were issued: the OktaAuth instance has idx.exchangeCodeForTokens set to false.',
  /** Okta refused the recovery token of a password reset link (`recovery-token`): used already, or expired. */
  'error.activationTokenInvalid': 'This invitation link is no longer valid. Start over to sign in, or ask for a new invitation.',
  'error.recoveryTokenInvalid': 'This password reset link is no longer valid. Start over to sign in or to ask for a new link.',
  'error.tokenExchange': 'Sign-in could not be completed: {summary}',
  'error.tokenInvalid': 'The tokens could not be verified: {summary}',
  'error.unknown': 'Sign-in failed for an unknown reason.',
  'error.unknownWithSummary': 'Sign-in failed: {summary}',
} as const;
