import assert from 'node:assert/strict';
import { before, beforeEach, describe, it } from 'node:test';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import type { Emulator } from '../src/core/index.js';
import {
  CLIENT_ID,
  Clock,
  DEMO,
  ISSUER,
  ORIGIN,
  exchange,
  formRequest,
  newEmulator,
  send,
  signIn,
} from './helpers.js';

const INVALID_CODE = { error: 'invalid_grant', error_description: 'The interaction code is invalid or has expired.' };

async function atHash(accessToken: string) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(accessToken)));
  return Buffer.from(digest.slice(0, 16)).toString('base64url');
}

describe('POST /v1/token (interaction_code)', () => {
  let emulator: Emulator;
  let clock: Clock;
  before(async () => {
    ({ emulator, clock } = await newEmulator({ lifetimes: { interactionCodeSeconds: 60 } }));
  });
  beforeEach(() => emulator.reset());

  it('issues tokens without `state`, and the ID token verifies against /v1/keys', async () => {
    const { code, verifier, nonce } = await signIn(emulator);
    const reply = await exchange(emulator, code, verifier);
    assert.equal(reply.status, 200);
    assert.equal(reply.headers.get('cache-control'), 'no-store');
    const body = reply.body;
    assert.equal('state' in body, false);
    assert.equal(body.token_type, 'Bearer');
    assert.equal(body.expires_in, 3600);
    assert.equal(body.scope, 'openid profile email');
    assert.equal(body.refresh_token, undefined);

    const keys = await send(emulator, new Request(`${ISSUER}/v1/keys`));
    const jwks = createLocalJWKSet(keys.body);
    const currentDate = new Date(clock.now());
    assert.equal(decodeProtectedHeader(body.id_token).kid, emulator.kid);
    const { payload: id } = await jwtVerify(body.id_token, jwks, { issuer: ISSUER, audience: CLIENT_ID, algorithms: ['RS256'], currentDate });
    assert.equal(id.nonce, nonce);
    assert.equal(id.at_hash, await atHash(body.access_token));
    assert.equal(id.sub, '00uDemoUser000000001');
    assert.deepEqual(id.amr, ['pwd']);
    assert.equal(id.ver, 1);
    assert.equal(typeof id.jti, 'string');
    assert.equal(typeof id.idp, 'string');
    assert.equal(id.exp! - id.iat!, 3600);
    assert.ok(Math.abs(id.auth_time as number - clock.now() / 1000) < 5);
    assert.equal(id.name, 'Dana Demo');
    assert.equal(id.preferred_username, DEMO.identifier);
    assert.equal(id.email, 'demo@example.com');
    // Thin, as Okta's interaction-code ID token (token-response.json of the captured orgs): exactly these claims.
    assert.deepEqual(Object.keys(id), [
      'sub', 'name', 'email', 'ver', 'iss', 'aud', 'iat', 'exp', 'jti', 'amr', 'idp', 'nonce', 'preferred_username', 'auth_time', 'at_hash',
    ]);

    const { payload: at } = await jwtVerify(body.access_token, jwks, { issuer: ISSUER, audience: 'api://default', currentDate });
    assert.equal(at.cid, CLIENT_ID);
    assert.equal(at.uid, '00uDemoUser000000001');
    assert.equal(at.sub, DEMO.identifier);
    assert.deepEqual(at.scp, ['openid', 'profile', 'email']);
    assert.deepEqual(Object.keys(at), ['ver', 'jti', 'iss', 'aud', 'iat', 'exp', 'cid', 'uid', 'scp', 'sub']);
    assert.equal(typeof at.jti, 'string');
  });

  it('puts only the claims the scopes allow in the ID token, and a refresh token for offline_access', async () => {
    const { code, verifier } = await signIn(emulator, DEMO.identifier, DEMO.password, { scope: 'openid offline_access' });
    const { body } = await exchange(emulator, code, verifier);
    assert.equal(typeof body.refresh_token, 'string');
    assert.equal(body.scope, 'openid offline_access');
    const { payload } = await jwtVerify(body.id_token, createLocalJWKSet((await send(emulator, new Request(`${ISSUER}/v1/keys`))).body), {
      currentDate: new Date(clock.now()),
    });
    for (const claim of ['name', 'preferred_username', 'email', 'email_verified', 'given_name']) assert.equal(payload[claim], undefined, claim);
  });

  it('refuses a PKCE verifier that does not match the challenge', async () => {
    const { code } = await signIn(emulator);
    const reply = await exchange(emulator, code, 'x'.repeat(43));
    assert.equal(reply.status, 400);
    assert.deepEqual(reply.body, { error: 'invalid_grant', error_description: 'PKCE verification failed.' });
  });

  it('burns the code on a failed attempt, so the right verifier cannot use it afterwards', async () => {
    const { code, verifier } = await signIn(emulator);
    assert.equal((await exchange(emulator, code, 'y'.repeat(43))).status, 400);
    const retry = await exchange(emulator, code, verifier);
    assert.equal(retry.status, 400);
    assert.deepEqual(retry.body, INVALID_CODE);
  });

  it('refuses a code that was already redeemed', async () => {
    const { code, verifier } = await signIn(emulator);
    assert.equal((await exchange(emulator, code, verifier)).status, 200);
    const again = await exchange(emulator, code, verifier);
    assert.equal(again.status, 400);
    assert.deepEqual(again.body, INVALID_CODE);
  });

  it('refuses an expired code (lifetimes.interactionCodeSeconds)', async () => {
    const { code, verifier } = await signIn(emulator);
    clock.advance(61);
    const reply = await exchange(emulator, code, verifier);
    assert.equal(reply.status, 400);
    assert.deepEqual(reply.body, INVALID_CODE);
  });

  it('accepts a code just before it expires', async () => {
    const { code, verifier } = await signIn(emulator);
    clock.advance(59);
    assert.equal((await exchange(emulator, code, verifier)).status, 200);
  });

  it('refuses codes expired through /dev/transactions/expire', async () => {
    const { code, verifier } = await signIn(emulator);
    await send(emulator, new Request(`${ORIGIN}/dev/transactions/expire`, { method: 'POST' }));
    assert.deepEqual((await exchange(emulator, code, verifier)).body, INVALID_CODE);
  });

  it('refuses an unknown code', async () => {
    const reply = await exchange(emulator, 'made-up-code', 'z'.repeat(43));
    assert.equal(reply.status, 400);
    assert.deepEqual(reply.body, INVALID_CODE);
  });

  it('refuses an unknown client with 401 invalid_client', async () => {
    const { code, verifier } = await signIn(emulator);
    const reply = await exchange(emulator, code, verifier, { client_id: 'not-a-client' });
    assert.equal(reply.status, 401);
    assert.equal(reply.body.error, 'invalid_client');
  });

  it('refuses a code presented by another registered client', async () => {
    const { emulator: twoClients } = await newEmulator({
      clients: [
        { clientId: CLIENT_ID, redirectUris: ['http://localhost:*/**'] },
        { clientId: 'other-app', redirectUris: ['http://localhost:*/**'] },
      ],
    });
    const { code, verifier } = await signIn(twoClients);
    const reply = await exchange(twoClients, code, verifier, { client_id: 'other-app' });
    assert.deepEqual(reply.body, INVALID_CODE);
  });

  it('refuses a redirect_uri different from the one sent to /interact', async () => {
    const { code, verifier } = await signIn(emulator);
    const reply = await exchange(emulator, code, verifier, { redirect_uri: 'http://localhost:8080/other' });
    assert.equal(reply.status, 400);
    assert.equal(reply.body.error, 'invalid_grant');
  });

  it('refuses other grant types', async () => {
    for (const grant of ['authorization_code', 'password', 'client_credentials', 'implicit']) {
      const reply = await send(emulator, formRequest('/oauth2/default/v1/token', { client_id: CLIENT_ID, grant_type: grant }));
      assert.equal(reply.status, 400, grant);
      assert.equal(reply.body.error, 'unsupported_grant_type', grant);
    }
  });

  it('signs with the issuer of the host the client used', async () => {
    const { code, verifier } = await signIn(emulator);
    const reply = await send(emulator, new Request('http://127.0.0.1:4999/oauth2/default/v1/token', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: CLIENT_ID, redirect_uri: 'http://localhost:8080/login/callback', grant_type: 'interaction_code', code_verifier: verifier, interaction_code: code }),
    }));
    const payload = JSON.parse(Buffer.from(reply.body.id_token.split('.')[1], 'base64url').toString());
    assert.equal(payload.iss, 'http://127.0.0.1:4999/oauth2/default');
  });
});
