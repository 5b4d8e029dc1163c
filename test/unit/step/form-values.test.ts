import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formValues } from '../../../src/step/form-values.js';

describe('formValues (the pure part of readForm)', () => {
  it('keeps FormData’s text entries (inputs, selects, the checked radio) and makes checkboxes booleans', () => {
    const data = new FormData();
    data.append('identifier', 'dana@example.com');
    data.append('credentials.questionKey', 'favorite_sports_player');
    data.append('authenticator.methodType', 'voice');
    data.append('rememberMe', 'on');
    const values = formValues(data, [['rememberMe', true], ['consent', false]]);
    assert.deepEqual(values, {
      identifier: 'dana@example.com',
      'credentials.questionKey': 'favorite_sports_player',
      'authenticator.methodType': 'voice',
      rememberMe: true,
      consent: false,
    });
  });

  it('skips files: a step never sends one', () => {
    const data = new FormData();
    data.append('upload', new Blob(['x']), 'x.txt');
    assert.deepEqual(formValues(data), {});
  });

  it('keeps a field named __proto__ as a value, never as a prototype', () => {
    const values = formValues([['__proto__', 'polluted'], ['constructor', 'x']]);
    assert.equal(Object.getPrototypeOf(values), Object.prototype);
    assert.equal(Object.getOwnPropertyDescriptor(values, '__proto__')?.value, 'polluted');
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
});
