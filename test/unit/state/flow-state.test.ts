import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { initialFlowState } from '../../../src/state/flow-state.js';

describe('initialFlowState', () => {
  it('is starting: no step, no messages, no recovery offered, no answer yet', () => {
    assert.deepEqual(initialFlowState, { status: 'starting', steps: [], messages: [], canRecoverPassword: false, revision: 0 });
  });

  it('cannot be changed by whoever receives it', () => {
    assert.equal(Object.isFrozen(initialFlowState), true);
  });
});
