import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as states from '../../fixtures/flow-states.js';
import { markOf, moveFor, nextRecord, offered, recordIn, replacedRecord, type HistoryRecord, type StepMark } from '../../../src/flow/history-moves.js';
import type { FlowState } from '../../../src/state/flow-state.js';

const IDENTIFY: StepMark = { step: 'identify' };
const PASSWORD: StepMark = { step: 'challenge-authenticator', authenticator: 'okta_password' };
const LIST: StepMark = { step: 'select-authenticator-authenticate' };
const EMAIL: StepMark = { step: 'challenge-authenticator', authenticator: 'okta_email' };
const SEND: StepMark = { step: 'authenticator-verification-data', authenticator: 'okta_email' };

/** The record of entry `n` of a flow that went through `marks`. */
const at = (n: number, ...marks: StepMark[]): HistoryRecord => ({ n, trail: marks });

/** The email challenge with the list shown beside it (after Back). */
const listBesideEmail: FlowState = states.chooseAnother;

describe('history moves (what Back and Forward do to the flow)', () => {
  it('names a step by its remediation and authenticator, only while the person can act on it', () => {
    assert.deepEqual(markOf(states.challengeEmail), EMAIL);
    assert.deepEqual(markOf(states.identify), IDENTIFY);
    assert.equal(markOf(states.identifySubmitting), undefined);
    assert.equal(markOf(states.starting), undefined);
    assert.equal(markOf(states.expired), undefined);
  });

  it('Back from a challenge to the list the challenge still offers: shown with no request', () => {
    assert.equal(offered(states.challengeEmail, LIST), true);
    assert.deepEqual(moveFor(at(1, IDENTIFY, LIST, EMAIL), 2, EMAIL, states.challengeEmail), { kind: 'show', step: LIST.step });
  });

  it('Forward from the list to the challenge it was shown beside: shown again with no request', () => {
    assert.deepEqual(moveFor(at(2, IDENTIFY, LIST, EMAIL), 1, LIST, listBesideEmail), { kind: 'show', step: EMAIL.step });
  });

  it('the entry of the step on screen: nothing to do', () => {
    assert.deepEqual(moveFor(at(2, IDENTIFY, LIST, EMAIL), 2, EMAIL, states.challengeEmail), { kind: 'none' });
  });

  it('Back from the list (or a password) to the username: only by cancelling, so the person is asked', () => {
    assert.deepEqual(moveFor(at(0, IDENTIFY), 1, LIST, listBesideEmail), { kind: 'ask' });
    assert.deepEqual(moveFor(at(0, IDENTIFY), 1, PASSWORD, states.challengePassword), { kind: 'ask' });
    assert.deepEqual(moveFor(at(1, IDENTIFY, PASSWORD), 2, LIST, listBesideEmail), { kind: 'ask' });
  });

  it('Back to a step gone (the "Send me an email" step before the code) goes on to the nearest earlier one offered', () => {
    assert.deepEqual(moveFor(at(2, IDENTIFY, LIST, SEND, EMAIL), 3, EMAIL, states.challengeEmail), { kind: 'go', by: -1 });
  });

  it('Forward over a step that is gone (after Back from the code to the list) goes on to the code, still offered', () => {
    assert.deepEqual(moveFor(at(3, IDENTIFY, PASSWORD, LIST, SEND), 2, LIST, listBesideEmail, [EMAIL]), { kind: 'go', by: 1 });
    assert.deepEqual(moveFor(at(3, IDENTIFY, PASSWORD, LIST, SEND), 2, LIST, listBesideEmail, []), { kind: 'undo', by: -1 });
  });

  it('Forward to a step only a request could bring back: the browser returns, nothing is replayed', () => {
    assert.deepEqual(moveFor(at(2, IDENTIFY, PASSWORD, LIST), 0, IDENTIFY, states.identify), { kind: 'undo', by: -2 });
  });

  it('Back from a first step loses nothing at the server: the page has it; the server’s own way back is used where offered', () => {
    assert.deepEqual(moveFor(at(0, EMAIL), 1, IDENTIFY, states.identify), { kind: 'ignore' });
    const registering: FlowState = { ...states.identify, step: { name: 'enroll-profile', fields: [], fixed: {} }, steps: [
      { name: 'enroll-profile', fields: [], fixed: {} },
      { name: 'select-identify', fields: [], fixed: {} },
    ] };
    assert.deepEqual(moveFor(at(0, IDENTIFY), 1, { step: 'enroll-profile' }, registering), { kind: 'step', step: 'select-identify' });
  });

  it('while a request is in flight nothing moves; after an end, Back starts a new sign-in and Forward does nothing', () => {
    assert.deepEqual(moveFor(at(0, IDENTIFY), 1, EMAIL, states.challengeEmailSubmitting), { kind: 'ignore' });
    assert.deepEqual(moveFor(at(0, IDENTIFY), 1, EMAIL, states.expired), { kind: 'restart' });
    assert.deepEqual(moveFor(at(2, IDENTIFY, LIST, EMAIL), 1, LIST, states.expired), { kind: 'ignore' });
  });

  it('records: a new entry drops the steps after the current one; a replaced one keeps those before it', () => {
    assert.deepEqual(nextRecord(undefined, IDENTIFY), at(0, IDENTIFY));
    assert.deepEqual(nextRecord(at(1, IDENTIFY, LIST, EMAIL), PASSWORD), at(2, IDENTIFY, LIST, PASSWORD));
    assert.deepEqual(replacedRecord(at(1, IDENTIFY, LIST, EMAIL), IDENTIFY), at(1, IDENTIFY, IDENTIFY));
  });

  it('reads its own record from history.state beside an app’s keys, and nothing else', () => {
    assert.deepEqual(recordIn({ usr: 1, oktaFlow: at(0, IDENTIFY) }), at(0, IDENTIFY));
    assert.equal(recordIn(null), undefined);
    assert.equal(recordIn({ usr: 1 }), undefined);
    assert.equal(recordIn({ oktaFlow: { n: 3, trail: [IDENTIFY] } }), undefined);
  });
});
