import assert from 'node:assert/strict';
import { before, beforeEach, describe, it } from 'node:test';
import type { Emulator } from '../src/core/index.js';
import { CLIENT_ID, Clock, DEMO, formRequest, newEmulator } from './helpers.js';
import { CONFIDENTIAL, SERVERS, basic, introspect, payloadOf, post, refresh, revoke, tokensAt, userinfo } from './oauth-helpers.js';
import { TokenRegistry } from '../src/core/oauth/token-registry.js';

describe('POST /v1/revoke and /v1/introspect', () => {
  let emulator: Emulator;
  let clock: Clock;
  before(async () => {
    ({ emulator, clock } = await newEmulator({
      clients: [
        { clientId: CLIENT_ID, redirectUris: ['http://localhost:*/**'] },
        { clientId: 'other-app', redirectUris: ['http://localhost:*/**'] },
        { clientId: CONFIDENTIAL.clientId, clientSecret: CONFIDENTIAL.secret, redirectUris: ['http://localhost:*/**'] },
      ],
    }));
  });
  beforeEach(() => emulator.reset());

  it('introspects an active access token with Okta’s fields', async () => {
    const tokens = (await tokensAt(emulator, 'custom')).body;
    const reply = await introspect(emulator, 'custom', tokens.access_token, { token_type_hint: 'access_token' });
    assert.equal(reply.status, 200);
    const at = payloadOf(tokens.access_token);
    assert.deepEqual(reply.body, {
      active: true,
      scope: 'openid profile email offline_access',
      username: DEMO.identifier,
      exp: at.exp,
      iat: at.iat,
      sub: DEMO.identifier,
      aud: SERVERS.custom.audience,
      iss: SERVERS.custom.issuer,
      jti: at.jti,
      token_type: 'Bearer',
      client_id: CLIENT_ID,
      uid: '00uDemoUser000000001',
    });
  });

  it('introspects an active refresh token for its own client only', async () => {
    const tokens = (await tokensAt(emulator, 'default')).body;
    const mine = await introspect(emulator, 'default', tokens.refresh_token, { token_type_hint: 'refresh_token' });
    assert.equal(mine.body.active, true);
    assert.equal(mine.body.client_id, CLIENT_ID);
    assert.equal(mine.body.uid, '00uDemoUser000000001');
    assert.deepEqual((await introspect(emulator, 'default', tokens.refresh_token, { client_id: 'other-app' })).body, { active: false });
  });

  it('answers {active:false} for unknown, ID and expired tokens', async () => {
    const tokens = (await tokensAt(emulator, 'default')).body;
    for (const token of ['nonsense', tokens.id_token]) {
      assert.deepEqual((await introspect(emulator, 'default', token)).body, { active: false });
    }
    clock.advance(3601);
    assert.deepEqual((await introspect(emulator, 'default', tokens.access_token)).body, { active: false });
  });

  it('revokes an access token: userinfo answers 401, introspect says inactive, the refresh token still works', async () => {
    const tokens = (await tokensAt(emulator, 'default')).body;
    assert.equal((await userinfo(emulator, 'default', tokens.access_token)).status, 200);
    const reply = await emulator.handle(formRequest(`${SERVERS.default.base}/revoke`, {
      client_id: CLIENT_ID, token: tokens.access_token, token_type_hint: 'access_token',
    }));
    assert.equal(reply.status, 200);
    assert.equal(await reply.text(), '');
    const refused = await userinfo(emulator, 'default', tokens.access_token);
    assert.equal(refused.status, 401);
    assert.equal(refused.body.error, 'invalid_token');
    assert.deepEqual((await introspect(emulator, 'default', tokens.access_token)).body, { active: false });
    // Okta: revoking an access token does not revoke its refresh token.
    assert.equal((await introspect(emulator, 'default', tokens.refresh_token)).body.active, true);
    assert.equal((await refresh(emulator, 'default', tokens.refresh_token)).status, 200);
  });

  it('revokes a refresh token and the access tokens issued with it', async () => {
    const tokens = (await tokensAt(emulator, 'default')).body;
    const renewed = (await refresh(emulator, 'default', tokens.refresh_token)).body;
    assert.equal((await revoke(emulator, 'default', renewed.refresh_token, { token_type_hint: 'refresh_token' })).status, 200);
    assert.deepEqual((await introspect(emulator, 'default', renewed.refresh_token)).body, { active: false });
    assert.equal((await refresh(emulator, 'default', renewed.refresh_token)).status, 400);
    for (const access of [tokens.access_token, renewed.access_token]) {
      assert.equal((await userinfo(emulator, 'default', access)).status, 401);
    }
  });

  it('finds the token whatever the hint says', async () => {
    const tokens = (await tokensAt(emulator, 'default')).body;
    await revoke(emulator, 'default', tokens.refresh_token, { token_type_hint: 'access_token' });
    assert.equal((await refresh(emulator, 'default', tokens.refresh_token)).status, 400);
  });

  it('lets a client revoke only its own tokens, and answers 200 either way', async () => {
    const tokens = (await tokensAt(emulator, 'default')).body;
    for (const token of [tokens.access_token, tokens.refresh_token]) {
      assert.equal((await revoke(emulator, 'default', token, { client_id: 'other-app' })).status, 200);
    }
    assert.equal((await userinfo(emulator, 'default', tokens.access_token)).status, 200);
    assert.equal((await refresh(emulator, 'default', tokens.refresh_token)).status, 200);
    assert.equal((await revoke(emulator, 'default', 'not-a-token')).status, 200);
  });

  it('authenticates the client as the token endpoint does', async () => {
    const unknown = await revoke(emulator, 'default', 'x', { client_id: 'nobody' });
    assert.equal(unknown.status, 401);
    assert.equal(unknown.body.error, 'invalid_client');
    const noSecret = await introspect(emulator, 'default', 'x', { client_id: CONFIDENTIAL.clientId });
    assert.equal(noSecret.status, 401);
    const withBasic = await post(emulator, 'default', 'introspect', { token: 'x' }, basic(CONFIDENTIAL.clientId, CONFIDENTIAL.secret));
    assert.deepEqual(withBasic.body, { active: false });
    const missingToken = await revoke(emulator, 'default', '');
    assert.equal(missingToken.status, 400);
    assert.equal(missingToken.body.error, 'invalid_request');
  });
});

