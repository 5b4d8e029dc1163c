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
