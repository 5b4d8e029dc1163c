/**
 * custom-elements.json is generated from the elements' JSDoc; the tests check it is current
 * (scripts/check-manifest.mjs) and that every path in it is in the packed package (scripts/check-package.mjs).
 */
import { defineElementCalls } from './scripts/manifest/define-calls.mjs';
import { eventTypes } from './scripts/manifest/event-types.mjs';
import { memberTypes } from './scripts/manifest/member-types.mjs';
import { packagePaths } from './scripts/manifest/package-paths.mjs';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: process.env.CEM_OUTDIR ?? '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [
    defineElementCalls(),
    eventTypes(),
    memberTypes(),
    // Last but one: the plugins before it speak of source paths.
    packagePaths(),
    {
      // The analyzer lists modules in file-system order, which differs between checkouts: sort them so the
      // committed manifest and a fresh one compare equal.
      name: 'sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
