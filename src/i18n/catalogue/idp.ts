/**
 * English sentences of the identity provider buttons (Okta's `redirect-idp` remediations), part of the one
 * catalogue in `../en.ts`. In the main bundle: the buttons show on the first screen of an org with social or
 * enterprise sign-in. The callback screens' sentences are in `idp-callback.ts`, loaded on demand.
 */
export const idpStrings = {
  /** One provider's button: its brand ("Google") for social providers, the org's label (`idp.name`) for the others. */
  'idp.signInWith': 'Sign in with {name}',
  /** A provider the server names nothing for. */
  'idp.signInWithProvider': 'Sign in with an identity provider',
  /** The group of provider buttons, for screen readers. */
  'idp.group': 'Other ways to sign in',
  /** The step of Okta's external_idp authenticator: verify at the org's provider (its display name). */
  'idp.verify.heading': 'Verify with {name}',
} as const;
