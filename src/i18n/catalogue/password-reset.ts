/**
 * English sentences of a new password asked for outside enrollment (src/authenticators/password-reset.ts):
 * the reset at the end of a recovery, an expired password and one that expires soon. Part of the one
 * catalogue in `../en.ts`; they arrive with those screens, among the on-demand modules, not in the main
 * bundle. Keys are stable.
 */
export const passwordResetStrings = {
  /** `reset-authenticator`: the last step of a password recovery. */
  'password.reset.heading': 'Reset your password',
  'password.reset.submit': 'Reset password',
  /** Okta's `revokeSessions` option, when the server sends no label for it. */
  'password.reset.revokeSessions': 'Sign me out of all other devices',
  /** `reenroll-authenticator`: the password expired; a new one is needed before going on. */
  'password.expired.heading': 'Your password has expired',
  'password.expired.hint': 'Choose a new password to continue.',
  'password.expired.submit': 'Change password',
  /** `reenroll-authenticator-warning`: the password expires soon (Okta's `settings.daysToExpiry`). */
  'password.expiring.inDays.one': 'Your password will expire in {count} day',
  'password.expiring.inDays.other': 'Your password will expire in {count} days',
  'password.expiring.today': 'Your password will expire later today',
  /** When Okta sends no number of days. */
  'password.expiring.soon': 'Your password is expiring soon',
  'password.expiring.hint': 'Change it now, so that you are not locked out when it expires.',
  /** Okta's `skip`: keep the password for now. */
  'password.expiring.remindLater': 'Remind me later',
} as const;