describe('TokenRegistry memory', () => {
  it('forgets a revocation once the token would have expired, and expired refresh tokens', () => {
    const registry = new TokenRegistry();
    const grant = { clientId: 'c', serverPath: '/oauth2/default', userId: 'u', scopes: ['openid'], authTime: 0, amr: ['pwd'], issuedAt: 0, expiresAt: 100 };
    registry.issueRefreshToken(grant, 'AT.1', 50, 0);
    registry.revokeAccessToken('AT.2', 60, 0);
    assert.deepEqual(registry.size, { refreshTokens: 1, revocations: 1 });
    registry.revokeAccessToken('AT.3', 200, 61);
    assert.equal(registry.isRevoked('AT.2'), false);
    assert.equal(registry.isRevoked('AT.3'), true);
    registry.issueRefreshToken({ ...grant, expiresAt: 300 }, 'AT.4', 150, 101);
    assert.deepEqual(registry.size, { refreshTokens: 1, revocations: 1 });
  });

  it('keeps at most its cap of refresh tokens, dropping the oldest', () => {
    const registry = new TokenRegistry(2);
    const grant = { clientId: 'c', serverPath: '', userId: 'u', scopes: [], authTime: 0, amr: [], issuedAt: 0, expiresAt: 1000 };
    const first = registry.issueRefreshToken(grant, 'AT.1', 10, 0);
    const second = registry.issueRefreshToken(grant, 'AT.2', 10, 0);
    registry.issueRefreshToken(grant, 'AT.3', 10, 0);
    assert.equal(registry.find(first, 1), undefined);
    assert.notEqual(registry.find(second, 1), undefined);
  });
});
