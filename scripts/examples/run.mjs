// `npm run test:examples`: every example app under examples/ installed from the freshly packed tarball,
// type-checked strictly, built for production and signed in end to end in Chromium against the emulator.
//   1. `npm pack` of the root (needs `npm run build` first; `npm test` has run it by then)
//   2. `npm ci` in examples/ (one install for the four apps, an npm workspace each), then the tarball with
//      `npm install --no-save`, so the lockfile never holds a tarball's hash that changes with every build
//   3. per app: `npm run typecheck`, `npm run build` (the issuer of an emulator on a free port passed in)
//   4. per app: its production build served (React: its own SSR server), the walk of sign-in.mjs in
//      /usr/bin/chromium (CHROME_PATH overrides), and the gzip size of the JS the sign-in loaded
// EXAMPLES=vue,react runs some of them. Nothing is cached outside the checkout.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { startEmulator } from 'okta-idx-emulator';
import { serveStatic } from './serve.mjs';
import { signIn } from './sign-in.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EXAMPLES = join(ROOT, 'examples');
const PACKS = join(EXAMPLES, '.pack');

/** How each app's production build is served: a folder of static files, or the app's own server. */
const APPS = {
  plain: { serve: () => serveStatic(join(EXAMPLES, 'plain', 'dist')), out: 'dist' },
  vue: { serve: () => serveStatic(join(EXAMPLES, 'vue', 'dist')), out: 'dist' },
  react: { serve: () => startAppServer(join(EXAMPLES, 'react')), out: 'dist/client', serverRenders: '<okta-flow' },
  angular: {
    serve: () => serveStatic(join(EXAMPLES, 'angular', 'dist', 'browser')),
    out: 'dist/browser',
    buildArgs: (issuer) => ['--', `--define=OKTA_ISSUER=${JSON.stringify(issuer)}`],
  },
};

function run(command, args, { cwd = EXAMPLES, env = {}, quiet = false } = {}) {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done(output) : fail(new Error(`${command} ${args.join(' ')} (in ${cwd}) exited ${code}\n${output}`))));
  });
}

/** Starts `npm start` of an app with a server of its own; resolves when it prints its URL. */
function startAppServer(cwd) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['server.mjs'], { cwd, env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
    child.on('error', fail);
    child.on('exit', (code) => fail(new Error(`${cwd}/server.mjs exited ${code} before listening`)));
    child.stdout.on('data', (chunk) => {
      const url = /http:\/\/localhost:\d+\//.exec(String(chunk))?.[0];
      if (url) {
        child.removeAllListeners('exit');
        done({ url, close: async () => void child.kill() });
      }
    });
  });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** gzip size of every .js file of a build (what a deployment serves, lazy chunks included). */
function jsGzipOfBuild(dir) {
  const files = readdirSync(dir, { recursive: true }).filter((entry) => entry.endsWith('.js'));
  return files.reduce((total, entry) => total + gzipSize(join(dir, entry)), 0);
}

const started = Date.now();
const step = (what) => console.log(`\n[examples ${((Date.now() - started) / 1000).toFixed(0)}s] ${what}`);
const chosen = (process.env.EXAMPLES || Object.keys(APPS).join(',')).split(',').filter(Boolean);
for (const name of chosen) if (!APPS[name]) throw new Error(`EXAMPLES: no example ${name} (${Object.keys(APPS).join(', ')})`);

if (!existsSync(join(ROOT, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first');
step('npm pack');
// npm pack writes only into a folder that exists (a clean clone has none).
mkdirSync(PACKS, { recursive: true });
const tarball = join(PACKS, (await run('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', PACKS], { cwd: ROOT, quiet: true })).trim().split('\n').pop());
/** On a clean clone (CI) always; on a rerun only when a manifest or the lockfile changed since the last install. */
function installIsCurrent() {
  const marker = join(EXAMPLES, 'node_modules', '.package-lock.json');
  if (!existsSync(marker)) return false;
  const manifests = ['package-lock.json', 'package.json', ...Object.keys(APPS).map((name) => join(name, 'package.json'))];
  return manifests.every((file) => statSync(join(EXAMPLES, file)).mtimeMs < statSync(marker).mtimeMs);
}
if (!installIsCurrent()) {
  step('npm ci (examples/)');
  await run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error']);
}
step('npm install --no-save the packed tarball');
await run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', tarball]);

const emulator = await startEmulator({ port: 0 });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-dev-shm-usage'],
});
const results = [];
try {
  for (const name of chosen) {
    const cwd = join(EXAMPLES, name);
    const pkg = JSON.parse(await readFile(join(cwd, 'package.json'), 'utf8'));
    if (pkg.scripts?.typecheck) {
      step(`${name}: npm run typecheck`);
      await run('npm', ['run', 'typecheck', '--silent'], { cwd });
    }
    step(`${name}: npm run build`);
    // Each app reads the issuer at build time: Vite from VITE_OKTA_ISSUER, Angular from its `define`, plain from OKTA_ISSUER.
    await run('npm', ['run', 'build', '--silent', ...(APPS[name].buildArgs?.(emulator.issuer) ?? [])], { cwd, env: { OKTA_ISSUER: emulator.issuer, VITE_OKTA_ISSUER: emulator.issuer } });
    step(`${name}: sign-in in Chromium`);
    const server = await APPS[name].serve();
    try {
      // An SSR app's HTML must hold the flow before any script runs: the walk then proves hydration kept it.
      const html = await (await fetch(server.url)).text();
      if (APPS[name].serverRenders && !html.includes(APPS[name].serverRenders)) throw new Error(`${name}: the server's HTML has no ${APPS[name].serverRenders}:\n${html}`);
      const walk = await signIn(browser, server.url);
      console.log(`${name}: signed in (after the route change: ${walk.resumedAt} step)`);
      if (APPS[name].serverRenders) {
        // The success must also reach the app from the element React hydrated (no route change before it).
        await signIn(browser, server.url, { leaveAndComeBack: false });
        console.log(`${name}: signed in on the hydrated <okta-flow>`);
      }
      const out = join(cwd, APPS[name].out);
      const jsGzipLoaded = walk.jsLoaded.reduce((total, path) => total + gzipSize(join(out, decodeURIComponent(path))), 0);
      results.push({ name, resumedAt: walk.resumedAt, jsGzipLoaded, jsGzipBuild: jsGzipOfBuild(out) });
    } finally {
      await server.close();
    }
  }
} finally {
  await browser.close();
  await emulator.close();
}

step(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log('| example | JS loaded to sign in (gzip) | all JS of the build (gzip) | after the route change |');
console.log('| --- | --- | --- | --- |');
for (const r of results) console.log(`| ${r.name} | ${kb(r.jsGzipLoaded)} | ${kb(r.jsGzipBuild)} | ${r.resumedAt} |`);
