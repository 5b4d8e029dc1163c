import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { passwordRequirements } from '../../../src/authenticators/password-requirements.js';
import { authenticatorsReady } from '../../../src/authenticators/registry.js';
import { createLocalizer } from '../../../src/i18n/localize.js';

describe('passwordRequirements', () => {
  // The password's set-up sentences arrive with the on-demand modules, as in the browser.
  before(authenticatorsReady);

  it('phrases each rule of the policy with its count, one and many', () => {
    const rules = passwordRequirements({ minLength: 8, minLowerCase: 1, minUpperCase: 2, minNumber: 1, minSymbol: 3 });
    assert.deepEqual(
      rules.map((r) => r.text),
      ['At least 8 characters', '1 lowercase letter', '2 uppercase letters', '1 number', '3 symbols'],
    );
    assert.equal(passwordRequirements({ minLength: 1 })[0].text, 'At least 1 character');
  });

  it('checks a candidate against each rule, with Unicode letters and digits', () => {
    const rules = passwordRequirements({ minLength: 8, minLowerCase: 1, minUpperCase: 1, minNumber: 1, minSymbol: 1 });
    const unmet = (p: string) => rules.filter((r) => !r.test(p)).map((r) => r.id);
    assert.deepEqual(unmet('abc'), ['minLength', 'minUpperCase', 'minNumber', 'minSymbol']);
    assert.deepEqual(unmet('Éclair-2026'), []);
    assert.deepEqual(unmet('ÉCLAIR-2026'), ['minLowerCase']);
  });

  it('forbids the username and the named profile attributes, and long runs of one character', () => {
    const rules = passwordRequirements(
      { excludeUsername: true, excludeAttributes: ['firstName', 'lastName'], maxConsecutiveRepeatingCharacters: 2 },
      { username: 'dana@example.com', attributes: { firstName: 'Nico', lastName: 'Okafor' } },
    );
    assert.deepEqual(rules.map((r) => r.text), [
      'No parts of your username',
      'Does not include your first name or last name',
      'No more than 2 repeated characters in a row',
    ]);
    const unmet = (p: string) => rules.filter((r) => !r.test(p)).map((r) => r.id);
    assert.deepEqual(unmet('xxDANAxx'), ['excludeUsername']);
    assert.deepEqual(unmet('okafor123'), ['excludeAttributes']);
    assert.deepEqual(unmet('aaab'), ['maxRepeat']);
    assert.deepEqual(unmet('Fine-42'), []);
    assert.deepEqual(unmet(''), ['excludeUsername', 'excludeAttributes', 'maxRepeat'], 'an empty password meets none');
  });

  it('has no rules without a policy, and speaks the app’s words', () => {
    assert.deepEqual(passwordRequirements(undefined), []);
    const app = createLocalizer('en', { 'password.rule.minLength.other': 'Minimum {count} characters' });
    assert.equal(passwordRequirements({ minLength: 12 }, {}, app.t.bind(app))[0].text, 'Minimum 12 characters');
  });
});
