// The manifest plugins on a small package of their own: each assertion fails if its plugin is left out.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import config from '../../custom-elements-manifest.config.mjs';

const SOURCES = {
  'src/internal/define.ts': `
    export function defineElement(tag: string, ctor: CustomElementConstructor): void {
      if (!customElements.get(tag)) customElements.define(tag, ctor);
    }`,
  'src/events/x-done.ts': `
    export interface XDoneDetail { readonly value: string }
    export class XDoneEvent extends Event {
      static readonly eventName = 'x-done';
      constructor() { super(XDoneEvent.eventName); }
    }`,
  'src/events/index.ts': `
    export { XDoneEvent, type XDoneDetail } from './x-done.js';`,
  'src/x/modes.ts': `
    export type Mode = 'fast' | 'slow';
    export const DEFAULT_TIMEOUT = 5;`,
  'src/x/views.ts': `
    export const one = 1;`,
  'src/x/x-el.ts': `
    import { LitElement } from 'lit';
    import { property } from 'lit/decorators.js';
    import { defineElement } from '../internal/define.js';
    import { DEFAULT_TIMEOUT, type Mode } from './modes.js';
    export * as VIEWS from './views.js';
    /**
     * @fires x-done - Done.
     */
    export class XEl extends LitElement {
      @property({ type: Number, attribute: 'time-out' }) timeOut = DEFAULT_TIMEOUT;
      @property() mode: Mode = 'fast';
    }
    defineElement('x-el', XEl);`,
  'src/index.ts': `
    export * from './events/index.js';
    export { XEl } from './x/x-el.js';
    export type * from './x/modes.js';`,
};

function analyze() {
  const modules = Object.entries(SOURCES).map(([path, code]) => ts.createSourceFile(path, code, ts.ScriptTarget.ES2015, true));
  return create({ modules, plugins: [...litPlugin(), ...config.plugins], context: { dev: false } });
}

const manifest = analyze();
const module = (path) => manifest.modules.find((mod) => mod.path === path);
const element = () => module('dist/x/x-el.js').declarations.find((d) => d.name === 'XEl');

describe('custom-elements.json plugins', () => {
  it('writes every path as the built file: dist/…/*.js', () => {
    assert.deepEqual(manifest.modules.map((mod) => mod.path), [
      'dist/events/index.js', 'dist/events/x-done.js', 'dist/index.js', 'dist/internal/define.js',
      'dist/x/modes.js', 'dist/x/views.js', 'dist/x/x-el.js',
    ]);
  });

  it('records a definition for each defineElement call, and none for the helper itself', () => {
    const definitions = manifest.modules.flatMap((mod) => mod.exports.filter((e) => e.kind === 'custom-element-definition'));
    assert.deepEqual(definitions, [{ kind: 'custom-element-definition', name: 'x-el', declaration: { name: 'XEl', module: 'dist/x/x-el.js' } }]);
    assert.equal(element().tagName, 'x-el');
  });

  it('types an event with its class and the module declaring it', () => {
    assert.deepEqual(element().events[0].type, {
      text: 'XDoneEvent',
      references: [{ name: 'XDoneEvent', module: 'dist/events/x-done.js', start: 0, end: 10 }],
    });
  });

  it('types a Lit Number property with no annotation, and writes a literal alias out', () => {
    const attribute = (name) => element().attributes.find((a) => a.name === name);
    assert.equal(attribute('time-out').type.text, 'number');
    assert.equal(attribute('mode').type.text, "'fast' | 'slow'");
  });

  it('lists the JavaScript exports only, each pointing at its declaring module', () => {
    assert.deepEqual(module('dist/index.js').exports, [
      { kind: 'js', name: 'XDoneEvent', declaration: { name: 'XDoneEvent', module: 'dist/events/x-done.js' } },
      { kind: 'js', name: 'XEl', declaration: { name: 'XEl', module: 'dist/x/x-el.js' } },
    ]);
    assert.deepEqual(
      module('dist/x/x-el.js').exports.filter((e) => e.kind === 'js').map((e) => [e.name, e.declaration]),
      [['VIEWS', { name: '*', module: 'dist/x/views.js' }], ['XEl', { name: 'XEl', module: 'dist/x/x-el.js' }]],
    );
  });
});
