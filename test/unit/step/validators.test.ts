import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  digitsCode,
  matches,
  minLength,
  required,
  requiredAs,
  requiredFieldRules,
  validateFields,
  type Validator,
} from '../../../src/step/validators.js';
import { authenticatorsReady } from '../../../src/authenticators/registry.js';
import { createLocalizer, defaultLocalizer } from '../../../src/i18n/localize.js';
import type { FlowStep } from '../../../src/state/flow-state.js';

const t = defaultLocalizer.t.bind(defaultLocalizer);
const check = (validator: Validator, value: unknown, values: Record<string, unknown> = {}) =>
  validator(value, { values, t })?.text;

describe('validators', () => {
  // The password's set-up sentences arrive with the on-demand modules, as in the browser.
  before(authenticatorsReady);

  it('required: refuses an empty value with the catalogue’s one message, and accepts anything typed', () => {
    assert.equal(check(required, ''), 'This field cannot be left blank');
    assert.equal(check(required, undefined), 'This field cannot be left blank');
    assert.equal(required('', { values: {}, t })?.key, 'model.validation.field.blank');
    assert.equal(check(required, 'x'), undefined);
    assert.equal(check(required, false), undefined, 'an unchecked box is an answer');
  });

  it('requiredAs: the same check with a message of its own', () => {
    assert.equal(check(requiredAs('password.enroll.confirmBlank'), ''), 'Re-enter your new password');
  });

  it('digitsCode: 4 to 10 digits, spaces allowed; empty left to required', () => {
    assert.equal(check(digitsCode, '123 456'), undefined);
    assert.equal(check(digitsCode, '12a456'), 'Enter the digits of the code');
    assert.equal(check(digitsCode, '123'), 'Enter the digits of the code');
    assert.equal(check(digitsCode, '12345678901'), 'Enter the digits of the code');
    assert.equal(check(digitsCode, ''), undefined);
  });

  it('minLength: counts what is typed without surrounding spaces, with a plural message', () => {
    assert.equal(check(minLength(4), ' ab '), 'Enter at least 4 characters');
    assert.equal(check(minLength(1), ' '), 'Enter at least 1 character');
    assert.equal(check(minLength(4), 'abcd'), undefined);
    assert.equal(check(minLength(4, 'password.rule.minLength'), 'abc'), 'At least 4 characters');
  });

  it('matches: the other field’s value, or its own message', () => {
    const same = matches('password', 'password.enroll.mismatch');
    assert.equal(check(same, 'a', { password: 'b' }), 'Passwords must match');
    assert.equal(check(same, 'a', { password: 'a' }), undefined);
  });

  it('messages follow the app’s strings', () => {
    const app = createLocalizer('en', { 'step.field.blank': 'Required' });
    assert.equal(required('', { values: {}, t: app.t.bind(app) })?.text, 'Required');
  });
});

describe('validateFields', () => {
  it('gives each field the message of its first failing validator, and nothing for fields that pass', () => {
    const errors = validateFields(
      { code: '', answer: 'ab', name: 'Dana' },
      { code: [required, digitsCode], answer: [required, minLength(4)], name: [required] },
      t,
    );
    assert.deepEqual(
      Object.fromEntries(Object.entries(errors).map(([field, messages]) => [field, messages.map((m) => m.text)])),
      { code: ['This field cannot be left blank'], answer: ['Enter at least 4 characters'] },
    );
  });

  it('requiredFieldRules: required on the server’s required fields, never on checkboxes', () => {
    const step: FlowStep = {
      name: 'identify',
      fixed: {},
      fields: [
        { name: 'identifier', type: 'string', secret: false, required: true, messages: [] },
        { name: 'rememberMe', type: 'boolean', secret: false, required: true, messages: [] },
        { name: 'nickname', type: 'string', secret: false, required: false, messages: [] },
      ],
    };
    assert.deepEqual(Object.keys(requiredFieldRules(step)), ['identifier']);
    assert.deepEqual(Object.keys(validateFields({ rememberMe: false }, requiredFieldRules(step), t)), ['identifier']);
  });
});
