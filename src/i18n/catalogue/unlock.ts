/**
 * English sentences of account unlock (`select-authenticator-unlock-account` and its end), part of the one
 * catalogue in `../en.ts`. They arrive with the on-demand modules (`../../authenticators/on-demand.ts`): only
 * a person who unlocks an account downloads them, and the unlock form waits for that file anyway (its
 * authenticators, email and phone, are there).
 */
export const unlockStrings = {
  /** `select-authenticator-unlock-account`: whose account, and how to verify before it is unlocked. */
  'unlock.heading': 'Unlock account',
  'unlock.hint': 'Enter your username, then choose how to verify to unlock your account.',
  /** Okta's `oie.selfservice.unlock_user.success.message` end ("You can log in using your existing username and password"). */
  'unlock.done.heading': 'Account unlocked',
} as const;
