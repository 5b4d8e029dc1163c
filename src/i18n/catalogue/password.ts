/**
 * English sentences of the password module (src/authenticators/password.ts), part of the one catalogue in
 * `../en.ts`, in the main bundle with it. Setting a password up has its own (`./password-enroll.ts`),
 * which arrive with that screen. Keys are stable.
 */
export const passwordStrings = {
  // ---- Password ----
  'password.name': 'Password',
  'password.action.verify': 'Enter your password',
  'password.action.enroll': 'Choose a password',
  'password.verify.heading': 'Verify with your password',
  'password.verify.signingInAs': 'Signing in as {identifier}',
  'password.verify.label': 'Password',
} as const;
