import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_RETRY_AFTER_MS, rateLimitEnds, retryAfterHeader, retryAfterTime } from '../../../src/state/retry-after.js';

const NOW = Date.parse('2026-11-30T12:00:00Z');

describe('Retry-After', () => {
  it('reads the header in any letter case, from a record or a Headers object', () => {
    assert.equal(retryAfterHeader({ 'retry-after': '5' }), '5');
    assert.equal(retryAfterHeader({ 'Retry-After': '6' }), '6');
    assert.equal(retryAfterHeader(new Headers({ 'Retry-After': '7' })), '7');
    assert.equal(retryAfterHeader({ other: '1' }), undefined);
    assert.equal(retryAfterHeader(undefined), undefined);
    assert.equal(retryAfterHeader('5'), undefined);
  });

  it('turns seconds into the time sending is allowed again', () => {
    assert.equal(retryAfterTime('30', NOW), NOW + 30_000);
    assert.equal(retryAfterTime(' 1 ', NOW), NOW + 1_000);
  });

  it('accepts an HTTP date', () => {
    assert.equal(retryAfterTime('Mon, 30 Nov 2026 12:00:20 GMT', NOW), NOW + 20_000);
  });

  it('ignores what is not a delay or a date, or is already past', () => {
    for (const value of [undefined, '', 'abc', '-5', '1.5', '0', 'Mon, 30 Nov 2026 11:59:00 GMT']) {
      assert.equal(retryAfterTime(value, NOW), undefined, String(value));
    }
  });

  it('never makes a person wait longer than the cap', () => {
    assert.equal(retryAfterTime('999999', NOW), NOW + MAX_RETRY_AFTER_MS);
  });

  it('for a 429: Retry-After first, else Okta’s X-Rate-Limit-Reset (epoch seconds)', () => {
    const reset = String(NOW / 1000 + 45);
    assert.equal(rateLimitEnds({ 'Retry-After': '5', 'X-Rate-Limit-Reset': reset }, NOW), NOW + 5000);
    assert.equal(rateLimitEnds({ 'x-rate-limit-reset': reset }, NOW), NOW + 45_000);
    assert.equal(rateLimitEnds({ 'x-rate-limit-reset': String(NOW / 1000 - 1) }, NOW), undefined, 'already past');
    assert.equal(rateLimitEnds({ 'x-rate-limit-reset': 'soon' }, NOW), undefined);
    assert.equal(rateLimitEnds({ 'x-rate-limit-reset': String(NOW / 1000 + 99999) }, NOW), NOW + MAX_RETRY_AFTER_MS);
    assert.equal(rateLimitEnds(undefined, NOW), undefined);
  });

  it('finds nothing, without throwing, in headers that are absent or not text', () => {
    assert.equal(retryAfterHeader(null), undefined);
    assert.equal(retryAfterHeader(new Headers()), undefined, 'Headers.get() answers null');
    assert.equal(retryAfterHeader({ 'Retry-After': 5 }), undefined);
    assert.equal(rateLimitEnds(new Headers(), NOW), undefined);
    assert.equal(rateLimitEnds(null, NOW), undefined);
    assert.equal(rateLimitEnds({ 'Retry-After': ['5'], 'X-Rate-Limit-Reset': 1 }, NOW), undefined);
  });

  it('reads a Retry-After that is neither delay-seconds nor an HTTP date as no wait (ISO, US, decimal dates)', () => {
    // Date.parse() accepts these, but RFC 9110 does not: a misread would block the form for a wrong time.
    for (const value of ['2026-11-30T12:00:20Z', '12/1/2026', '12.1.2026', '+20']) {
      assert.equal(retryAfterTime(value, NOW), undefined, value);
    }
  });

  it('reads X-Rate-Limit-Reset only as whole epoch seconds in the future', () => {
    const reset = NOW / 1000 + 45;
    assert.equal(rateLimitEnds({ 'x-rate-limit-reset': ` ${reset} ` }, NOW), NOW + 45_000, 'surrounding spaces are fine');
    for (const value of [`${reset}.5`, `+${reset}`, `${reset}.`, `${reset / 1000}e3`, `0x${reset.toString(16)}`]) {
      assert.equal(rateLimitEnds({ 'x-rate-limit-reset': value }, NOW), undefined, value);
    }
    assert.equal(rateLimitEnds({ 'x-rate-limit-reset': String(NOW / 1000) }, NOW), undefined, 'a reset that is now asks for no wait');
  });
});
