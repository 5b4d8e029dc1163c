/**
 * English sentences for a failed WebAuthn ceremony (security key, passkey or biometric), part of the one
 * catalogue in `../en.ts`. `webauthnProblem()` in src/authenticators/webauthn.ts picks the key. Keys are stable.
 */
export const webauthnStrings = {
  /** NotAllowedError: the person closed the browser's prompt, or it timed out. */
  'webauthn.problem.cancelled': 'The request was cancelled or timed out. Try again when you are ready.',
  /** InvalidStateError on enrollment: the key already holds a credential for this account. */
  'webauthn.problem.alreadyEnrolled': 'This security key is already set up. Use another one.',
  /** NotSupportedError: no authenticator here can do what the server asked. */
  'webauthn.problem.unsupported': 'This browser or device has no suitable security key or passkey.',
  /** SecurityError: the page's origin does not fit the relying party the server named. */
  'webauthn.problem.wrongOrigin': 'The browser refused: this page’s address does not match the sign-in service.',
  /** Anything else. */
  'webauthn.problem.failed': 'The security key could not be used. Try again, or choose another method.',
} as const;
