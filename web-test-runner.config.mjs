import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator, defaultConfig, DEMO_IDENTITY_PROVIDERS } from 'okta-idx-emulator';

const commonjs = fromRollup(rollupCommonjs);

/**
 * Browser tests: component tests with no server, and end-to-end tests that run the real okta-auth-js
 * against real emulators over HTTP. The test page is served from localhost (any port), a trusted
 * origin in the default config; a second emulator trusts no origin, to prove the CORS message.
 */
let emulators;

function emulatorPlugin() {
  return {
    name: 'okta-idx-emulators',
    async serverStart() {
      const trusted = await startEmulator({ port: 0 });
      const untrusted = await startEmulator({
        port: 0,
        config: { ...defaultConfig, trustedOrigins: ['https://app.example.com'] },
      });
      // Users who must enroll email, phone or Okta Verify: paths the demo users do not take.
      const enrollment = await startEmulator({
        port: 0,
        config: JSON.parse(readFileSync(new URL('./test/e2e/enrollment-users.json', import.meta.url), 'utf8')),
      });
      // An org whose identify form asks for the password too (identifierFirst: false): "Forgot password?" there
      // comes before the user is known, so Okta asks whose password (identify-recovery).
      const singleForm = await startEmulator({ port: 0, config: { ...defaultConfig, identifierFirst: false } });
      // An org that locks a user after 3 wrong passwords (the default config takes 10), with self-service unlock.
      const lockout = await startEmulator({
        port: 0,
        config: {
          ...defaultConfig,
          selfServiceUnlock: true,
          passwordPolicy: { ...defaultConfig.passwordPolicy, lockout: { maxAttempts: 3 } },
        },
      });
      // An org whose sign-ups are activated by email: "Check your email", then the link's activation token.
      const activation = await startEmulator({
        port: 0,
        config: { ...defaultConfig, registration: { ...defaultConfig.registration, activationEmail: true } },
      });
      // An org that verifies a sign-up's email with a code before the sign-in goes on.
      const verifyEmail = await startEmulator({
        port: 0,
        config: { ...defaultConfig, registration: { ...defaultConfig.registration, emailVerification: true } },
      });
      // The default config with the demo's identity providers (Google, Acme SSO) linked to its federated users.
      const idp = await startEmulator({ port: 0, config: { ...defaultConfig, identityProviders: DEMO_IDENTITY_PROVIDERS } });
      emulators = { trusted, untrusted, enrollment, singleForm, lockout, activation, verifyEmail, idp };
    },
    async serverStop() {
      await Promise.all(Object.values(emulators ?? {}).map((emulator) => emulator.close()));
    },
    serve(context) {
      if (context.path === '/__emulators.json') {
        return {
          body: JSON.stringify({
            issuer: emulators.trusted.issuer,
            untrustedIssuer: emulators.untrusted.issuer,
            enrollmentIssuer: emulators.enrollment.issuer,
            singleFormIssuer: emulators.singleForm.issuer,
            lockoutIssuer: emulators.lockout.issuer,
            activationIssuer: emulators.activation.issuer,
            verifyEmailIssuer: emulators.verifyEmail.issuer,
            idpIssuer: emulators.idp.issuer,
          }),
          type: 'json',
        };
      }
      return undefined;
    },
  };
}

/**
 * The demo page (demo/index.html, what `npm start` serves) under the test server, at /demo/index.html: its
 * root-relative files as scripts/start.mjs serves them, and /demo-config.json naming the trusted emulator.
 */
function demoPagePlugin() {
  const require = createRequire(import.meta.url);
  const authJs = join(dirname(require.resolve('@okta/okta-auth-js/package.json')), 'dist', 'okta-auth-js.core.min.js');
  const demo = (name) => fileURLToPath(new URL(`./demo/${name}`, import.meta.url));
  const files = {
    '/demo.js': [demo('demo.js'), 'js'],
    '/demo.css': [demo('demo.css'), 'css'],
    '/favicon.svg': [demo('favicon.svg'), 'image/svg+xml'],
    '/vendor/okta-auth-js.core.min.js': [authJs, 'js'],
  };
  return {
    name: 'demo-page',
    serve(context) {
      // /demo-idp/index.html: the same page, talking to the emulator with the demo's identity providers (as npm start's).
      if (context.path === '/demo-idp/index.html') return { body: readFileSync(demo('index.html'), 'utf8'), type: 'html' };
      if (context.path === '/demo-config.json') {
        const fromIdpPage = (context.get('referer') ?? '').includes('/demo-idp/');
        const emulator = fromIdpPage ? emulators.idp : emulators.trusted;
        const consent = { clientId: 'okta-elements-consent', scopes: 'openid profile email notes.read notes.write' };
        return { body: JSON.stringify({ issuer: emulator.issuer, clientId: 'okta-elements-demo', consent }), type: 'json' };
      }
      if (!Object.hasOwn(files, context.path)) return undefined;
      const [file, type] = files[context.path];
      return { body: readFileSync(file, 'utf8'), type };
    },
  };
}

/**
 * `virtual-authenticator` command: gives the test page Chrome's virtual WebAuthn authenticator (DevTools
 * protocol), so passkey enrollment and sign-in run for real with no hardware. Its keys are not resident
 * (not discoverable): like a plain security key, it finds a credential only when `allowCredentials`
 * names it, so a sign-in that drops the enrolled credentials fails here as it would for a person.
 */
function virtualAuthenticatorPlugin() {
  return {
    name: 'virtual-authenticator',
    async executeCommand({ command, session }) {
      if (command !== 'virtual-authenticator') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      await cdp.send('WebAuthn.enable');
      const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
        options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: false, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
      });
      return authenticatorId;
    },
  };
}

export default {
  files: ['test/components/**/*.test.ts', 'test/e2e/**/*.test.ts'],
  nodeResolve: { browser: true, exportConditions: ['browser', 'import', 'default'] },
  hostname: 'localhost',
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  plugins: [
    emulatorPlugin(),
    demoPagePlugin(),
    virtualAuthenticatorPlugin(),
    commonjs({ include: ['**/node_modules/tiny-emitter/**', '**/node_modules/js-cookie/**', '**/node_modules/cross-fetch/**'], strictRequires: false }),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
  ],
};
