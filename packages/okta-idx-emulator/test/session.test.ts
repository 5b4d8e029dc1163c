import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Emulator } from '../src/core/index.js';
import { CLIENT_ID, ISSUER, ORIGIN, exchange, formRequest, newEmulator, send, signIn } from './helpers.js';
import { refresh, signInAt } from './oauth-helpers.js';

describe('userinfo, revoke, logout, sessions', () => {
  let emulator: Emulator;
  let tokens: { access_token: string; id_token: string };
  before(async () => {
    ({ emulator } = await newEmulator());
    const { code, verifier } = await signIn(emulator);
    tokens = (await exchange(emulator, code, verifier)).body;
  });

  it('GET /v1/userinfo returns the scoped claims for a valid access token', async () => {
    const reply = await send(emulator, new Request(`${ISSUER}/v1/userinfo`, { headers: { authorization: `Bearer ${tokens.access_token}` } }));
    assert.equal(reply.status, 200);
    assert.equal(reply.body.sub, '00uDemoUser000000001');
    assert.equal(reply.body.email, 'demo@example.com');
    assert.equal(reply.body.given_name, 'Dana');
  });

  it('GET /v1/userinfo gives the profile the thin ID token leaves out, by scope', async () => {
    const reply = await send(emulator, new Request(`${ISSUER}/v1/userinfo`, { headers: { authorization: `Bearer ${tokens.access_token}` } }));
    const { updated_at: updatedAt, ...claims } = reply.body;
    assert.equal(typeof updatedAt, 'number');
    assert.deepEqual(claims, {
      sub: '00uDemoUser000000001',
      name: 'Dana Demo',
      locale: 'en_US',
      preferred_username: 'demo@example.com',
      given_name: 'Dana',
      family_name: 'Demo',
      email: 'demo@example.com',
      email_verified: true,
    });
    const emailOnly = await signInAt(emulator, { interact: { scope: 'openid email' } });
    const narrow = (await exchange(emulator, emailOnly.code, emailOnly.verifier)).body;
    const limited = await send(emulator, new Request(`${ISSUER}/v1/userinfo`, { headers: { authorization: `Bearer ${narrow.access_token}` } }));
    assert.deepEqual(limited.body, { sub: '00uDemoUser000000001', email: 'demo@example.com', email_verified: true });
  });

  it('answers 403 insufficient_scope at userinfo for an access token without openid', async () => {
    const offline = await signInAt(emulator, { interact: { scope: 'openid offline_access' } });
    const first = (await exchange(emulator, offline.code, offline.verifier)).body;
    const noOpenid = (await refresh(emulator, 'default', first.refresh_token, { scope: 'offline_access' })).body;
    const reply = await send(emulator, new Request(`${ISSUER}/v1/userinfo`, { headers: { authorization: `Bearer ${noOpenid.access_token}` } }));
    assert.equal(reply.status, 403);
    assert.equal(reply.body.error, 'insufficient_scope');
  });

  it('refuses userinfo without a valid token', async () => {
    for (const authorization of ['', 'Bearer nope', `Bearer ${tokens.id_token}`]) {
      const reply = await send(emulator, new Request(`${ISSUER}/v1/userinfo`, { headers: authorization ? { authorization } : {} }));
      assert.equal(reply.status, 401);
      assert.equal(reply.body.error, 'invalid_token');
      assert.match(reply.headers.get('www-authenticate')!, /invalid_token/);
    }
  });

  it('refuses a token signed by another emulator instance', async () => {
    const { emulator: other } = await newEmulator();
    const reply = await send(other, new Request(`${ISSUER}/v1/userinfo`, { headers: { authorization: `Bearer ${tokens.access_token}` } }));
    assert.equal(reply.status, 401);
  });

  it('POST /v1/revoke answers 200 for a known client, 401 otherwise', async () => {
    const ok = await emulator.handle(formRequest('/oauth2/default/v1/revoke', { client_id: CLIENT_ID, token: 'not-a-token' }));
    assert.equal(ok.status, 200);
    assert.equal(await ok.text(), '');
    const bad = await send(emulator, formRequest('/oauth2/default/v1/revoke', { client_id: 'x', token: 't' }));
    assert.equal(bad.status, 401);
  });

  it('GET /v1/logout redirects to a registered post-logout URI with the state', async () => {
    const url = new URL(`${ISSUER}/v1/logout`);
    url.searchParams.set('id_token_hint', tokens.id_token);
    url.searchParams.set('post_logout_redirect_uri', 'http://localhost:8080/');
    url.searchParams.set('state', 'bye');
    const response = await emulator.handle(new Request(url));
    assert.equal(response.status, 302);
    assert.equal(response.headers.get('location'), 'http://localhost:8080/?state=bye');
  });

  it('refuses an unregistered post-logout URI or a forged hint', async () => {
    const url = new URL(`${ISSUER}/v1/logout`);
    url.searchParams.set('id_token_hint', tokens.id_token);
    url.searchParams.set('post_logout_redirect_uri', 'https://evil.example/');
    assert.equal((await emulator.handle(new Request(url))).status, 400);
    url.searchParams.set('id_token_hint', tokens.id_token.slice(0, -4) + 'AAAA');
    url.searchParams.set('post_logout_redirect_uri', 'http://localhost:8080/');
    assert.equal((await emulator.handle(new Request(url))).status, 400);
  });

  it('/api/v1/sessions/me answers like Okta without a session', async () => {
    const reply = await send(emulator, new Request(`${ORIGIN}/api/v1/sessions/me`, { method: 'DELETE' }));
    assert.equal(reply.status, 404);
    assert.equal(reply.body.errorCode, 'E0000007');
  });
});
