import { describe, it, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { nestValues } from '../../../src/state/nest-values.js';

const polluted = () =>
  ['polluted', 'isAdmin', 'x'].filter((key) => key in Object.prototype || key in Function.prototype || key in Array.prototype);

describe('nestValues', () => {
  afterEach(() => {
    for (const key of ['polluted', 'isAdmin', 'x']) {
      delete (Object.prototype as Record<string, unknown>)[key];
      delete (Function.prototype as unknown as Record<string, unknown>)[key];
    }
  });

  it('nests dotted paths into the body IDX expects', () => {
    assert.deepEqual(nestValues({ identifier: 'a', 'credentials.passcode': 'p', 'authenticator.id': 'x', 'authenticator.methodType': 'sms' }), {
      identifier: 'a',
      credentials: { passcode: 'p' },
      authenticator: { id: 'x', methodType: 'sms' },
    });
  });

  it('keeps values as they are (booleans, numbers, objects)', () => {
    assert.deepEqual(nestValues({ rememberMe: true, 'a.b.c': 3, 'd.e': { f: 1 } }), { rememberMe: true, a: { b: { c: 3 } }, d: { e: { f: 1 } } });
  });

  for (const segment of ['__proto__', 'constructor', 'prototype']) {
    for (const path of [`${segment}.polluted`, `a.${segment}.polluted`, `${segment}`, `a.${segment}`, `constructor.${segment}.polluted`]) {
      it(`never reaches a prototype through "${path}"`, () => {
        const body = nestValues({ [path]: 'yes', 'credentials.passcode': 'p' });
        assert.deepEqual(polluted(), [], 'Object.prototype was polluted');
        assert.equal(({} as Record<string, unknown>).polluted, undefined);
        assert.deepEqual(JSON.parse(JSON.stringify(body)), { credentials: { passcode: 'p' } }, 'the unsafe field is dropped, the rest sent');
        assert.equal(Object.getPrototypeOf(body), Object.prototype, 'the body is a plain object');
      });
    }
  }

  it('does not write into inherited built-ins such as toString', () => {
    const body = nestValues({ 'toString.x': 1, 'hasOwnProperty.x': 2 });
    assert.equal((Object.prototype.toString as unknown as Record<string, unknown>).x, undefined);
    assert.deepEqual(JSON.parse(JSON.stringify(body)), { toString: { x: 1 }, hasOwnProperty: { x: 2 } });
  });

  it('drops paths with empty segments', () => {
    assert.deepEqual(nestValues({ 'a..b': 1, '.c': 2, 'd.': 3, ok: 4 }), { ok: 4 });
  });

  it('a later nested path replaces an earlier primitive at the same name instead of writing into it', () => {
    assert.deepEqual(nestValues({ a: 'text', 'a.b': 1 }), { a: { b: 1 } });
  });

  it('a nested path under a name whose value is null or a list replaces it with an object', () => {
    assert.deepEqual(nestValues({ a: null, 'a.b': 1, c: ['x'], 'c.d': 2 }), { a: { b: 1 }, c: { d: 2 } });
  });
});
