import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Emulator } from '../src/core/index.js';
import { ISSUER, ORIGIN, formRequest, interactParams, newEmulator, pkcePair, send } from './helpers.js';

let emulator: Emulator;
before(async () => {
  ({ emulator } = await newEmulator());
});

describe('discovery and keys', () => {

  it('serves discovery with absolute URLs for the host the client used', async () => {
    const reply = await send(emulator, new Request('http://127.0.0.1:5123/oauth2/default/.well-known/openid-configuration'));
    assert.equal(reply.status, 200);
    const d = reply.body;
    assert.equal(d.issuer, 'http://127.0.0.1:5123/oauth2/default');
    assert.equal(d.jwks_uri, 'http://127.0.0.1:5123/oauth2/default/v1/keys');
    assert.equal(d.token_endpoint, 'http://127.0.0.1:5123/oauth2/default/v1/token');
    assert.deepEqual(d.code_challenge_methods_supported, ['S256']);
    assert.deepEqual(d.id_token_signing_alg_values_supported, ['RS256']);
    assert.ok(d.grant_types_supported.includes('interaction_code'));
    for (const k of ['userinfo_endpoint', 'end_session_endpoint', 'revocation_endpoint', 'introspection_endpoint']) {
      assert.ok(d[k].startsWith('http://127.0.0.1:5123/oauth2/default/v1/'), k);
    }
  });

  it('publishes only the public signing key, with the emulator’s kid', async () => {
    const reply = await send(emulator, new Request(`${ISSUER}/v1/keys`));
    assert.equal(reply.status, 200);
    assert.equal(reply.body.keys.length, 1);
    const [key] = reply.body.keys;
    assert.deepEqual(Object.keys(key).sort(), ['alg', 'e', 'kid', 'kty', 'n', 'use']);
    assert.equal(key.kid, emulator.kid);
    assert.equal(key.alg, 'RS256');
    assert.equal(key.use, 'sig');
    for (const privatePart of ['d', 'p', 'q', 'dp', 'dq', 'qi']) assert.equal(key[privatePart], undefined);
  });

  it('uses a new kid for every emulator instance', async () => {
    const { emulator: other } = await newEmulator();
    assert.notEqual(other.kid, emulator.kid);
  });
});

describe('POST /v1/interact', () => {
  let challenge: string;
  before(async () => {
    ({ challenge } = await pkcePair());
  });
  const interact = (overrides: Record<string, string>, drop: string[] = []) => {
    const params = interactParams(challenge, overrides) as Record<string, string>;
    for (const key of drop) delete params[key];
    return send(emulator, formRequest('/oauth2/default/v1/interact', params));
  };

  it('returns an interaction handle', async () => {
    const reply = await interact({});
    assert.equal(reply.status, 200);
    assert.deepEqual(Object.keys(reply.body), ['interaction_handle']);
    assert.ok(reply.body.interaction_handle.length >= 40);
  });

  it('refuses an unknown client with 401 invalid_client', async () => {
    const reply = await interact({ client_id: 'someone-else' });
    assert.equal(reply.status, 401);
    assert.equal(reply.body.error, 'invalid_client');
    assert.equal(typeof reply.body.error_description, 'string');
  });

  it('refuses a missing client_id the same way', async () => {
    const reply = await interact({}, ['client_id']);
    assert.equal(reply.status, 401);
    assert.equal(reply.body.error, 'invalid_client');
  });

  it('refuses an unregistered redirect URI with Okta’s wording', async () => {
    for (const redirect of ['https://localhost:8080/cb', 'http://evil.example/cb', 'not a url', 'http://localhost:8080/cb#frag']) {
      const reply = await interact({ redirect_uri: redirect });
      assert.equal(reply.status, 400, redirect);
      assert.deepEqual(reply.body, {
        error: 'invalid_request',
        error_description: "'redirect_uri' must be a Login redirect URI in the client app settings.",
      });
    }
  });

  it('requires a PKCE S256 challenge', async () => {
    const missing = await interact({}, ['code_challenge']);
    assert.equal(missing.status, 400);
    assert.equal(missing.body.error, 'invalid_request');
    const plain = await interact({ code_challenge_method: 'plain' });
    assert.equal(plain.status, 400);
    assert.equal(plain.body.error, 'invalid_request');
    const malformed = await interact({ code_challenge: 'short' });
    assert.equal(malformed.status, 400);
  });

  it('requires the openid scope and refuses unknown scopes', async () => {
    const noOpenid = await interact({ scope: 'profile email' });
    assert.equal(noOpenid.status, 400);
    assert.equal(noOpenid.body.error, 'invalid_scope');
    const unknown = await interact({ scope: 'openid admin:everything' });
    assert.equal(unknown.status, 400);
    assert.equal(unknown.body.error, 'invalid_scope');
  });

  it('refuses activation and recovery tokens it never issued', async () => {
    const reply = await interact({ activation_token: 'abc' });
    assert.deepEqual(reply.body, { error: 'invalid_request', error_description: 'The activation token is invalid' });
  });

  it('refuses a JSON body (Okta wants a form)', async () => {
    const reply = await send(emulator, new Request(`${ORIGIN}/oauth2/default/v1/interact`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(interactParams(challenge)),
    }));
    assert.equal(reply.status, 400);
    assert.equal(reply.body.error, 'invalid_request');
  });
});
