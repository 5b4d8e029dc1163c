import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.stryker-tmp*/', 'reports/', 'dist/', 'packages/*/dist/', 'examples/*/dist/', 'examples/*/.angular/', 'examples/.pack/', 'storybook-static/', 'node_modules/', 'custom-elements.json', '.cem-check-*/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    plugins: { 'lit-a11y': litA11y },
    rules: { ...litA11y.configs.recommended.rules },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    settings: { wc: { elementBaseClasses: ['LitElement', 'StepElement'] } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Tags are registered through defineElement(), which guards against double registration.
      'wc/tag-name-matches-class': 'off',
    },
  },
  {
    // The emulator's core runs wherever fetch and WebCrypto exist (a service worker, a browser page):
    // Node's modules stay in its Node adapter (node/, index.ts, cli.ts).
    files: ['packages/okta-idx-emulator/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^node:', message: 'The core runs outside Node: keep node:* in src/node/.' }] }],
      'no-restricted-globals': ['error', { name: 'Buffer', message: 'The core runs outside Node: use Uint8Array and jose/base64url.' }, { name: 'process', message: 'The core runs outside Node.' }],
    },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts', 'packages/*/test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
