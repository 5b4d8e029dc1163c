import type { AuthenticatorRegistry } from './authenticators/registry.js';
import type { AuthenticatorEnv } from './authenticators/types.js';
import type { ResolvedConfig } from './model/config.js';
import type { Outbox } from './dev/outbox.js';
import type { Store } from './model/store.js';
import type { AuthorizationServers } from './oauth/issuer.js';
import type { TokenRegistry } from './oauth/token-registry.js';

/** Everything a request handler needs; one instance per emulator. */
export interface Services {
  readonly config: ResolvedConfig;
  readonly store: Store;
  readonly registry: AuthenticatorRegistry;
  /** The org authorization server and the configured custom ones, each with its own signing key. */
  readonly authorizationServers: AuthorizationServers;
  /** Milliseconds since the epoch (injectable so tests can travel in time). */
  readonly now: () => number;
  readonly log: (line: string) => void;
  readonly authenticatorEnv: AuthenticatorEnv;
  /** Codes and links "sent" by email, SMS and voice (GET /dev/outbox). */
  readonly outbox: Outbox;
  /** Refresh tokens and revocations. */
  readonly tokens: TokenRegistry;
  /** Seconds since the epoch when the emulator started: the users' `updated_at` at /v1/userinfo. */
  readonly startedAt: number;
}

export const nowSeconds = (services: Services) => Math.floor(services.now() / 1000);
