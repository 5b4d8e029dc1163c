import { readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const dependencies = Object.keys(pkg.dependencies);
const isBareImport = (id) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

const tsOptions = { tsconfig: './tsconfig.json', noEmit: false, declaration: false, outDir: undefined, include: ['src/**/*'], noEmitOnError: true };

/** The files a bundler or an app imports: one module per source file, dependencies left as imports. */
const library = {
  input: {
    index: 'src/index.ts',
    'flow/okta-flow': 'src/flow/okta-flow.ts',
    'identify/okta-identify': 'src/identify/okta-identify.ts',
    'select-authenticator/okta-select-authenticator': 'src/select-authenticator/okta-select-authenticator.ts',
    'challenge/okta-challenge': 'src/challenge/okta-challenge.ts',
    'enroll/okta-enroll': 'src/enroll/okta-enroll.ts',
    'generic-step/okta-generic-step': 'src/generic-step/okta-generic-step.ts',
    'reset-password/okta-reset-password': 'src/reset-password/okta-reset-password.ts',
    'register/okta-register': 'src/register/okta-register.ts',
    'consent/okta-consent': 'src/consent/okta-consent.ts',
    'redirect-idp/okta-redirect-idp': 'src/redirect-idp/okta-redirect-idp.ts',
    'events/index': 'src/events/index.ts',
  },
  external: isBareImport,
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    sourcemap: true,
  },
  plugins: [typescript({ ...tsOptions, sourceMap: true })],
};

/**
 * okta-auth-js imports broadcast-channel (about a fifth of the bundle) only for its cross-tab services,
 * which run after `authClient.start()`; `<okta-flow>` never starts them. In the self-contained bundle a
 * stub takes its place and says so if anything tries. The unbundled build keeps the real package.
 */
const BROADCAST_STUB = '\0okta-elements:broadcast-channel-stub';
const withoutCrossTabServices = {
  name: 'without-cross-tab-services',
  resolveId: (id) => (id === 'broadcast-channel' ? BROADCAST_STUB : null),
  load: (id) =>
    id === BROADCAST_STUB
      ? `const unsupported = () => { throw new Error('okta-elements bundle: okta-auth-js cross-tab services are not included'); };
export class BroadcastChannel { constructor() { unsupported(); } }
export const createLeaderElection = unsupported;`
      : null,
};

/** One self-contained, minified ES module for a plain `<script type="module">`: registers every element. */
const bundle = {
  input: 'src/index.ts',
  // The on-demand authenticator file imports what it shares from the bundle itself; without this, rollup
  // would move everything into a second file behind a one-line bundle (two downloads for every sign-in).
  preserveEntrySignatures: 'allow-extension',
  // A lazily imported module (the phone-number library) becomes a file of its own beside the bundle,
  // fetched only when a step needs it.
  output: {
    dir: 'dist',
    entryFileNames: 'okta-elements.bundle.js',
    chunkFileNames: 'okta-elements.[name].js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    withoutCrossTabServices,
    nodeResolve({ browser: true, exportConditions: ['browser', 'import', 'default'] }),
    commonjs({ strictRequires: false }),
    typescript({ ...tsOptions, sourceMap: true }),
    terser({ ecma: 2022, module: true, compress: { passes: 3, pure_getters: true }, format: { comments: false } }),
  ],
};

export default [library, bundle];
