import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import type { Emulator } from '../src/core/index.js';
import { CLIENT_ID, ORIGIN, REDIRECT_URI, newEmulator, send } from './helpers.js';
import { SERVERS, introspect, payloadOf, post, signInAt, tokensAt, userinfo, type ServerName } from './oauth-helpers.js';

const NAMES = Object.keys(SERVERS) as ServerName[];

describe('authorization servers: org, default and custom', () => {
  let emulator: Emulator;
  before(async () => {
    ({ emulator } = await newEmulator());
  });

  const discoveryOf = async (issuer: string, doc = 'openid-configuration') => {
    const reply = await send(emulator, new Request(`${issuer}/.well-known/${doc}`));
    assert.equal(reply.status, 200, `${issuer} ${doc}`);
    return reply.body;
  };

  it('serves each server’s discovery at its issuer, with its own endpoints', async () => {
    for (const name of NAMES) {
      const { issuer, base } = SERVERS[name];
      for (const doc of ['openid-configuration', 'oauth-authorization-server']) {
        const d = await discoveryOf(issuer, doc);
        assert.equal(d.issuer, issuer, name);
        for (const [key, endpoint] of Object.entries({
          token_endpoint: 'token', userinfo_endpoint: 'userinfo', jwks_uri: 'keys', introspection_endpoint: 'introspect',
          revocation_endpoint: 'revoke', end_session_endpoint: 'logout',
        })) {
          assert.equal(d[key], `${ORIGIN}${base}/${endpoint}`, `${name} ${key}`);
        }
      }
    }
  });

  it('lists exactly what is implemented, in Okta’s shape', async () => {
    const d = await discoveryOf(SERVERS.default.issuer);
    assert.deepEqual(d.grant_types_supported, ['interaction_code', 'refresh_token']);
    for (const key of ['token_endpoint_auth_methods_supported', 'revocation_endpoint_auth_methods_supported', 'introspection_endpoint_auth_methods_supported']) {
      assert.deepEqual(d[key], ['client_secret_basic', 'client_secret_post', 'none'], key);
    }
    assert.deepEqual(d.code_challenge_methods_supported, ['S256']);
    assert.equal(d.authorization_endpoint, undefined, 'no redirect flow is emulated');
    for (const claim of ['sub', 'name', 'email', 'preferred_username', 'at_hash', 'given_name', 'email_verified']) {
      assert.ok(d.claims_supported.includes(claim), claim);
    }
  });

  it('gives every server its own key and kid', async () => {
    const kids = new Set<string>();
    for (const name of NAMES) {
      const reply = await send(emulator, new Request(`${ORIGIN}${SERVERS[name].base}/keys`));
      assert.equal(reply.status, 200, name);
      assert.equal(reply.body.keys.length, 1);
      kids.add(reply.body.keys[0].kid);
    }
    assert.equal(kids.size, 3);
  });

  it('answers 404 for an authorization server that does not exist, naming it as Okta does', async () => {
    for (const path of ['/oauth2/aus-unknown/.well-known/openid-configuration', '/oauth2/aus-unknown/v1/keys']) {
      const reply = await send(emulator, new Request(ORIGIN + path));
      assert.equal(reply.status, 404, path);
      assert.equal(reply.body.errorCode, 'E0000007');
      assert.equal(reply.body.errorSummary, 'Not found: Resource not found: aus-unknown (AuthorizationServer)');
    }
    const interact = await send(emulator, new Request(`${ORIGIN}/oauth2/aus-unknown/v1/interact`, { method: 'POST' }));
    assert.equal(interact.status, 404);
  });

  for (const name of NAMES) {
    it(`signs in at the ${name} server: iss, aud, kid and the success href are that server’s`, async () => {
      const { issuer, base, audience } = SERVERS[name];
      const { code, verifier, success } = await signInAt(emulator, { server: name });
      assert.equal(success.successWithInteractionCode.href, `${ORIGIN}${base}/token`);
      const reply = await post(emulator, name, 'token', {
        client_id: CLIENT_ID, redirect_uri: REDIRECT_URI, grant_type: 'interaction_code', code_verifier: verifier, interaction_code: code,
      });
      assert.equal(reply.status, 200);
      const jwks = createLocalJWKSet((await send(emulator, new Request(`${ORIGIN}${base}/keys`))).body);
      const { payload: id } = await jwtVerify(reply.body.id_token, jwks, { issuer, audience: CLIENT_ID });
      assert.equal(id.sub, '00uDemoUser000000001');
      // Okta: the org server's access tokens are for the org's own APIs, so their audience is the org URL.
      const { payload: at } = await jwtVerify(reply.body.access_token, jwks, { issuer, audience });
      assert.equal(at.cid, CLIENT_ID);
      assert.equal(decodeProtectedHeader(reply.body.access_token).kid, decodeProtectedHeader(reply.body.id_token).kid);
    });
  }

  it('redeems a code only at the server that started the transaction', async () => {
    const { code, verifier } = await signInAt(emulator, { server: 'custom' });
    const reply = await post(emulator, 'default', 'token', {
      client_id: CLIENT_ID, redirect_uri: REDIRECT_URI, grant_type: 'interaction_code', code_verifier: verifier, interaction_code: code,
    });
    assert.equal(reply.status, 400);
    assert.equal(reply.body.error, 'invalid_grant');
  });

  it('refuses at userinfo and introspect a token of another server', async () => {
    const tokens = (await tokensAt(emulator, 'default')).body;
    assert.equal((await userinfo(emulator, 'default', tokens.access_token)).status, 200);
    for (const other of ['org', 'custom'] as const) {
      assert.equal((await userinfo(emulator, other, tokens.access_token)).status, 401, other);
      assert.deepEqual((await introspect(emulator, other, tokens.access_token)).body, { active: false }, other);
      assert.deepEqual((await introspect(emulator, other, tokens.refresh_token)).body, { active: false }, other);
    }
  });

  it('uses only the configured custom servers', async () => {
    const { emulator: custom } = await newEmulator({ authorizationServers: [{ id: 'ausOnly', audience: 'api://only' }] });
    assert.equal((await send(custom, new Request(`${ORIGIN}/oauth2/default/v1/keys`))).status, 404);
    const d = (await send(custom, new Request(`${ORIGIN}/oauth2/ausOnly/.well-known/openid-configuration`))).body;
    assert.equal(d.issuer, `${ORIGIN}/oauth2/ausOnly`);
    // The org server is always there.
    assert.equal((await send(custom, new Request(`${ORIGIN}/.well-known/openid-configuration`))).body.issuer, ORIGIN);
    const tokens = (await tokensAt(custom, 'org')).body;
    assert.equal(payloadOf(tokens.access_token).aud, ORIGIN);
  });
});
