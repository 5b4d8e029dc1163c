/**
 * The browser code's floors, from the ground up. A module may import its own floor's siblings only where
 * the floor allows it, and floors below it; never a floor above, and never another step element.
 *   1  src/events, src/i18n, src/internal   typed events, the catalogue, tiny helpers
 *   2  src/state                           FlowState, the context key, IDX → state, error classification
 *   3  src/step                            the public StepElement base, fields, forms, validators, cooldown
 *   4  src/authenticators                  one module per authenticator, and the registry
 *   5  src/<step element>/                 identify, select-authenticator, challenge, enroll, reset-password, generic-step
 *   6  src/flow                            <okta-flow>, its driver, the okta-auth-js client
 *   7  src/index.ts                        registers everything
 */
const floor = (n) => ({
  1: '^src/(events|i18n|internal)/',
  2: '^src/state/',
  3: '^src/step/',
  4: '^src/authenticators/',
  5: '^src/(identify|select-authenticator|challenge|enroll|reset-password|register|consent|redirect-idp|generic-step)/',
  6: '^src/flow/',
  7: '^src/index\\.ts$',
})[n];
const above = (n) => [2, 3, 4, 5, 6, 7].filter((m) => m > n).map(floor).join('|');

module.exports = {
  forbidden: [
    ...[1, 2, 3, 4, 5, 6].map((n) => ({
      name: `floor-${n}-imports-only-downward`,
      comment: `A module on floor ${n} (${floor(n)}) imports a module on a higher floor. Move the shared code down, or pass it in.`,
      severity: 'error',
      from: { path: floor(n) },
      to: { path: above(n) },
    })),
    {
      name: 'every-module-has-a-floor',
      comment: 'A folder of src/ that no floor lists escapes every layer rule: add it to a floor at the top of this file.',
      severity: 'error',
      from: { path: '^src/', pathNot: `${[1, 2, 3, 4, 5, 6, 7].map(floor).join('|')}` },
      to: {},
    },
    {
      name: 'floor-1-is-independent',
      comment: 'events, i18n and internal helpers import no other folder of src/.',
      severity: 'error',
      from: { path: '^src/(events|i18n|internal)/' },
      to: { path: '^src/', pathNot: '^src/(events|i18n|internal)/' },
    },
    {
      name: 'no-step-element-imports-another',
      comment: 'A step element never imports another step element: share through src/step or src/authenticators.',
      severity: 'error',
      from: { path: '^src/(identify|select-authenticator|challenge|enroll|generic-step)/' },
      to: { path: '^src/(identify|select-authenticator|challenge|enroll|generic-step)/', pathNot: '^src/$1/' },
    },
    {
      name: 'state-layer-has-no-dom-or-lit',
      comment: 'src/state is plain TypeScript tested in Node: no lit, no @lit/context values (types only).',
      severity: 'error',
      from: { path: '^src/state/' },
      to: { path: 'node_modules/(lit|@lit/|lit-html|lit-element|@okta/)', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'browser-code-never-imports-the-emulator',
      comment: 'The emulator is a package of its own; the elements never import it.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: 'emulator' },
    },
    {
      name: 'no-circular',
      comment: 'Modules that import each other cannot be layered.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'browser', 'default', 'types'] },
  },
};
