// X-Okta-Request-Id and X-Rate-Limit-* on every answer outside /dev, counted per endpoint per minute,
// and Okta's 429 (E0000047) past the limit when the config enforces it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { endpointBucket, RateLimiter } from '../src/core/http/rate-limits.js';
import { APP_ORIGIN, ISSUER, ORIGIN, jsonRequest, newEmulator, send } from './helpers.js';

const MINUTE_START = 1_900_000_020_000; // a whole minute, in ms
const keys = () => new Request(`${ISSUER}/v1/keys`);

describe('X-Okta-Request-Id', () => {
  it('is on every answer outside /dev, Okta-like and different each time', async () => {
    const { emulator } = await newEmulator();
    const ids = new Set<string>();
    for (const request of [keys(), keys(), jsonRequest('/idp/idx/introspect', { stateHandle: 'x' }), new Request(`${ORIGIN}/nothing`)]) {
      const id = (await emulator.handle(request)).headers.get('x-okta-request-id');
      assert.match(id ?? '', /^[A-Za-z0-9_-]{20,}$/);
      ids.add(id!);
    }
    assert.equal(ids.size, 4);
  });

  it('is not on /dev answers (the emulator’s own API)', async () => {
    const { emulator } = await newEmulator();
    const response = await emulator.handle(new Request(`${ORIGIN}/dev/health`));
    assert.equal(response.headers.get('x-okta-request-id'), null);
    assert.equal(response.headers.get('x-rate-limit-limit'), null);
  });
});

describe('X-Rate-Limit-*', () => {
  it('counts per endpoint per minute from limits.requestsPerMinute, resetting at the next minute', async () => {
    const { emulator, clock } = await newEmulator({ limits: { requestsPerMinute: 3 } });
    clock.ms = MINUTE_START + 5_000;
    const first = await emulator.handle(keys());
    assert.equal(first.headers.get('x-rate-limit-limit'), '3');
    assert.equal(first.headers.get('x-rate-limit-remaining'), '2');
    assert.equal(first.headers.get('x-rate-limit-reset'), String(MINUTE_START / 1000 + 60));
    assert.equal((await emulator.handle(keys())).headers.get('x-rate-limit-remaining'), '1');
    // Another endpoint has its own count.
    const other = await emulator.handle(jsonRequest('/idp/idx/introspect', { stateHandle: 'x' }));
    assert.equal(other.headers.get('x-rate-limit-remaining'), '2');
    // A new minute starts a new count.
    clock.ms = MINUTE_START + 60_000;
    const later = await emulator.handle(keys());
    assert.equal(later.headers.get('x-rate-limit-remaining'), '2');
    assert.equal(later.headers.get('x-rate-limit-reset'), String(MINUTE_START / 1000 + 120));
  });

  it('by default only reports: past the limit the request is still served, with Remaining 0', async () => {
    const { emulator, clock } = await newEmulator({ limits: { requestsPerMinute: 1 } });
    clock.ms = MINUTE_START;
    await emulator.handle(keys());
    const past = await emulator.handle(keys());
    assert.equal(past.status, 200);
    assert.equal(past.headers.get('x-rate-limit-remaining'), '0');
  });

  it('with enforceRateLimits, a request past the limit answers 429 E0000047 (plain JSON, on IDX too)', async () => {
    const { emulator, clock } = await newEmulator({ limits: { requestsPerMinute: 2, enforceRateLimits: true }, trustedOrigins: [APP_ORIGIN] });
    clock.ms = MINUTE_START + 1_000;
    const introspect = () => jsonRequest('/idp/idx/introspect', { stateHandle: 'x' }, { origin: APP_ORIGIN });
    assert.equal((await emulator.handle(introspect())).status, 401);
    assert.equal((await emulator.handle(introspect())).status, 401);
    const limited = await send(emulator, introspect());
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('content-type'), 'application/json');
    assert.equal(limited.body.errorCode, 'E0000047');
    assert.equal(limited.body.errorSummary, 'API call exceeded rate limit due to too many requests.');
    assert.equal(limited.headers.get('x-rate-limit-remaining'), '0');
    assert.equal(limited.headers.get('x-rate-limit-limit'), '2');
    assert.equal(limited.headers.get('x-rate-limit-reset'), String(MINUTE_START / 1000 + 60));
    assert.equal(limited.headers.get('access-control-allow-origin'), APP_ORIGIN);
    assert.ok(limited.headers.get('x-okta-request-id'));
    // Other endpoints and the dev API are not affected; the next minute is served again.
    assert.equal((await emulator.handle(keys())).status, 200);
    assert.equal((await emulator.handle(new Request(`${ORIGIN}/dev/health`))).status, 200);
    clock.ms = MINUTE_START + 60_000;
    assert.equal((await emulator.handle(introspect())).status, 401);
  });

  it('POST /dev/reset starts the counts again', async () => {
    const { emulator, clock } = await newEmulator({ limits: { requestsPerMinute: 1, enforceRateLimits: true } });
    clock.ms = MINUTE_START;
    await emulator.handle(keys());
    assert.equal((await emulator.handle(keys())).status, 429);
    await emulator.handle(new Request(`${ORIGIN}/dev/reset`, { method: 'POST' }));
    assert.equal((await emulator.handle(keys())).status, 200);
  });

  it('unknown paths share one bucket, so a client cannot grow the table by inventing paths', async () => {
    const { emulator, clock } = await newEmulator({ limits: { requestsPerMinute: 5 } });
    clock.ms = MINUTE_START;
    let remaining = '';
    for (let i = 0; i < 3; i++) {
      remaining = (await emulator.handle(new Request(`${ORIGIN}/made-up/${crypto.randomUUID()}`))).headers.get('x-rate-limit-remaining')!;
    }
    assert.equal(remaining, '2');
    const isRoute = (p: string) => p === '/idp/idx/identify';
    assert.equal(endpointBucket('/idp/idx/identify', isRoute), '/idp/idx/identify');
    assert.equal(endpointBucket(`/idp/idx/${crypto.randomUUID()}`, isRoute), 'other');
    assert.equal(endpointBucket(`/oauth2/${crypto.randomUUID()}/v1/${crypto.randomUUID().slice(0, 8)}`, isRoute), 'other');
    // Okta shares one limit among custom authorization servers; the org server has its own.
    assert.equal(endpointBucket('/oauth2/default/v1/token', isRoute), endpointBucket('/oauth2/aus123/v1/token', isRoute));
    assert.notEqual(endpointBucket('/oauth2/v1/token', isRoute), endpointBucket('/oauth2/default/v1/token', isRoute));
  });

  it('keeps one counter per bucket for the current minute only', () => {
    let now = MINUTE_START;
    const limiter = new RateLimiter(10, () => now);
    for (let minute = 0; minute < 50; minute++) {
      now = MINUTE_START + minute * 60_000;
      limiter.count('a');
      limiter.count('b');
    }
    // 50 minutes of traffic: still two entries, each for the current minute.
    assert.equal((limiter as unknown as { windows: Map<string, unknown> }).windows.size, 2);
    assert.equal(limiter.peek('a').remaining, 9);
  });
});
