import { OktaAuth, type IdxTransaction, type Tokens } from '@okta/okta-auth-js/idx';
import { createAbortableHttpClient, type ResponseObserver } from './abortable-http-client.js';

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

/**
 * Where okta-auth-js keeps the sign-in transaction (PKCE verifier, interaction handle) between requests:
 * - `session` (default): sessionStorage of this tab; a reload picks the sign-in up again.
 * - `local`: localStorage; survives closing the tab (until the transaction expires or ends).
 * - `memory`: nowhere on disk; a reload starts again.
 */
export type TransactionStorage = 'session' | 'local' | 'memory';

const STORAGE_TYPES: Record<TransactionStorage, string> = {
  session: 'sessionStorage',
  local: 'localStorage',
  memory: 'memory',
};

export function isTransactionStorage(value: unknown): value is TransactionStorage {
  return value === 'session' || value === 'local' || value === 'memory';
}

export interface AuthClientSettings {
  readonly issuer: string;
  readonly clientId: string;
  readonly redirectUri: string;
  readonly scopes: readonly string[];
  readonly transactionStorage: TransactionStorage;
}

/** What the driver hands to the client it builds: its abort signal, and a look at each answer. */
export interface ClientHooks {
  /** The signal of the requests of the moment; the driver aborts it on removal, restart and timeout. */
  readonly signal: () => AbortSignal;
  readonly onResponse: ResponseObserver;
}

/** Builds the OktaAuth instance `<okta-flow>` owns when it is configured by attributes. */
export function createAuthClient(settings: AuthClientSettings, hooks: ClientHooks): IdxAuthClient {
  return new OktaAuth({
    issuer: settings.issuer,
    clientId: settings.clientId,
    redirectUri: settings.redirectUri,
    scopes: [...settings.scopes],
    // Tokens go to the app in an event; nothing is renewed or stored behind its back.
    tokenManager: { autoRenew: false, autoRemove: false },
    // The shared copy in localStorage serves email links opened in another tab, which the element does
    // not handle: without it, nothing of a sign-in outlives the chosen transaction storage.
    transactionManager: { enableSharedStorage: false },
    storageManager: { transaction: { storageType: STORAGE_TYPES[settings.transactionStorage] } },
    httpRequestClient: createAbortableHttpClient(hooks.signal, hooks.onResponse) as never,
  } as ConstructorParameters<typeof OktaAuth>[0]) as unknown as IdxAuthClient;
}
