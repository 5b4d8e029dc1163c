import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

/**
 * A server renderer (Angular SSR, a React or Vue server build) evaluates the package's modules in Node, where there
 * is no DOM: no module may touch `document`, `window`, `location` or a browser-only API while it is evaluated (only
 * when an element is connected). Each module the package exports is imported here from its source, in Node.
 */
const root = new URL('../../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { exports: Record<string, unknown> };

/** Every `./dist/….js` an export condition names, as the `src/….ts` it is built from. */
function exportedSources(): string[] {
  const targets = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') targets.add(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(pkg.exports);
  return [...targets]
    .filter((target) => /^\.\/dist\/.+\.js$/.test(target))
    .map((target) => target.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts'))
    .filter((source) => existsSync(new URL(source, root)));
}

describe('importing okta-elements in Node, without a DOM', () => {
  it('has no DOM here to lean on', () => {
    assert.equal(typeof document, 'undefined');
    assert.equal(typeof window, 'undefined');
  });

  const sources = exportedSources();

  it('finds the modules the package exports', () => {
    for (const module of ['src/index.ts', 'src/flow/okta-flow.ts', 'src/identify/okta-identify.ts', 'src/events/index.ts']) {
      assert.ok(sources.includes(module), `${module} is not among the exports: ${sources.join(', ')}`);
    }
  });

  for (const source of sources) {
    it(`imports ${source} without throwing`, async () => {
      await assert.doesNotReject(import(new URL(source, root).href));
    });
  }

  it('the index exports the element classes', async () => {
    const index = (await import(new URL('src/index.ts', root).href)) as Record<string, unknown>;
    for (const name of ['OktaFlow', 'OktaIdentify', 'OktaChallenge', 'OktaGenericStep']) assert.equal(typeof index[name], 'function', name);
  });
});
