import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Emulator } from '../src/core/index.js';
import { compilePattern } from '../src/core/model/patterns.js';
import { CLIENT_ID, ORIGIN, interactParams, newEmulator, pkcePair } from './helpers.js';
import { SERVERS, post, tokensAt } from './oauth-helpers.js';

const matches = (pattern: string, candidate: string) => compilePattern(pattern).regex.test(candidate);

describe('redirect URI patterns (RFC 9700: parsed, per component, never another host)', () => {
  it('refuses userinfo, fragments, backslashes and white space whatever the pattern', () => {
    for (const candidate of [
      'http://localhost:80@evil.example/cb',
      'http://localhost:1@evil.example/phish',
      'http://user:pass@localhost:8080/cb',
      'http://@localhost:8080/cb',
      'http://localhost:8080/cb#frag',
      'http://localhost:8080/cb#',
      'http:\\\\localhost:8080\\cb',
      'http://localhost:8080/c b',
    ]) {
      assert.equal(matches('http://localhost:*/**', candidate), false, candidate);
    }
  });

  it('matches an entry without * exactly, after parsing', () => {
    assert.ok(matches('http://localhost:8080/cb', 'http://LOCALHOST:8080/cb'));
    assert.ok(matches('https://app.example.com/cb', 'https://app.example.com:443/cb'));
    assert.ok(matches('com.example.app:/callback', 'com.example.app:/callback'));
    for (const candidate of ['http://localhost:8080/cb/', 'http://localhost:8080/cb?x=1', 'http://localhost:8081/cb', 'https://localhost:8080/cb', 'http://localhost:8080/CB']) {
      assert.equal(matches('http://localhost:8080/cb', candidate), false, candidate);
    }
  });

  it('takes * in the port as any port, and ** only in the path', () => {
    assert.ok(matches('http://localhost:*/**', 'http://localhost/cb'));
    assert.ok(matches('http://localhost:*/**', 'http://localhost:5173/a/b?c=d'));
    assert.ok(matches('http://localhost:*/cb', 'http://localhost:1/cb'));
    assert.equal(matches('http://localhost:*/cb', 'http://localhost:1/x/cb'), false);
    assert.equal(matches('http://localhost:*/**', 'http://localhost.evil.example/cb'), false);
    assert.equal(matches('http://localhost:*/**', 'http://evil.example/localhost/cb'), false);
  });

  it('takes a * host label only as the whole leftmost label', () => {
    assert.ok(matches('https://*.example.com/cb', 'https://tenant.example.com/cb'));
    for (const candidate of ['https://a.b.example.com/cb', 'https://example.com/cb', 'https://evil.com/.example.com/cb', 'https://tenant.example.com.evil/cb']) {
      assert.equal(matches('https://*.example.com/cb', candidate), false, candidate);
    }
    // Patterns that could match another host match nothing.
    for (const pattern of ['http://*:8080/cb', 'http://*/cb', 'http://local*host/cb', 'https://*.com/cb', 'http*://localhost/cb', 'http://**/cb']) {
      assert.equal(matches(pattern, 'http://localhost:8080/cb'), false, pattern);
      assert.equal(matches(pattern, 'https://evil.com/cb'), false, pattern);
    }
  });

  it('keeps the default config’s loopback patterns working for every loopback name and port', () => {
    for (const candidate of ['http://localhost:8080/login/callback', 'http://127.0.0.1:5173/', 'http://[::1]:3000/cb', 'http://localhost/']) {
      assert.ok(['http://localhost:*/**', 'http://127.0.0.1:*/**', 'http://[::1]:*/**'].some((p) => matches(p, candidate)), candidate);
    }
  });
});

describe('redirect URIs at /v1/interact and /v1/logout', () => {
  let emulator: Emulator;
  before(async () => {
    ({ emulator } = await newEmulator());
  });

  it('refuses the userinfo trick at /v1/interact', async () => {
    const { challenge } = await pkcePair();
    for (const redirect of ['http://localhost:80@evil.example/cb', 'http://localhost:8080/cb#x']) {
      const reply = await post(emulator, 'default', 'interact', interactParams(challenge, { redirect_uri: redirect }));
      assert.equal(reply.status, 400, redirect);
      assert.deepEqual(reply.body, {
        error: 'invalid_request',
        error_description: "'redirect_uri' must be a Login redirect URI in the client app settings.",
      });
    }
  });

  it('answers 400 without a redirect for a post-logout URI with userinfo (no open redirect)', async () => {
    const tokens = (await tokensAt(emulator, 'default')).body;
    for (const target of ['http://localhost:1@evil.example/phish', 'http://localhost:8080/#evil']) {
      const url = new URL(`${SERVERS.default.issuer}/v1/logout`);
      url.searchParams.set('id_token_hint', tokens.id_token);
      url.searchParams.set('post_logout_redirect_uri', target);
      const response = await emulator.handle(new Request(url));
      assert.equal(response.status, 400, target);
      assert.equal(response.headers.get('location'), null);
      assert.equal((await response.json()).error, 'invalid_request');
    }
  });

  it('follows only exactly registered URIs when the client registers exact ones', async () => {
    const { emulator: strict } = await newEmulator({
      clients: [{ clientId: CLIENT_ID, redirectUris: ['http://localhost:8080/login/callback'], postLogoutRedirectUris: ['http://localhost:8080/'] }],
    });
    const { challenge } = await pkcePair();
    assert.equal((await post(strict, 'default', 'interact', interactParams(challenge))).status, 200);
    const other = await post(strict, 'default', 'interact', interactParams(challenge, { redirect_uri: 'http://localhost:8080/login/callback/x' }));
    assert.equal(other.status, 400);
    const logout = (target: string) =>
      strict.handle(new Request(`${ORIGIN}/oauth2/default/v1/logout?client_id=${CLIENT_ID}&post_logout_redirect_uri=${encodeURIComponent(target)}`));
    assert.equal((await logout('http://localhost:8080/')).headers.get('location'), 'http://localhost:8080/');
    assert.equal((await logout('http://localhost:8080/other')).status, 400);
  });

  it('checks the logout hint against the server’s own key', async () => {
    const tokens = (await tokensAt(emulator, 'custom')).body;
    const url = new URL(`${SERVERS.default.issuer}/v1/logout`);
    url.searchParams.set('id_token_hint', tokens.id_token);
    assert.equal((await emulator.handle(new Request(url))).status, 400);
    const own = new URL(`${SERVERS.custom.issuer}/v1/logout`);
    own.searchParams.set('id_token_hint', tokens.id_token);
    own.searchParams.set('post_logout_redirect_uri', 'http://localhost:8080/');
    assert.equal((await emulator.handle(new Request(own))).status, 302);
  });
});
