import type { IdentityProviderConfig } from './config.js';

/**
 * The demo's identity providers: "Google" (type GOOGLE) and an enterprise "Acme SSO" (type SAML2), each with
 * an account linked to federated@example.com (signed in by the provider alone) and one linked to
 * federated.mfa@example.com (then asked for an email code). They link users of the default config, so they are
 * not in it (every identify answer would change for configs that test other things): add them with
 * `{ ...defaultConfig, identityProviders: DEMO_IDENTITY_PROVIDERS }`.
 */
export const DEMO_IDENTITY_PROVIDERS: readonly IdentityProviderConfig[] = [
  {
    id: '0oa1googledemo000001',
    type: 'GOOGLE',
    name: 'Google',
    users: [
      { subject: '104467226113830002001', user: 'federated@example.com' },
      { subject: '104467226113830002002', user: 'federated.mfa@example.com' },
    ],
  },
  {
    id: '0oa1acmesso000000001',
    type: 'SAML2',
    name: 'Acme SSO',
    users: [
      { subject: 'fran@acme.example', email: 'fran@acme.example', user: 'federated@example.com' },
      { subject: 'felix@acme.example', email: 'felix@acme.example', user: 'federated.mfa@example.com' },
    ],
  },
];
