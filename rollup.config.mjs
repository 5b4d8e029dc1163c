import { readFileSync, rmSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { LIBRARY_ENTRIES } from './scripts/library-entries.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const dependencies = Object.keys(pkg.dependencies);
const isBareImport = (id) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

// inlineSources: every source map carries the TypeScript it maps to (sourcesContent), since the package ships
// dist/ and not src/; debuggers and bundlers read the sources from the map.
const tsOptions = {
  tsconfig: './tsconfig.json',
  noEmit: false,
  declaration: false,
  outDir: undefined,
  include: ['src/**/*'],
  noEmitOnError: true,
  sourceMap: true,
  inlineSources: true,
};

/**
 * dist/ is what the package ships (package.json `files`): emptied before each build so that no file of an
 * earlier layout (a module since moved or removed) stays in it and in the tarball. tsc writes the .d.ts after.
 */
const cleanDist = {
  name: 'clean-dist',
  buildStart: () => rmSync(new URL('./dist', import.meta.url), { recursive: true, force: true }),
};

/**
 * The bundle's types: it exports exactly what the library's index does (and registers every element), so its
 * declaration file, beside it, re-exports index's.
 */
const bundleTypes = {
  name: 'bundle-types',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'okta-elements.bundle.d.ts',
      source: "// The self-contained bundle exports what okta-elements exports, and registers every element.\nexport * from './index.js';\n",
    });
  },
};

/** The files a bundler or an app imports: one module per source file, dependencies left as imports. */
const library = {
  input: LIBRARY_ENTRIES,
  external: isBareImport,
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    sourcemap: true,
  },
  plugins: [cleanDist, typescript(tsOptions)],
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
    typescript(tsOptions),
    bundleTypes,
    terser({ ecma: 2022, module: true, compress: { passes: 3, pure_getters: true }, format: { comments: false } }),
  ],
};

export default [library, bundle];
