import { readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import json from '@rollup/plugin-json';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const dependencies = Object.keys(pkg.dependencies);
const isBareImport = (id) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`)) || id.startsWith('node:');

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
    'events/index': 'src/events/index.ts',
    'emulator/index': 'src/emulator/index.ts',
    'emulator/core/index': 'src/emulator/core/index.ts',
    'emulator/cli': 'src/emulator/cli.ts',
  },
  external: isBareImport,
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    sourcemap: true,
  },
  plugins: [
    json({ preferConst: true }),
    typescript({ ...tsOptions, sourceMap: true }),
    {
      name: 'emit-default-config',
      generateBundle() {
        this.emitFile({
          type: 'asset',
          fileName: 'emulator/default-config.json',
          source: readFileSync('src/emulator/default-config.json', 'utf8'),
        });
      },
    },
  ],
};

/** One self-contained, minified ES module for a plain `<script type="module">`: registers every element. */
const bundle = {
  input: 'src/index.ts',
  output: { file: 'dist/okta-elements.bundle.js', format: 'es', sourcemap: true },
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['browser', 'import', 'default'] }),
    commonjs({ strictRequires: false }),
    typescript({ ...tsOptions, sourceMap: true }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};

export default [library, bundle];
