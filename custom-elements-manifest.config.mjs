/** custom-elements.json is generated from the elements' JSDoc; the tests check it is current. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: process.env.CEM_OUTDIR ?? '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [
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
