/**
 * English sentences of self-service registration (`enroll-profile`) and progressive profiling
 * (`profile-update`), shown by `<okta-register>` (views in src/authenticators/profile-form.ts). Part of the one
 * catalogue in `../en.ts`; they arrive with those screens, among the on-demand modules
 * (src/authenticators/on-demand.ts): only a person who signs up or completes a profile downloads them. The
 * "Sign up" link on the sign-in form is in the main bundle (`step.link.signUp`); the end of a sign-up activated
 * by email ("Check your email") is one of the flow's ends (`./ends.ts`). Keys are stable.
 */
export const registerStrings = {
  /** `enroll-profile`: the org's profile attributes, and a password where the policy sets one at sign-up. */
  'register.heading': 'Create an account',
  'register.submit': 'Sign up',
  'register.submitting': 'Signing up…',
  /** `profile-update`: attributes the org needs that the person's profile lacks, asked for after sign-in. */
  'register.profile.heading': 'Complete your profile',
  'register.profile.hint': 'Your organization needs a few more details before you continue.',
  'register.profile.submit': 'Continue',
  /** Okta's `skip` beside `profile-update`, where the org allows it. */
  'register.profile.skip': 'Skip',
  /** The first, empty choice of a list attribute (a `<select>`). */
  'register.field.choose': 'Select an option',
  /** A value longer than the attribute's `maxLength` (the input stops typing there; pasted or filled values may not). */
  'register.field.tooLong.one': 'Enter at most {count} character',
  'register.field.tooLong.other': 'Enter at most {count} characters',
  /** A number attribute with something that is not a number. */
  'register.field.notNumber': 'Enter a number',
  /** Above the form while any field has a problem, the browser's or the server's. */
  'register.formError': 'We found some errors. Please review the form and make corrections.',
} as const;
