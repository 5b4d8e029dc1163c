// `npm start` (after `npm run build`): the IDX emulator plus a small static server for the demo page.
//   http://localhost:8080/        demo/           (env PORT overrides 8080)
//   http://localhost:8080/dist/   dist/           (the built package, with okta-elements.bundle.js)
//   http://localhost:8080/vendor/okta-auth-js.core.min.js   okta-auth-js's browser build, which the demo uses
//                                 to read the profile at /v1/userinfo, as an app does after sign-in
//   http://localhost:4999/        the emulator    (env OKTA_EMULATOR_PORT overrides 4999)
//                                 with the default config plus the demo's identity providers (Google, Acme SSO)
// Both listen on 127.0.0.1 only. Ctrl+C stops both.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { CONTENT_TYPES } from './content-types.mjs';
import { pagePolicy as pagePolicyFor } from './page-policy.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HOST = '127.0.0.1';
const CLIENT_ID = 'okta-elements-demo';
/** The emulator's app that asks for consent (default-config.json), and the scopes it asks for. */
const CONSENT_CLIENT_ID = 'okta-elements-consent';
const CONSENT_SCOPES = 'openid profile email notes.read notes.write';

/** URL prefix → folder. The longest prefix is tried first. */
const MOUNTS = [
  { prefix: '/dist/', dir: join(ROOT, 'dist') },
  { prefix: '/', dir: join(ROOT, 'demo') },
];

/** Single files served from dependencies, by exact path: nothing else of node_modules is reachable. */
const require = createRequire(import.meta.url);
const VENDOR_FILES = {
  '/vendor/okta-auth-js.core.min.js': join(dirname(require.resolve('@okta/okta-auth-js/package.json')), 'dist', 'okta-auth-js.core.min.js'),
};


function fail(message, exitCode = 1) {
  process.stderr.write(`npm start: ${message}\n`);
  process.exit(exitCode);
}

function portFrom(name, fallback) {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) fail(`${name} must be an integer from 0 to 65535 (got "${value}")`, 2);
  return port;
}

const isBusy = (error) => error?.code === 'EADDRINUSE';

// ---- the emulator ----

let startEmulator;
let defaultConfig;
let DEMO_IDENTITY_PROVIDERS;
try {
  ({ startEmulator, defaultConfig, DEMO_IDENTITY_PROVIDERS } = await import('okta-idx-emulator'));
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  fail('the emulator is not built: run `npm run build` first (`npm start` does it for you).');
}

const emulatorPort = portFrom('OKTA_EMULATOR_PORT', 4999);
const pagePort = portFrom('PORT', 8080);

let emulator;
try {
  // The default config plus the demo's identity providers, so the page offers "Sign in with Google" and "Acme SSO"
  // (linked to federated@ and federated.mfa@). An older build without them still starts, without the buttons.
  const config = DEMO_IDENTITY_PROVIDERS ? { ...defaultConfig, identityProviders: DEMO_IDENTITY_PROVIDERS } : undefined;
  emulator = await startEmulator({ port: emulatorPort, host: HOST, ...(config ? { config } : {}) });
} catch (error) {
  if (isBusy(error)) {
    fail(
      `port ${emulatorPort} (the IDX emulator) is already in use. ` +
        `Stop whatever uses it, or pick another port: OKTA_EMULATOR_PORT=5000 npm start`,
    );
  }
  throw error;
}

// ---- the static server ----

const securityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-cache',
  'Referrer-Policy': 'no-referrer',
};

/** The demo page runs under a strict policy (./page-policy.mjs). */
const pagePolicy = pagePolicyFor(emulator.origin);

