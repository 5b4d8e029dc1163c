/**
 * English sentences of setting up a password (src/authenticators/password-enroll.ts): its rules and its
 * checks. Part of the one catalogue in `../en.ts`; they arrive with that screen, among the on-demand
 * modules (src/authenticators/on-demand.ts), not in the main bundle. Keys are stable.
 */
export const passwordEnrollStrings = {
  'password.enroll.heading': 'Set up a password',
  'password.enroll.label': 'New password',
  'password.enroll.confirmLabel': 'Re-enter password',
  'password.enroll.submit': 'Set password',
  'password.enroll.requirementsTitle': 'Your password needs:',
  /** Read by screen readers after each rule of the list. */
  'password.enroll.ruleMet': ' (done)',
  'password.enroll.ruleUnmet': ' (not yet)',
  'password.enroll.confirmBlank': 'Re-enter your new password',
  'password.enroll.mismatch': 'Passwords must match',
  /** `{rules}`: the unmet rules, lowercased and joined by commas. */
  'password.enroll.unmet': 'Password requirements were not met: {rules}.',
  'password.rule.minLength.one': 'At least {count} character',
  'password.rule.minLength.other': 'At least {count} characters',
  'password.rule.minLowerCase.one': '{count} lowercase letter',
  'password.rule.minLowerCase.other': '{count} lowercase letters',
  'password.rule.minUpperCase.one': '{count} uppercase letter',
  'password.rule.minUpperCase.other': '{count} uppercase letters',
  'password.rule.minNumber.one': '{count} number',
  'password.rule.minNumber.other': '{count} numbers',
  'password.rule.minSymbol.one': '{count} symbol',
  'password.rule.minSymbol.other': '{count} symbols',
  'password.rule.excludeUsername': 'No parts of your username',
  /** `{names}`: the profile attributes, joined by `password.rule.attributeSeparator`. */
  'password.rule.excludeAttributes': 'Does not include your {names}',
  'password.rule.attributeSeparator': ' or ',
  'password.rule.attribute.firstName': 'first name',
  'password.rule.attribute.lastName': 'last name',
  'password.rule.maxRepeat': 'No more than {count} repeated characters in a row',
} as const;
