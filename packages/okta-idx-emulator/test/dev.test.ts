import assert from 'node:assert/strict';
import { before, beforeEach, describe, it } from 'node:test';
import type { Emulator } from '../src/core/index.js';
import { APP_ORIGIN, ISSUER, ORIGIN, jsonRequest, newEmulator, send, start } from './helpers.js';

const post = (path: string, body?: unknown, headers: Record<string, string> = {}) =>
  new Request(ORIGIN + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

let emulator: Emulator;
let logged: string[];
before(async () => {
  ({ emulator, logged } = await newEmulator());
});

describe('dev endpoints', () => {
  beforeEach(() => emulator.reset());

  it('GET /dev/health', async () => {
    const reply = await send(emulator, new Request(`${ORIGIN}/dev/health`));
    assert.equal(reply.status, 200);
    assert.deepEqual(reply.body, { ok: true });
  });

  for (const status of [500, 503]) {
    it(`POST /dev/fail-next {"status":${status}} fails exactly the next ordinary request`, async () => {
      assert.equal((await send(emulator, post('/dev/fail-next', { status }))).status, 200);
      // Dev calls and preflights do not consume the failure.
      assert.equal((await send(emulator, new Request(`${ORIGIN}/dev/health`))).status, 200);
      const preflight = await emulator.handle(new Request(`${ORIGIN}/idp/idx/introspect`, {
        method: 'OPTIONS', headers: { origin: APP_ORIGIN, 'access-control-request-method': 'POST' },
      }));
      assert.equal(preflight.status, 204);

      const failed = await send(emulator, new Request(`${ISSUER}/.well-known/openid-configuration`, { headers: { origin: APP_ORIGIN } }));
      assert.equal(failed.status, status);
      assert.equal(failed.body.errorCode, 'E0000009');
      assert.equal(failed.body.errorSummary, 'Internal Server Error');
      assert.equal(failed.body.errorLink, 'E0000009');
      assert.equal(typeof failed.body.errorId, 'string');
      assert.deepEqual(failed.body.errorCauses, []);
      assert.equal(failed.headers.get('access-control-allow-origin'), APP_ORIGIN);
      assert.equal((await send(emulator, new Request(`${ISSUER}/.well-known/openid-configuration`))).status, 200);
    });
  }

  it('refuses a non-5xx status for fail-next', async () => {
    const reply = await send(emulator, post('/dev/fail-next', { status: 404 }));
    assert.equal(reply.status, 400);
    assert.equal((await send(emulator, new Request(`${ORIGIN}/dev/health`))).status, 200);
  });

  it('reset() disarms a pending failure', async () => {
    await send(emulator, post('/dev/fail-next', {}));
    emulator.reset();
    assert.equal((await send(emulator, new Request(`${ISSUER}/v1/keys`))).status, 200);
  });

  it('POST /dev/reset forgets transactions', async () => {
    const { interactionHandle } = await start(emulator);
    assert.equal((await send(emulator, post('/dev/reset'))).status, 200);
    assert.equal((await send(emulator, jsonRequest('/idp/idx/introspect', { interactionHandle }))).status, 401);
  });
});

describe('routing and robustness', () => {

  it('answers unknown paths with a JSON 404', async () => {
    const reply = await send(emulator, new Request(`${ORIGIN}/nothing/here`));
    assert.equal(reply.status, 404);
    assert.equal(reply.headers.get('content-type'), 'application/json');
    assert.equal(reply.body.errorCode, 'E0000007');
  });

  it('answers a wrong method with 405 and Allow', async () => {
    const reply = await send(emulator, new Request(`${ISSUER}/v1/token`));
    assert.equal(reply.status, 405);
    assert.equal(reply.body.errorCode, 'E0000022');
    assert.match(reply.headers.get('allow')!, /POST/);
    const del = await send(emulator, new Request(`${ORIGIN}/idp/idx/identify`, { method: 'DELETE' }));
    assert.equal(del.status, 405);
  });

  it('serves HEAD like GET without a body', async () => {
    const response = await emulator.handle(new Request(`${ISSUER}/v1/keys`, { method: 'HEAD' }));
    assert.equal(response.status, 200);
    assert.equal(await response.text(), '');
  });

  it('turns an unexpected failure into Okta’s 500 body and logs it', async () => {
    const broken = new Request(`${ORIGIN}/idp/idx/identify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new ReadableStream({ pull: (controller) => controller.error(new Error('socket reset')) }),
      duplex: 'half',
    } as RequestInit);
    const reply = await send(emulator, broken);
    assert.equal(reply.status, 500);
    assert.equal(reply.body.errorCode, 'E0000009');
    assert.ok(logged.some((line) => line.includes('socket reset')));
  });
});

describe('fault injection: POST /dev/fail-next beyond 5xx', () => {
  beforeEach(() => emulator.reset());

  const keys = () => new Request(`${ISSUER}/v1/keys`);
  const arm = async (body: unknown) => {
    const reply = await send(emulator, post('/dev/fail-next', body));
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    return reply;
  };

  it('429 answers Okta’s plain E0000047 (application/json, not an IDX document) with X-Rate-Limit-Reset, on IDX too', async () => {
    const { clock, emulator: own } = await newEmulator();
    clock.ms = 1_900_000_000_500;
    assert.equal((await send(own, post('/dev/fail-next', { status: 429 }))).status, 200);
    const failed = await send(own, jsonRequest('/idp/idx/introspect', { interactionHandle: 'x' }, { origin: APP_ORIGIN }));
    assert.equal(failed.status, 429);
    assert.equal(failed.headers.get('content-type'), 'application/json');
    assert.equal(failed.body.errorCode, 'E0000047');
    assert.equal(failed.body.errorSummary, 'API call exceeded rate limit due to too many requests.');
    assert.equal(failed.body.errorLink, 'E0000047');
    assert.deepEqual(failed.body.errorCauses, []);
    assert.equal(failed.body.messages, undefined);
    assert.equal(failed.headers.get('x-rate-limit-remaining'), '0');
    assert.equal(failed.headers.get('x-rate-limit-limit'), '600');
    assert.equal(failed.headers.get('x-rate-limit-reset'), String(1_900_000_001 + 60)); // now (rounded up) + 60 s
    assert.equal(failed.headers.get('access-control-allow-origin'), APP_ORIGIN);
    assert.equal((await send(own, jsonRequest('/idp/idx/introspect', { interactionHandle: 'x' }))).status, 401);
  });

  it('429 with retryAfterSeconds sets X-Rate-Limit-Reset that far ahead', async () => {
    const { clock, emulator: own } = await newEmulator();
    clock.ms = 1_900_000_000_000;
    await send(own, post('/dev/fail-next', { status: 429, retryAfterSeconds: 5 }));
    const failed = await send(own, keys());
    assert.equal(failed.headers.get('x-rate-limit-reset'), String(1_900_000_005));
  });

  it('403 answers access denied in the shape of each endpoint: IDX document, OAuth error, Okta API error', async () => {
    await arm({ status: 403, count: 3 });
    const idx = await send(emulator, jsonRequest('/idp/idx/identify', { stateHandle: 'x', identifier: 'a' }));
    assert.equal(idx.status, 403);
    assert.equal(idx.headers.get('content-type'), 'application/ion+json; okta-version=1.0.0');
    assert.deepEqual(idx.body, {
      version: '1.0.0',
      messages: {
        type: 'array',
        value: [
          {
            message: 'You do not have permission to perform the requested action.',
            i18n: { key: 'security.access_denied' },
            class: 'ERROR',
          },
        ],
      },
    });
    const oauth = await send(emulator, keys());
    assert.equal(oauth.status, 403);
    assert.equal(oauth.headers.get('content-type'), 'application/json');
    assert.equal(oauth.body.error, 'access_denied');
    assert.equal(typeof oauth.body.error_description, 'string');
    const api = await send(emulator, new Request(`${ORIGIN}/api/v1/sessions/me`));
    assert.equal(api.status, 403);
    assert.equal(api.body.errorCode, 'E0000006');
    assert.equal((await send(emulator, keys())).status, 200);
  });

  it('count N fails exactly the next N ordinary requests', async () => {
    await arm({ status: 503, count: 2 });
    assert.equal((await send(emulator, keys())).status, 503);
    assert.equal((await send(emulator, new Request(`${ORIGIN}/dev/health`))).status, 200);
    assert.equal((await send(emulator, keys())).status, 503);
    assert.equal((await send(emulator, keys())).status, 200);
  });

  it('"every" fails until DELETE /dev/fail-next disarms it', async () => {
    const armed = await arm({ status: 429, count: 'every' });
    assert.equal(armed.body.count, 'every');
    for (let i = 0; i < 5; i++) assert.equal((await send(emulator, keys())).status, 429);
    const disarmed = await send(emulator, new Request(`${ORIGIN}/dev/fail-next`, { method: 'DELETE' }));
    assert.equal(disarmed.status, 200);
    assert.equal((await send(emulator, keys())).status, 200);
  });

  it('"every" is disarmed by POST /dev/reset', async () => {
    await arm({ status: 500, count: 'every' });
    assert.equal((await send(emulator, post('/dev/reset'))).status, 200);
    assert.equal((await send(emulator, keys())).status, 200);
  });

  it('path: only requests to that exact path count and fail', async () => {
    await arm({ status: 429, count: 1, path: '/idp/idx/identify' });
    assert.equal((await send(emulator, keys())).status, 200);
    const { stateHandle } = await start(emulator);
    const other = await send(emulator, jsonRequest('/idp/idx/introspect', { stateHandle }));
    assert.equal(other.status, 200);
    const failed = await send(emulator, jsonRequest('/idp/idx/identify', { stateHandle, identifier: 'demo@example.com' }));
    assert.equal(failed.status, 429);
    const next = await send(emulator, jsonRequest('/idp/idx/identify', { stateHandle, identifier: 'demo@example.com' }));
    assert.equal(next.status, 200);
  });

  it('keeps answering {"status": 503} as before', async () => {
    const reply = await arm({ status: 503 });
    assert.deepEqual({ ok: reply.body.ok, status: reply.body.status, count: reply.body.count }, { ok: true, status: 503, count: 1 });
  });

  const badBodies: [unknown, RegExp][] = [
    [{ status: 404 }, /'status'/],
    [{ status: 429.5 }, /'status'/],
    [{ status: '500' }, /'status'/],
    [{ count: 0 }, /'count'/],
    [{ count: 'all' }, /'count'/],
    [{ count: 1.5 }, /'count'/],
    [{ path: 'idp/idx/identify' }, /'path'/],
    [{ path: '/dev/health' }, /'path'/],
    [{ path: '/idp/idx/identify?x=1' }, /'path'/],
    [{ status: 500, retryAfterSeconds: 5 }, /'retryAfterSeconds'/],
    [{ status: 429, retryAfterSeconds: -1 }, /'retryAfterSeconds'/],
    [{ status: 429, retryAfterSeconds: 'soon' }, /'retryAfterSeconds'/],
    [{ stauts: 429 }, /'stauts'/],
  ];
  for (const [body, field] of badBodies) {
    it(`refuses ${JSON.stringify(body)} with 400 naming the field, and arms nothing`, async () => {
      const reply = await send(emulator, post('/dev/fail-next', body));
      assert.equal(reply.status, 400);
      assert.match(reply.body.error_description, field);
      assert.equal((await send(emulator, keys())).status, 200);
    });
  }

  it('refuses a body that is not a JSON object', async () => {
    const reply = await send(emulator, new Request(`${ORIGIN}/dev/fail-next`, { method: 'POST', body: '[1]' }));
    assert.equal(reply.status, 400);
  });
});
