import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fieldOfMessage, MESSAGE_FIELDS, placeFieldMessages } from '../../../src/state/field-messages.js';
import type { FlowField, FlowMessage, FlowStep } from '../../../src/state/flow-state.js';

const field = (name: string, messages: FlowMessage[] = []): FlowField => ({ name, type: 'string', secret: false, required: true, messages });
const step = (name: string, fields: FlowField[]): FlowStep => ({ name, fields, fixed: {} });
const wrongPassword: FlowMessage = { text: 'Password is incorrect', key: 'incorrectPassword', level: 'error' };

describe('MESSAGE_FIELDS: the message keys that are about one field', () => {
  it('is the small, explicit list the README documents', () => {
    assert.deepEqual(MESSAGE_FIELDS, { incorrectPassword: 'credentials.passcode' });
  });

  it('names a field only for errors with a listed key', () => {
    assert.equal(fieldOfMessage(wrongPassword), 'credentials.passcode');
    assert.equal(fieldOfMessage({ ...wrongPassword, level: 'info' }), undefined, 'an INFO marks nothing invalid');
    assert.equal(fieldOfMessage({ ...wrongPassword, key: undefined }), undefined);
    assert.equal(fieldOfMessage({ ...wrongPassword, key: 'errors.E0000004' }), undefined, 'about the username and the password alike');
    assert.equal(fieldOfMessage({ ...wrongPassword, key: 'toString' }), undefined, 'no inherited property is a key');
  });
});

describe('placeFieldMessages', () => {
  it('moves a top-level error onto the field of the shown step, after the field’s own messages', () => {
    const own: FlowMessage = { text: 'own', level: 'error' };
    const other = step('select-authenticator-authenticate', [field('authenticator')]);
    const { steps, messages } = placeFieldMessages(
      [step('challenge-authenticator', [field('credentials.passcode', [own])]), other],
      [wrongPassword, { text: 'Something else', level: 'error' }],
    );
    assert.deepEqual(steps[0].fields[0].messages, [own, wrongPassword]);
    assert.equal(steps[1], other, 'other steps are untouched');
    assert.deepEqual(messages, [{ text: 'Something else', level: 'error' }]);
  });

  it('leaves the message on the page when the shown step has no such field', () => {
    const shown = step('identify', [field('identifier')]);
    const { steps, messages } = placeFieldMessages([shown], [wrongPassword]);
    assert.equal(steps[0], shown);
    assert.deepEqual(messages, [wrongPassword]);
  });

  it('leaves the message on the page when there is no step (a terminal answer)', () => {
    assert.deepEqual(placeFieldMessages([], [wrongPassword]), { steps: [], messages: [wrongPassword] });
  });
});

describe('placeFieldMessages: one message per situation', () => {
  const invalidPhone: FlowMessage = { text: 'Invalid Phone Number.', key: 'api.factors.error.sms.invalid_phone', level: 'error' };

  it('says a page-level error once, beside the field that already carries it (Okta sends it at both levels)', () => {
    const shown = step('authenticator-enrollment-data', [field('authenticator.phoneNumber', [invalidPhone])]);
    const other: FlowMessage = { text: 'Something else', level: 'error' };
    const { steps, messages } = placeFieldMessages([shown], [invalidPhone, other]);
    assert.deepEqual(messages, [other]);
    assert.deepEqual(steps[0].fields[0].messages, [invalidPhone], 'not added twice to the field');
  });

  it('compares by words when a message has no key, and leaves notices on the page', () => {
    const plain: FlowMessage = { text: 'Invalid Phone Number.', level: 'error' };
    const shown = step('authenticator-enrollment-data', [field('authenticator.phoneNumber', [plain])]);
    assert.deepEqual(placeFieldMessages([shown], [plain]).messages, []);
    const info: FlowMessage = { ...plain, level: 'info' };
    assert.deepEqual(placeFieldMessages([shown], [info]).messages, [info]);
  });

  it('gives a rejected push’s message to the `resend` step whose view says it, not to the page', () => {
    const rejected: FlowMessage = { text: 'You have chosen to reject this login.', key: 'api.authn.poll.error.push_rejected', level: 'error' };
    const { steps, messages } = placeFieldMessages([step('resend', [])], [rejected]);
    assert.deepEqual(messages, []);
    assert.deepEqual(steps[0].messages, [rejected]);
    assert.deepEqual(placeFieldMessages([step('challenge-poll', [])], [rejected]).messages, [rejected], 'another step keeps it on the page');
  });
});
