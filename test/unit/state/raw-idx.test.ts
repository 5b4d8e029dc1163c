import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolveJsonPath } from '../../../src/state/raw-idx.js';

/** The `relatesTo` paths IDX writes, against a response shaped like the server's. */
const response = {
  authenticators: { value: Array.from({ length: 12 }, (_, i) => ({ key: `key-${i}` })) },
  currentAuthenticator: { value: { key: 'okta_email', profile: null, displayName: 'Email' } },
};

describe('resolveJsonPath', () => {
  it('follows dotted names and indexes, of one digit or more', () => {
    assert.deepEqual(resolveJsonPath(response, '$.authenticators.value[3]'), { key: 'key-3' });
    assert.deepEqual(resolveJsonPath(response, '$.authenticators.value[11]'), { key: 'key-11' });
    assert.equal(resolveJsonPath(response, '$.currentAuthenticator.value.key'), 'okta_email');
  });

  it('reads only paths rooted at `$`', () => {
    assert.equal(resolveJsonPath(response, '.currentAuthenticator.value.key'), undefined);
    assert.equal(resolveJsonPath(response, 'currentAuthenticator'), undefined);
  });

  it('is undefined, never a throw, when the path runs past what is there', () => {
    assert.equal(resolveJsonPath(response, '$.enrollments.value[0]'), undefined, 'a missing branch');
    assert.equal(resolveJsonPath(response, '$.currentAuthenticator.value.profile.email'), undefined, 'through null');
    assert.equal(resolveJsonPath(response, '$.currentAuthenticator.value.displayName.length'), undefined, 'into a string');
    assert.equal(resolveJsonPath(response, '$.currentAuthenticator.value.key[0]'), undefined, 'into a string by index');
  });
});
