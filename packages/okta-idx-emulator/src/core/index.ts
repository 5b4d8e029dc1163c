/**
 * `okta-idx-emulator/core`: the Okta IDX emulator's protocol core. It uses only web-standard APIs
 * (Request/Response, WebCrypto) and plain JavaScript libraries, never `node:*` (ESLint refuses it here),
 * so it runs wherever fetch and WebCrypto exist, not only in Node.
 */
import { builtInAuthenticators } from './authenticators/registry.js';
import { resolveConfig, type EmulatorConfig } from './model/config.js';
import { defaultConfig } from './model/defaults.js';
import { FailureInjector, type DevControls } from './dev/controls.js';
import { Outbox } from './dev/outbox.js';
import { createPipeline } from './http/pipeline.js';
import { RateLimiter } from './http/rate-limits.js';
import { createPatternRoutes, createRoutes } from './http/router.js';
import type { Services } from './services.js';
import { Store } from './model/store.js';
import { AuthorizationServers } from './oauth/issuer.js';
import { TokenRegistry } from './oauth/token-registry.js';

export interface Emulator {
  /** Answers one HTTP request the way Okta's IDX and OAuth endpoints would. Never rejects. */
  handle(request: Request): Promise<Response>;
  /** Forgets transactions and codes and restores users (passwords enrolled since are dropped). */
  reset(): void;
  /** Every live transaction and interaction code expires now. */
  expireTransactions(): void;
  /**
   * Key id of the primary authorization server's RS256 signing key (`default` when configured, else the
   * first custom server, else the org server); every server has its own key, new for every emulator instance.
   */
  readonly kid: string;
  /** Path of the primary authorization server's issuer below the origin (`/oauth2/default`, or '' for the org server). */
  readonly issuerPath: string;
}

export interface CreateEmulatorOptions {
  /** Clock in milliseconds since the epoch; inject one to test expiry. */
  now?: () => number;
  /** Receives unexpected errors (default: console.error). */
  log?: (line: string) => void;
}

/**
 * Creates an emulator. Fields missing from `config` come from {@link defaultConfig};
 * an invalid config throws a `ConfigError` naming the offending field.
 */
export async function createEmulator(config: EmulatorConfig, options: CreateEmulatorOptions = {}): Promise<Emulator> {
  const resolved = resolveConfig(config, defaultConfig);
  const now = options.now ?? Date.now;
  const log = options.log ?? ((line: string) => console.error(line));
  const registry = builtInAuthenticators();
  const store = new Store(resolved, (user) => registry.seed(user), now);
  const outbox = new Outbox(now, log);
  const authorizationServers = await AuthorizationServers.create(resolved.authorizationServers);
  const key = authorizationServers.primary.key;
  const services: Services = {
    config: resolved,
    store,
    registry,
    authorizationServers,
    now,
    log,
    authenticatorEnv: { config: resolved, now },
    outbox,
    tokens: new TokenRegistry(),
    startedAt: Math.floor(now() / 1000),
  };
  const failures = new FailureInjector(now, resolved.limits.requestsPerMinute);
  const limiter = new RateLimiter(resolved.limits.requestsPerMinute, now);
  const controls: DevControls = {
    reset: () => {
      store.reset();
      outbox.clear();
      services.tokens.reset();
      failures.clear();
      limiter.clear();
    },
    expireTransactions: () => store.expireAll(),
    failures,
  };
  const routes = createRoutes(services, controls);
  const patterns = createPatternRoutes(services);

  // Host check, malformed requests, CORS, rate limits, injected failures and Okta's headers: http/pipeline.ts.
  const handle = createPipeline({ config: resolved, routes, patterns, controls, failures, limiter, log });

  return {
    handle,
    reset: controls.reset,
    expireTransactions: () => {
      store.expireAll();
    },
    kid: key.kid,
    issuerPath: authorizationServers.primary.issuerPath,
  };
}

export { defaultConfig } from './model/defaults.js';
export { ConfigError, resolveConfig } from './model/config.js';
export type {
  ClientConfig,
  EmulatorConfig,
  AuthorizationServerConfig,
  LifetimesConfig,
  LimitsConfig,
  UnknownUserMessage,
  UserStatus,
  PasswordAgeConfig,
  PasswordComplexityConfig,
  PasswordPolicyConfig,
  ResolvedConfig,
  SignOnPolicyConfig,
  UserAuthenticatorsConfig,
  UserConfig,
  UserProfileConfig,
  WebauthnCredentialConfig,
} from './model/config.js';
export type {
  AuthenticatorModule,
  AuthenticatorPurpose,
  CredentialOutcome,
  Selection,
  StepContext,
  StepOutcome,
  StepView,
} from './authenticators/types.js';
export type { OutboxMessage } from './dev/outbox.js';
export type { IdxMessage } from './idx/messages.js';
