import { TokenManager, type Tokens } from '@okta/okta-auth-js/idx';

/**
 * Saves tokens with okta-auth-js's token manager (localStorage by default), for apps that set
 * `store-tokens`. A file of its own so that a sign-in that does not store tokens never downloads it.
 */
export function storeTokens(client: unknown, tokens: Tokens): void {
  // The options match what the full OktaAuth had: nothing renewed or removed behind the app's back.
  new TokenManager(client as never, { autoRenew: false, autoRemove: false }).setTokens(tokens);
}
