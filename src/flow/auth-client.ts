import { OktaAuth, type IdxTransaction, type Tokens } from '@okta/okta-auth-js/idx';
import { createAbortableHttpClient } from './abortable-http-client.js';

/** The part of an OktaAuth instance `<okta-flow>` uses; an app may pass its own instance. */
export interface IdxAuthClient {
  readonly options: { issuer?: string };
  readonly idx: {
    start(options?: Record<string, unknown>): Promise<IdxTransaction>;
    proceed(options?: Record<string, unknown>): Promise<IdxTransaction>;
    cancel(options?: Record<string, unknown>): Promise<IdxTransaction>;
    canProceed(options?: Record<string, unknown>): boolean;
  };
  readonly transactionManager: { clear(options?: Record<string, unknown>): void };
  readonly tokenManager: { setTokens(tokens: Tokens): void };
}

export interface AuthClientSettings {
  readonly issuer: string;
  readonly clientId: string;
  readonly redirectUri: string;
  readonly scopes: readonly string[];
}

/** Builds the OktaAuth instance `<okta-flow>` owns when it is configured by attributes. */
export function createAuthClient(settings: AuthClientSettings, signal: () => AbortSignal): IdxAuthClient {
  return new OktaAuth({
    issuer: settings.issuer,
    clientId: settings.clientId,
    redirectUri: settings.redirectUri,
    scopes: [...settings.scopes],
    // Tokens go to the app in an event; nothing is renewed or stored behind its back.
    tokenManager: { autoRenew: false, autoRemove: false },
    httpRequestClient: createAbortableHttpClient(signal) as never,
  }) as unknown as IdxAuthClient;
}
