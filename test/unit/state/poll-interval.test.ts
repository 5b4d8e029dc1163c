import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_POLL_MS, MAX_POLL_MS, MIN_POLL_MS, pollInterval } from '../../../src/state/poll-interval.js';

describe('pollInterval', () => {
  it('uses the server’s refresh within 1–60 s, as a number or as numeric text', () => {
    assert.equal(pollInterval(2500), 2500);
    assert.equal(pollInterval(' 2500 '), 2500);
    assert.equal(pollInterval(1), MIN_POLL_MS);
    assert.equal(pollInterval('3e9'), MAX_POLL_MS);
  });

  it('waits the default when the refresh is blank text, not "poll at once"', () => {
    // Number('') and Number('  ') are 0, which would poll every second.
    assert.equal(pollInterval(''), DEFAULT_POLL_MS);
    assert.equal(pollInterval('   '), DEFAULT_POLL_MS);
  });

  it('waits the default when the refresh is not a number at all', () => {
    for (const refresh of ['abc', true, [], {}, null, undefined, NaN, -Infinity]) {
      assert.equal(pollInterval(refresh), DEFAULT_POLL_MS, String(refresh));
    }
  });
});