function send(res, status, body, headers = {}) {
  res.writeHead(status, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

/** Maps a URL path to a file inside one of the mounts, or undefined. Never leaves the mounted folder. */
async function fileFor(pathname) {
  if (Object.hasOwn(VENDOR_FILES, pathname)) {
    try {
      const file = VENDOR_FILES[pathname];
      return { file, size: (await stat(file)).size };
    } catch {
      return undefined;
    }
  }
  const mount = MOUNTS.find((m) => pathname.startsWith(m.prefix));
  if (!mount) return undefined;
  const relative = pathname.slice(mount.prefix.length);
  // No `..`, no dotfiles, no backslashes or NUL: refused outright rather than normalised.
  const segments = relative.split('/');
  if (segments.some((s) => s.startsWith('.') || s.includes('\\') || s.includes('\0'))) return undefined;
  const candidate = resolve(mount.dir, ...segments.filter(Boolean));
  if (candidate !== mount.dir && !candidate.startsWith(mount.dir + sep)) return undefined;
  try {
    let file = candidate;
    let info = await stat(file);
    if (info.isDirectory()) {
      if (!pathname.endsWith('/')) return { redirect: `${pathname}/` };
      file = join(file, 'index.html');
      info = await stat(file);
    }
    if (!info.isFile()) return undefined;
    // A symlink must not lead out of the folder either.
    const [real, base] = await Promise.all([realpath(file), realpath(mount.dir)]);
    if (!real.startsWith(base + sep)) return undefined;
    return { file: real, size: info.size };
  } catch {
    return undefined;
  }
}

async function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
    return;
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    send(res, 400, 'Bad Request\n');
    return;
  }

  // What the demo page needs to know about the emulator; no port is written into the HTML.
  if (pathname === '/demo-config.json') {
    const body = JSON.stringify({
      issuer: emulator.issuer,
      clientId: CLIENT_ID,
      consent: { clientId: CONSENT_CLIENT_ID, scopes: CONSENT_SCOPES },
    });
    send(res, 200, body, { 'Content-Type': CONTENT_TYPES['.json'], 'Cache-Control': 'no-store' });
    return;
  }

  const found = await fileFor(pathname);
  if (!found) {
    send(res, 404, 'Not Found\n');
    return;
  }
  if (found.redirect) {
    send(res, 301, '', { Location: found.redirect });
    return;
  }
  const type = CONTENT_TYPES[extname(found.file).toLowerCase()] ?? 'application/octet-stream';
  const headers = { ...securityHeaders, 'Content-Type': type, 'Content-Length': found.size };
  if (type.startsWith('text/html')) headers['Content-Security-Policy'] = pagePolicy;
  res.writeHead(200, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(found.file)
    .on('error', () => res.destroy())
    .pipe(res);
}

const server = createServer((req, res) => {
  handle(req, res).catch((error) => {
    process.stderr.write(`npm start: ${req.method} ${req.url} failed: ${error?.stack ?? error}\n`);
    if (!res.headersSent) send(res, 500, 'Internal Server Error\n');
    else res.destroy();
  });
});
server.keepAliveTimeout = 5_000;

try {
  await new Promise((done, reject) => {
    server.once('error', reject);
    server.listen(pagePort, HOST, () => {
      server.off('error', reject);
      done();
    });
  });
} catch (error) {
  await emulator.close().catch(() => undefined);
  if (isBusy(error)) {
    fail(`port ${pagePort} (the demo page) is already in use. Stop whatever uses it, or pick another port: PORT=8081 npm start`);
  }
  throw error;
}

const { port: actualPagePort } = server.address();
process.stdout.write(
  [
    '',
    `  okta-elements demo   http://localhost:${actualPagePort}/`,
    `  IDX emulator issuer  ${emulator.issuer}`,
    '',
    '  Sign in:          demo@example.com / Okta-Demo-2026!  (all demo users and what they do: on the page)',
    '  Sign up:          "Create an account instead"',
    '  Forgot password:  recover@example.com, "Forgot password?" (codes: [outbox] lines below, or "Show latest code")',
    '  Expired password: expired@example.com; expiring@example.com',
    '  Locked out:       unlockme@example.com, "Unlock account?" on the username step, then Email',
    '  Identity provider: "Sign in with Google" / "Acme SSO": federated@ (Fran), federated.mfa@ (Felix, then email)',
    '  Profile update:   profile@example.com;  Invitation: invited@example.com, "Email an invitation"',
    '  App consent:      "Sign in to an app that asks for consent"',
    '  Press Ctrl+C to stop.',
    '',
    '',
  ].join('\n'),
);

// ---- stopping ----

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`\nStopping (${signal})…\n`);
  // Open sockets must not keep the process alive after a stop signal.
  setTimeout(() => process.exit(0), 2000).unref();
  const closeServer = new Promise((done) => {
    server.close(() => done());
    server.closeAllConnections();
  });
  Promise.allSettled([closeServer, emulator.close()]).then(() => process.exit(0));
}
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
