import {
  createIdxOptionsConstructor,
  createIdxStorageManager,
  createIdxTransactionManager,
  createMinimalOktaAuthIdx,
} from '@okta/okta-auth-js/idx';

/**
 * okta-auth-js's smallest IDX client class: the transaction, PKCE and the code exchange, without the token
 * manager, auth state, cross-tab services and redirect helpers of the full `OktaAuth`, which `<okta-flow>`
 * never runs (about a third of okta-auth-js's bytes in the bundle). Its static `webauthn` holds the SDK's
 * WebAuthn helpers. Its IDX API lacks `cancel`: src/flow/auth-client.ts adds it.
 */
export const MinimalIdxClient = createMinimalOktaAuthIdx(createIdxStorageManager(), createIdxOptionsConstructor(), createIdxTransactionManager());
