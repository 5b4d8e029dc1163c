import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Emulator } from '../src/core/index.js';
import { compilePattern, normaliseUrl } from '../src/core/model/patterns.js';
import { APP_ORIGIN, ORIGIN, formRequest, interactParams, jsonRequest, newEmulator, pkcePair, send } from './helpers.js';

describe('URL patterns', () => {
  const test = (pattern: string, candidate: string) => compilePattern(pattern).regex.test(candidate);

  it('* matches within one path segment (any port), ** across segments', () => {
    assert.ok(test('http://localhost:*', 'http://localhost:8080'));
    assert.ok(!test('http://localhost:*', 'http://localhost:8080/x'));
    assert.ok(test('http://localhost:*/**', 'http://localhost:8080/login/callback'));
    assert.ok(test('http://localhost:*/**', normaliseUrl('http://localhost:8080')!));
    assert.ok(!test('http://localhost:*/callback', 'http://localhost:8080/a/callback'));
    assert.ok(test('http://[::1]:*', 'http://[::1]:3000'));
  });

  it('is literal and case-sensitive elsewhere', () => {
    assert.ok(!test('http://localhost:*', 'http://localhostXevil.com:80'));
    assert.ok(!test('http://app.test', 'http://appXtest'));
    assert.ok(!test('http://localhost:*/Callback', 'http://localhost:1/callback'));
    assert.ok(!test('http://localhost:*', 'https://localhost:8080'));
  });
});

describe('CORS', () => {
  let emulator: Emulator;
  before(async () => {
    ({ emulator } = await newEmulator({ trustedOrigins: ['http://localhost:*'] }));
  });

  const preflight = (origin: string, path = '/idp/idx/introspect') =>
    new Request(ORIGIN + path, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-okta-user-agent-extended,x-custom',
      },
    });

  it('answers a trusted preflight with the echoed origin, credentials and the headers Okta allows', async () => {
    const response = await emulator.handle(preflight(APP_ORIGIN));
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), APP_ORIGIN);
    assert.equal(response.headers.get('access-control-allow-credentials'), 'true');
    assert.equal(response.headers.get('access-control-allow-methods'), 'GET, POST, DELETE, OPTIONS');
    const allowed = response.headers.get('access-control-allow-headers')!.split(', ');
    // What okta-auth-js 8 sends (and the widget: X-Requested-With, X-Device-Fingerprint).
    for (const h of ['accept', 'content-type', 'authorization', 'x-okta-user-agent-extended', 'dpop', 'x-requested-with']) {
      assert.ok(allowed.includes(h), h);
    }
    assert.ok(Number(response.headers.get('access-control-max-age')) > 0);
    assert.match(response.headers.get('vary')!, /Origin/);
  });

  it('does not echo a requested header Okta does not allow, so the browser refuses it as on an org', async () => {
    const response = await emulator.handle(preflight(APP_ORIGIN));
    const allowed = response.headers.get('access-control-allow-headers')!.toLowerCase().split(/,\s*/);
    assert.ok(!allowed.includes('x-custom'));
    assert.ok(!allowed.includes('*'));
  });

  it('exposes no response headers to cross-origin pages, as Okta (X-Rate-Limit-* stay unreadable there)', async () => {
    const { challenge } = await pkcePair();
    const reply = await send(emulator, formRequest('/oauth2/default/v1/interact', interactParams(challenge), { origin: APP_ORIGIN }));
    assert.equal(reply.status, 200);
    assert.ok(reply.headers.get('x-rate-limit-reset'));
    assert.equal(reply.headers.get('access-control-expose-headers'), null);
  });

  it('refuses an untrusted preflight with 403 and no CORS headers', async () => {
    const response = await emulator.handle(preflight('http://evil.example'));
    assert.equal(response.status, 403);
    assert.equal(response.headers.get('access-control-allow-origin'), null);
    assert.equal(response.headers.get('access-control-allow-credentials'), null);
  });

  it('refuses a POST from an untrusted origin with Okta E0000006 and no CORS headers', async () => {
    const { challenge } = await pkcePair();
    const reply = await send(emulator, formRequest('/oauth2/default/v1/interact', interactParams(challenge), { origin: 'http://127.0.0.1:8080' }));
    assert.equal(reply.status, 403);
    assert.equal(reply.body.errorCode, 'E0000006');
    assert.equal(reply.body.errorSummary, 'You do not have permission to perform the requested action');
    assert.deepEqual(reply.body.errorCauses, []);
    assert.equal(reply.headers.get('access-control-allow-origin'), null);
  });

  it('adds the exact origin (never *) to real responses from a trusted origin', async () => {
    const { challenge } = await pkcePair();
    const reply = await send(emulator, formRequest('/oauth2/default/v1/interact', interactParams(challenge), { origin: APP_ORIGIN }));
    assert.equal(reply.status, 200);
    assert.equal(reply.headers.get('access-control-allow-origin'), APP_ORIGIN);
    assert.equal(reply.headers.get('access-control-allow-credentials'), 'true');
    assert.equal(reply.headers.get('content-type'), 'application/json');
    assert.equal(reply.headers.get('cache-control'), 'no-store');
  });

  it('adds CORS headers to error responses too, so the browser can read them', async () => {
    const reply = await send(emulator, jsonRequest('/idp/idx/introspect', { interactionHandle: 'nope' }, { origin: APP_ORIGIN }));
    assert.equal(reply.status, 401);
    assert.equal(reply.headers.get('access-control-allow-origin'), APP_ORIGIN);
  });

  it('serves requests without Origin (server-side callers) without CORS headers', async () => {
    const response = await emulator.handle(new Request(ORIGIN + '/oauth2/default/v1/keys'));
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), null);
  });

  it('treats the emulator’s own origin as same-origin', async () => {
    const { emulator: strict } = await newEmulator({ trustedOrigins: [] });
    const response = await strict.handle(new Request(ORIGIN + '/dev/health', { headers: { origin: ORIGIN } }));
    assert.equal(response.status, 200);
    const other = await strict.handle(new Request(ORIGIN + '/dev/health', { headers: { origin: APP_ORIGIN } }));
    assert.equal(other.status, 403);
  });
});
