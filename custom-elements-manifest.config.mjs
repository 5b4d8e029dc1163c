/** custom-elements.json is generated from the elements' JSDoc; the tests check it is current. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/emulator/**', 'src/**/*.test.ts'],
  outdir: process.env.CEM_OUTDIR ?? '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
