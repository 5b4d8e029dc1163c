/**
 * `okta-idx-emulator`: run the Okta IDX emulator as a local HTTP server from Node.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmulator, defaultConfig, type Emulator, type EmulatorConfig } from './core/index.js';
import { createRequestListener, refuseConnect } from './node/http-adapter.js';
import { loadConfig } from './node/load-config.js';

export interface StartEmulatorOptions {
  /** Default 4999; 0 picks a free port. */
  port?: number;
  /** Interface to bind; default 127.0.0.1 (the emulator is for local use). */
  host?: string;
  /** A config object or the path of a JSON config file; default = the shipped default config. */
  config?: EmulatorConfig | string;
  /** Where error lines (and with `verbose`, one line per request) go; default console.error. */
  log?: (line: string) => void;
  /** Log one short line per request. */
  verbose?: boolean;
  /** Clock override, as in `createEmulator`. */
  now?: () => number;
}

export interface RunningEmulator {
  port: number;
  /** `http://localhost:PORT` */
  origin: string;
  /**
   * The primary authorization server's issuer (`origin + '/oauth2/default'` with the default config; else the
   * first custom server's, else the org server's `origin`): pass it to OktaAuth as `issuer`.
   */
  issuer: string;
  emulator: Emulator;
  close(): Promise<void>;
}

export async function startEmulator(options: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  const config = typeof options.config === 'string' ? await loadConfig(options.config) : (options.config ?? defaultConfig);
  const log = options.log ?? ((line: string) => console.error(line));
  const emulator = await createEmulator(config, { log, ...(options.now ? { now: options.now } : {}) });
  const server = createServer(
    createRequestListener(emulator, { onError: log, ...(options.verbose ? { onRequest: log } : {}) }),
  );
  server.keepAliveTimeout = 5_000;
  // Node hands CONNECT to this event, not to the request listener; unanswered, the socket would just close.
  server.on('connect', refuseConnect);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4999, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://localhost:${port}`;
  return {
    port,
    origin,
    issuer: origin + emulator.issuerPath,
    emulator,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Idle keep-alive sockets would otherwise hold close() open for seconds.
        server.closeAllConnections();
      }),
  };
}

export { createEmulator, defaultConfig, ConfigError, resolveConfig } from './core/index.js';
export type {
  ClientConfig,
  CreateEmulatorOptions,
  Emulator,
  EmulatorConfig,
  LifetimesConfig,
  PasswordAgeConfig,
  PasswordComplexityConfig,
  PasswordPolicyConfig,
  AuthorizationServerConfig,
  LimitsConfig,
  UnknownUserMessage,
  UserStatus,
  SignOnPolicyConfig,
  UserAuthenticatorsConfig,
  UserConfig,
  UserProfileConfig,
  WebauthnCredentialConfig,
  OutboxMessage,
} from './core/index.js';
/** The demo's identity providers (Google, Acme SSO), linked to its federated users: `npm start` uses them. */
export { DEMO_IDENTITY_PROVIDERS } from './core/model/demo-identity-providers.js';
export { loadConfig } from './node/load-config.js';
export { createRequestListener, refuseConnect } from './node/http-adapter.js';
