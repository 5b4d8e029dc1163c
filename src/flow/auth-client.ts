import { cancel, type IdxTransaction, type OktaAuthOptions, type Tokens } from '@okta/okta-auth-js/idx';
import { MinimalIdxClient } from '../internal/idx-client-class.js';
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
  readonly transactionManager: {
    clear(options?: Record<string, unknown>): void;
    /** The saved transaction (PKCE verifier, state, interaction handle), if any; for redirect callbacks. */
    load?(options?: Record<string, unknown>): { codeVerifier?: string; state?: string; interactionHandle?: string } | null | undefined;
  };
  /** For redirect callbacks (an identity provider's return): okta-auth-js's code exchange. */
  readonly token?: {
    exchangeCodeForTokens(params: { interactionCode: string; codeVerifier?: string }): Promise<{ tokens: Tokens }>;
  };
  /** Only used when the app sets `store-tokens`; may finish after it returns. */
  readonly tokenManager: { setTokens(tokens: Tokens): void | Promise<void> };
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

/** Builds the okta-auth-js client `<okta-flow>` owns when it is configured by attributes. */
/**
 * `language` is the flow's language at each request: sent as `Accept-Language`, so that the messages the
 * server writes (a wrong password, an expired code) come in the language of the flow's own sentences.
 */
export function createAuthClient(settings: AuthClientSettings, hooks: ClientHooks, language?: () => string): IdxAuthClient {
  const http = createAbortableHttpClient(hooks.signal, hooks.onResponse);
  const withLanguage: typeof http = (method, url, args) =>
    http(method, url, language ? { ...args, headers: { ...args.headers, 'Accept-Language': language() } } : args);
  const client = new MinimalIdxClient({
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
    httpRequestClient: withLanguage as never,
  } as OktaAuthOptions);
  const idx = client.idx as unknown as Omit<IdxAuthClient['idx'], 'cancel'>;
  const owned = client as unknown as IdxAuthClient;
  return Object.assign(client, {
    idx: { ...idx, cancel: (options?: Record<string, unknown>) => cancel(owned as never, options) },
    // The token manager comes with the app's request to store tokens, not with every sign-in.
    tokenManager: { setTokens: (tokens: Tokens) => import('./token-storage.js').then(({ storeTokens }) => storeTokens(owned, tokens)) },
  }) as unknown as IdxAuthClient;
}
