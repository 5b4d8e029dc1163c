import type { AuthenticatorRegistry } from './authenticators/registry.js';
import type { AuthenticatorEnv } from './authenticators/types.js';
import type { ResolvedClient, ResolvedConfig } from './model/config.js';
import type { Outbox } from './dev/outbox.js';
import type { Store } from './model/store.js';
import type { SigningKey } from './oauth/tokens.js';

/** Everything a request handler needs; one instance per emulator. */
export interface Services {
  readonly config: ResolvedConfig;
  readonly store: Store;
  readonly registry: AuthenticatorRegistry;
  readonly key: SigningKey;
  /** Milliseconds since the epoch (injectable so tests can travel in time). */
  readonly now: () => number;
  readonly log: (line: string) => void;
  readonly authenticatorEnv: AuthenticatorEnv;
  /** Codes and links "sent" by email, SMS and voice (GET /dev/outbox). */
  readonly outbox: Outbox;
}

export const AUTH_SERVER_PATH = '/oauth2/default';

/** The issuer follows the host the client used, so hrefs and `iss` match what auth-js was configured with. */
export const issuerFor = (url: URL) => url.origin + AUTH_SERVER_PATH;

export const findClient = (services: Services, clientId: string | null | undefined): ResolvedClient | undefined =>
  clientId ? services.config.clients.find((c) => c.clientId === clientId) : undefined;

export const SUPPORTED_SCOPES = ['openid', 'profile', 'email', 'address', 'phone', 'offline_access'] as const;

export const nowSeconds = (services: Services) => Math.floor(services.now() / 1000);
