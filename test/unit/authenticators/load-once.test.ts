import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LoadOnce } from '../../../src/authenticators/load-once.js';

/** A fetch the test settles by hand, counting how often it was called. */
function controlledFetch() {
  const calls: { resolve(value: string): void; reject(error: Error): void }[] = [];
  const fetch = () => new Promise<string>((resolve, reject) => calls.push({ resolve, reject }));
  return { calls, fetch };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('LoadOnce', () => {
  it('fetches nothing until asked, then once for every caller', async () => {
    const { calls, fetch } = controlledFetch();
    const once = new LoadOnce(fetch);
    assert.equal(once.status, 'idle');
    const a = once.load();
    const b = once.load();
    assert.equal(a, b);
    assert.equal(once.status, 'loading');
    await flush();
    assert.equal(calls.length, 1);
    calls[0].resolve('modules');
    assert.equal(await a, 'modules');
    assert.equal(once.status, 'loaded');
    assert.equal(once.value, 'modules');
    assert.equal(await once.load(), 'modules');
    assert.equal(calls.length, 1, 'loaded: never fetched again');
  });

  it('after a failure says so and waits to be asked again, then fetches again', async () => {
    const { calls, fetch } = controlledFetch();
    const once = new LoadOnce(fetch);
    const first = once.load();
    await flush();
    calls[0].reject(new Error('network'));
    await assert.rejects(first, /network/);
    assert.equal(once.status, 'failed');
    assert.equal(once.value, undefined);
    await flush();
    assert.equal(calls.length, 1, 'a failure is not retried by itself');
    const second = once.load();
    assert.equal(once.status, 'loading');
    await flush();
    assert.equal(calls.length, 2);
    calls[1].resolve('modules');
    assert.equal(await second, 'modules');
    assert.equal(once.status, 'loaded');
  });

  it('treats a fetch that throws at once as a failed load', async () => {
    const once = new LoadOnce<string>(() => {
      throw new Error('no import()');
    });
    await assert.rejects(once.load(), /no import/);
    assert.equal(once.status, 'failed');
  });
});
