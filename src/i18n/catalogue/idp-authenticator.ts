/**
 * English sentences of Okta's `external_idp` authenticator (verifying at the org's identity provider) in the
 * authenticator lists, part of the one catalogue in `../en.ts`. They arrive with the on-demand authenticator
 * modules (`../../authenticators/on-demand.ts`), as the lists wait for those anyway.
 */
export const idpAuthenticatorStrings = {
  /** Its name when the server sends no display name (Okta sends the org's, such as "Acme SSO"). */
  'idp.authenticator.name': 'Identity provider',
  'idp.authenticator.action.verify': 'Sign in at your identity provider',
  'idp.authenticator.action.enroll': 'Link your account at your identity provider',
} as const;
