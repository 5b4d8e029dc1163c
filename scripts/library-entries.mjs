/**
 * The entries of the per-module library build (rollup.config.mjs `library`): output name → source. Shared with
 * the manifest's package-paths plugin, which keeps these modules even when they only re-export.
 */
export const LIBRARY_ENTRIES = {
  index: 'src/index.ts',
  'flow/okta-flow': 'src/flow/okta-flow.ts',
  'identify/okta-identify': 'src/identify/okta-identify.ts',
  'select-authenticator/okta-select-authenticator': 'src/select-authenticator/okta-select-authenticator.ts',
  'challenge/okta-challenge': 'src/challenge/okta-challenge.ts',
  'enroll/okta-enroll': 'src/enroll/okta-enroll.ts',
  'generic-step/okta-generic-step': 'src/generic-step/okta-generic-step.ts',
  'reset-password/okta-reset-password': 'src/reset-password/okta-reset-password.ts',
  'register/okta-register': 'src/register/okta-register.ts',
  'consent/okta-consent': 'src/consent/okta-consent.ts',
  'redirect-idp/okta-redirect-idp': 'src/redirect-idp/okta-redirect-idp.ts',
  'events/index': 'src/events/index.ts',
};
