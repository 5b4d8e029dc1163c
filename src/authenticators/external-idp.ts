/**
 * Okta's `external_idp` authenticator: proof by signing in at the org's identity provider (a SAML or OIDC
 * provider used as a factor). It has no form of its own: choosing it in a list leads to Okta's `redirect-idp`
 * step, which `<okta-redirect-idp>` shows as the provider's button. This module names it and says what choosing
 * it does, rather than the code app's "Enter a code" of the registry's fallback.
 */
import { svg } from 'lit';
import type { AuthenticatorModule } from './types.js';

export const externalIdp: AuthenticatorModule = {
  keys: ['external_idp'],
  name: (t) => t('idp.authenticator.name'),
  // An arrow through a door: leaving for another sign-in page.
  icon: () => svg`<path d="M14 4h4a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-4"/><path d="M4 12h11M11 8l4 4-4 4"/>`,
  action: (t, _authenticator, enrolling) => t(enrolling ? 'idp.authenticator.action.enroll' : 'idp.authenticator.action.verify'),
};
