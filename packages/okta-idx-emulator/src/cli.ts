#!/usr/bin/env node
import { parseArgs } from 'node:util';
import bundledConfig from './default-config.json' with { type: 'json' };
import { ConfigError, loadConfig, startEmulator, type EmulatorConfig, type RunningEmulator } from './index.js';

const USAGE_EXIT = 2;

const HELP = `Usage: okta-idx-emulator [--port N] [--host H] [--config FILE] [--allowed-host NAME]... [--verbose]

A local Okta Identity Engine (IDX) server that @okta/okta-auth-js runs against unmodified.

Options:
  --port N       port to listen on (default 4999; 0 = any free port)
  --host H       interface to bind (default 127.0.0.1)
  --config FILE  JSON configuration (default: the built-in demo configuration)
  --allowed-host NAME
                 also answer requests whose Host is NAME (any port), besides localhost,
                 127.0.0.1 and [::1]; repeatable, added to the config's allowedHosts; "*"
                 answers every name. Other names get 400, so a DNS-rebinding page cannot
                 reach the emulator: with --host 0.0.0.0, add the name or address others use.
  --verbose      log one line per request to stderr
  -h, --help     show this help

With the default configuration:
  issuer     http://localhost:PORT/oauth2/default
  also       the org server (issuer http://localhost:PORT) and /oauth2/aus0kta3lements0demo
  client id  okta-elements-demo (public; redirect URIs: any path on any port of localhost,
             127.0.0.1 and [::1]); okta-elements-web (confidential, secret
             okta-elements-web-secret-do-not-use-in-production)
  users      demo@example.com / Okta-Demo-2026!
             new@example.com (sets a password at first sign-in)
             MFA (password Okta-Demo-2026!): email.mfa@, sms.mfa@, totp.enroll@,
             push@, question@, passkey@, choose@, optional@example.com
             password (Okta-Demo-2026!): recover@ (forgot password, by email),
             expired@ (must change it), expiring@example.com (may change it)
             locked out (unlock by email): locked@, unlockme@example.com
             cannot sign in: suspended@, unassigned@example.com

Test helpers: POST /dev/reset, POST /dev/transactions/expire, GET /dev/health,
              POST /dev/fail-next {"status":500|503|429|403, "count":N|"every",
                                   "path":"/idp/idx/identify", "retryAfterSeconds":60},
              DELETE /dev/fail-next
MFA helpers:  GET /dev/outbox?to=…, GET /dev/outbox/latest?to=…,
              GET /dev/push/pending?identifier=…, POST /dev/push/approve|deny,
              POST /dev/okta-verify/activate, GET /dev/users/<login>/totp
Recovery:     POST /dev/users/<login>/recovery-token {"appUrl":"http://localhost:8080/"}
              → {recoveryToken, link} (recovery_token at /v1/interact, accepted once)
Codes sent by email, SMS and voice are printed as [outbox] lines on stderr.
`;

function usageError(message: string): never {
  process.stderr.write(`okta-idx-emulator: ${message}\nRun okta-idx-emulator --help for usage.\n`);
  process.exit(USAGE_EXIT);
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return 4999;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) usageError(`--port must be an integer from 0 to 65535 (got "${value}")`);
  return port;
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        config: { type: 'string' },
        'allowed-host': { type: 'string', multiple: true },
        verbose: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
      strict: true,
    }));
  } catch (error) {
    usageError((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const port = parsePort(values.port);
  const host = values.host ?? '127.0.0.1';
  if (host.trim() === '') usageError('--host must not be empty');

  const allowedHosts = values['allowed-host'] ?? [];
  const badHost = allowedHosts.find((name) => !/^(\*|\[?[0-9a-fA-F:.]+\]?|[A-Za-z0-9.-]+)$/.test(name));
  if (badHost !== undefined) usageError(`--allowed-host takes a host name without port or scheme (got "${badHost}")`);

  let config: EmulatorConfig;
  try {
    config = values.config ? await loadConfig(values.config) : (bundledConfig as EmulatorConfig);
  } catch (error) {
    if (error instanceof ConfigError) usageError(error.message);
    throw error;
  }
  if (allowedHosts.length > 0) config = { ...config, allowedHosts: [...(config.allowedHosts ?? []), ...allowedHosts] };

  const log = (line: string) => process.stderr.write(line + '\n');
  let running: RunningEmulator;
  try {
    running = await startEmulator({ port, host, config, log, verbose: values.verbose === true });
  } catch (error) {
    if (error instanceof ConfigError) usageError(error.message);
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EADDRINUSE' ? `port ${port} is already in use (try --port 0)` : (error as Error).message;
    process.stderr.write(`okta-idx-emulator: cannot listen on ${host}:${port}: ${reason}\n`);
    process.exit(1);
  }
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // A stuck socket must not keep the process alive after a stop signal.
    setTimeout(() => process.exit(0), 2000).unref();
    running.close().then(
      () => process.exit(0),
      () => process.exit(0),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // Printed last, so whoever waits for this line may signal the process at once.
  process.stdout.write(`okta-idx-emulator listening, issuer ${running.issuer}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`okta-idx-emulator: ${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
