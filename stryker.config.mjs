/**
 * Mutation testing (`npm run mutation`, not part of `npm test`): StrykerJS changes the code of the state
 * layer and of the emulator's core one small mutation at a time and runs the Node tests that cover it; a
 * mutant no test notices is a behaviour no test pins down. The HTML report lands in reports/mutation/.
 * `npm run mutation -- --mutate "src/state/**\/*.ts"` narrows the run to one part.
 */
export default {
  testRunner: 'tap',
  plugins: ['@stryker-mutator/tap-runner'],
  mutate: ['src/state/**/*.ts', 'packages/okta-idx-emulator/src/core/**/*.ts'],
  tap: {
    testFiles: [
      'test/unit/state/*.test.ts',
      'test/unit/flow/*.test.ts',
      // The CLI test runs the built bin, which Stryker does not mutate.
      'packages/okta-idx-emulator/test/!(cli).test.ts',
    ],
    nodeArgs: ['--import', 'tsx'],
  },
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
