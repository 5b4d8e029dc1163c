import assert from 'node:assert/strict';
import { before, beforeEach, describe, it } from 'node:test';
import { createLocalJWKSet, jwtVerify } from 'jose';
import type { Emulator } from '../src/core/index.js';
import { CLIENT_ID, Clock, ORIGIN, newEmulator, send } from './helpers.js';
import { CONFIDENTIAL, SERVERS, basic, payloadOf, post, refresh, signInAt, tokensAt, userinfo } from './oauth-helpers.js';

const INVALID_REFRESH = { error: 'invalid_grant', error_description: 'The refresh token is invalid or expired.' };

describe('POST /v1/token (refresh_token)', () => {
  let emulator: Emulator;
  let clock: Clock;
  before(async () => {
    ({ emulator, clock } = await newEmulator({
      lifetimes: { refreshTokenSeconds: 600 },
      clients: [
        { clientId: CLIENT_ID, redirectUris: ['http://localhost:*/**'] },
        { clientId: 'other-app', redirectUris: ['http://localhost:*/**'] },
        { clientId: CONFIDENTIAL.clientId, clientSecret: CONFIDENTIAL.secret, redirectUris: ['http://localhost:*/**'] },
      ],
    }));
  });
  beforeEach(() => emulator.reset());

  it('issues a refresh token only with offline_access', async () => {
    assert.equal((await tokensAt(emulator, 'default', 'openid profile')).body.refresh_token, undefined);
    assert.equal(typeof (await tokensAt(emulator, 'default', 'openid offline_access')).body.refresh_token, 'string');
  });

  for (const server of ['default', 'org', 'custom'] as const) {
    it(`renews at the ${server} server: new tokens, a rotated refresh token, the old one refused`, async () => {
      const first = (await tokensAt(emulator, server)).body;
      clock.advance(5);
      const reply = await refresh(emulator, server, first.refresh_token);
      assert.equal(reply.status, 200);
      assert.equal(reply.headers.get('cache-control'), 'no-store');
      const body = reply.body;
      assert.deepEqual(Object.keys(body), ['token_type', 'expires_in', 'access_token', 'scope', 'refresh_token', 'id_token']);
      assert.equal(body.scope, 'openid profile email offline_access');
      assert.notEqual(body.access_token, first.access_token);
      assert.notEqual(body.refresh_token, first.refresh_token);

      const { issuer, base } = SERVERS[server];
      const jwks = createLocalJWKSet((await send(emulator, new Request(`${ORIGIN}${base}/keys`))).body);
      const { payload: id } = await jwtVerify(body.id_token, jwks, { issuer, audience: CLIENT_ID, currentDate: new Date(clock.now()) });
      const original = payloadOf(first.id_token);
      assert.equal(id.sub, original.sub);
      assert.equal(id.auth_time, original.auth_time, 'the sign-in time stays');
      assert.deepEqual(id.amr, original.amr);
      assert.equal(id.nonce, undefined, 'no nonce on a refreshed ID token');
      assert.equal(id.given_name, undefined, 'still thin');
      assert.equal((await userinfo(emulator, server, body.access_token)).status, 200);

      const stale = await refresh(emulator, server, first.refresh_token);
      assert.equal(stale.status, 400);
      assert.deepEqual(stale.body, INVALID_REFRESH);
      assert.equal((await refresh(emulator, server, body.refresh_token)).status, 200, 'the rotated one renews');
    });
  }

  it('lets only one of two concurrent refreshes with the same token succeed', async () => {
    const first = (await tokensAt(emulator, 'default')).body;
    const replies = await Promise.all([refresh(emulator, 'default', first.refresh_token), refresh(emulator, 'default', first.refresh_token)]);
    assert.deepEqual(replies.map((r) => r.status).sort(), [200, 400]);
  });

  it('does not burn a refresh token presented by another client', async () => {
    const first = (await tokensAt(emulator, 'default')).body;
    assert.equal((await refresh(emulator, 'default', first.refresh_token, { client_id: 'other-app' })).status, 400);
    assert.equal((await refresh(emulator, 'default', first.refresh_token)).status, 200);
  });

  it('narrows the scopes on request, never widens them', async () => {
    const first = (await tokensAt(emulator, 'default', 'openid email offline_access')).body;
    const narrowed = await refresh(emulator, 'default', first.refresh_token, { scope: 'openid offline_access' });
    assert.equal(narrowed.status, 200);
    assert.equal(narrowed.body.scope, 'openid offline_access');
    assert.deepEqual(payloadOf(narrowed.body.access_token).scp, ['openid', 'offline_access']);
    assert.equal(payloadOf(narrowed.body.id_token).email, undefined);
    // The rotated refresh token keeps the sign-in's scopes.
    const back = await refresh(emulator, 'default', narrowed.body.refresh_token, { scope: 'openid email offline_access' });
    assert.equal(back.status, 200);

    const wider = await refresh(emulator, 'default', back.body.refresh_token, { scope: 'openid profile offline_access' });
    assert.equal(wider.status, 400);
    assert.equal(wider.body.error, 'invalid_scope');
  });

  it('gives no ID token when openid is narrowed away', async () => {
    const first = (await tokensAt(emulator, 'default')).body;
    const reply = await refresh(emulator, 'default', first.refresh_token, { scope: 'offline_access' });
    assert.equal(reply.status, 200);
    assert.equal(reply.body.id_token, undefined);
  });

  it('binds the refresh token to its client and its authorization server', async () => {
    const first = (await tokensAt(emulator, 'default')).body;
    const otherClient = await refresh(emulator, 'default', first.refresh_token, { client_id: 'other-app' });
    assert.deepEqual(otherClient.body, INVALID_REFRESH);
    const otherServer = await refresh(emulator, 'custom', first.refresh_token);
    assert.deepEqual(otherServer.body, INVALID_REFRESH);
  });

  it('expires after lifetimes.refreshTokenSeconds, and each rotation starts a new lifetime', async () => {
    const first = (await tokensAt(emulator, 'default')).body;
    clock.advance(500);
    const rotated = (await refresh(emulator, 'default', first.refresh_token)).body;
    clock.advance(500);
    const renewed = await refresh(emulator, 'default', rotated.refresh_token);
    assert.equal(renewed.status, 200);
    clock.advance(601);
    assert.deepEqual((await refresh(emulator, 'default', renewed.body.refresh_token)).body, INVALID_REFRESH);
  });

  it('refuses an unknown or missing refresh token', async () => {
    assert.deepEqual((await refresh(emulator, 'default', 'made-up')).body, INVALID_REFRESH);
    const missing = await post(emulator, 'default', 'token', { client_id: CLIENT_ID, grant_type: 'refresh_token' });
    assert.equal(missing.status, 400);
    assert.equal(missing.body.error, 'invalid_request');
  });

  it('requires a confidential client’s secret on the refresh grant', async () => {
    const { code, verifier } = await signInAt(emulator, {
      interact: { client_id: CONFIDENTIAL.clientId, client_secret: CONFIDENTIAL.secret, scope: 'openid offline_access' },
    });
    const tokens = await post(emulator, 'default', 'token', {
      redirect_uri: 'http://localhost:8080/login/callback', grant_type: 'interaction_code', code_verifier: verifier, interaction_code: code,
    }, basic(CONFIDENTIAL.clientId, CONFIDENTIAL.secret));
    assert.equal(tokens.status, 200);
    const withoutSecret = await refresh(emulator, 'default', tokens.body.refresh_token, { client_id: CONFIDENTIAL.clientId });
    assert.equal(withoutSecret.status, 401);
    assert.equal(withoutSecret.body.error, 'invalid_client');
    const withSecret = await refresh(emulator, 'default', tokens.body.refresh_token, {
      client_id: CONFIDENTIAL.clientId, client_secret: CONFIDENTIAL.secret,
    });
    assert.equal(withSecret.status, 200);
  });
});
