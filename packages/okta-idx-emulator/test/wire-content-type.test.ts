// Okta serves every IDX answer as application/ion+json; okta-version=1.0.0, errors included
// (okta-idx-java's recorded responses); OAuth, /api/v1 and the emulator's /dev API stay application/json.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Emulator } from '../src/core/index.js';
import { ORIGIN, formRequest, interactParams, jsonRequest, newEmulator, pkcePair, send, start, submit } from './helpers.js';

const ION = 'application/ion+json; okta-version=1.0.0';

let emulator: Emulator;
before(async () => {
  ({ emulator } = await newEmulator());
});

describe('Content-Type as Okta serves it', () => {
  it('IDX 200 answers are ion+json', async () => {
    const { stateHandle } = await start(emulator);
    const reply = await send(emulator, jsonRequest('/idp/idx/introspect', { stateHandle }));
    assert.equal(reply.status, 200);
    assert.equal(reply.headers.get('content-type'), ION);
    const identified = await submit(emulator, stateHandle, '/idp/idx/identify', { identifier: 'demo@example.com' });
    assert.equal(identified.status, 200);
    assert.equal(identified.headers.get('content-type'), ION);
  });

  it('the 401 expired-session body is ion+json', async () => {
    const reply = await send(emulator, jsonRequest('/idp/idx/introspect', { stateHandle: 'no-such-handle' }));
    assert.equal(reply.status, 401);
    assert.equal(reply.headers.get('content-type'), ION);
    assert.equal(reply.body.messages.value[0].i18n.key, 'idx.session.expired');
  });

  it('a malformed IDX body answers 400 as ion+json', async () => {
    const reply = await send(emulator, new Request(`${ORIGIN}/idp/idx/identify`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json',
    }));
    assert.equal(reply.status, 400);
    assert.equal(reply.headers.get('content-type'), ION);
  });

  it('a refused IDX answer (4xx with a form) is ion+json', async () => {
    const { stateHandle } = await start(emulator);
    await submit(emulator, stateHandle, '/idp/idx/identify', { identifier: 'demo@example.com' });
    const reply = await submit(emulator, stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: 'wrong' } });
    assert.ok(reply.status >= 400 && reply.status < 500, String(reply.status));
    assert.equal(reply.headers.get('content-type'), ION);
  });

  it('OAuth, /api/v1 and /dev stay application/json', async () => {
    const { challenge } = await pkcePair();
    const interact = await send(emulator, formRequest('/oauth2/default/v1/interact', interactParams(challenge)));
    assert.equal(interact.headers.get('content-type'), 'application/json');
    const keys = await send(emulator, new Request(`${ORIGIN}/oauth2/default/v1/keys`));
    assert.equal(keys.headers.get('content-type'), 'application/json');
    const session = await emulator.handle(new Request(`${ORIGIN}/api/v1/sessions/me`));
    assert.match(session.headers.get('content-type') ?? 'application/json', /^application\/json/);
    const health = await send(emulator, new Request(`${ORIGIN}/dev/health`));
    assert.equal(health.headers.get('content-type'), 'application/json');
  });
});
