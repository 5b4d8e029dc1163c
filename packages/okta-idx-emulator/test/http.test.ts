import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { IdxTransaction, OktaAuthOptions } from '@okta/okta-auth-js';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { startEmulator, type RunningEmulator } from '../src/index.js';
import { CLIENT_ID, DEMO, NEWCOMER, authClient } from './helpers.js';

const inputMessages = (tx: IdxTransaction) =>
  JSON.stringify(tx.nextStep?.inputs ?? tx.neededToProceed?.[0]);

describe('Node HTTP server (startEmulator)', () => {
  let running: RunningEmulator;
  before(async () => {
    running = await startEmulator({ port: 0, log: () => {} });
  });
  after(() => running.close());

  it('listens on a real port and reports origin and issuer', async () => {
    assert.ok(running.port > 0);
    assert.equal(running.origin, `http://localhost:${running.port}`);
    assert.equal(running.issuer, `http://localhost:${running.port}/oauth2/default`);
    const response = await fetch(`http://127.0.0.1:${running.port}/dev/health`);
    assert.deepEqual(await response.json(), { ok: true });
  });

  /** Raw node:http request, because fetch() will not send a custom Host or an odd request-target. */
  const raw = (path: string, options: { headers?: Record<string, string>; method?: string; body?: Buffer } = {}) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port: running.port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
        let data = '';
        res.on('data', (chunk) => (data += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, body: data }));
      });
      req.on('error', reject);
      req.end(options.body);
    });

  it('builds hrefs from the Host header the client used', async () => {
    const reply = await raw('/oauth2/default/.well-known/openid-configuration', { headers: { Host: `127.0.0.1:${running.port}` } });
    assert.equal(JSON.parse(reply.body).issuer, `http://127.0.0.1:${running.port}/oauth2/default`);
  });

  it('refuses a Host name that is neither loopback nor allowed (DNS rebinding), /dev included', async () => {
    for (const path of ['/oauth2/default/.well-known/openid-configuration', '/dev/outbox']) {
      const reply = await raw(path, { headers: { Host: `emulator.test:${running.port}` } });
      assert.equal(reply.status, 400, path);
      assert.equal(JSON.parse(reply.body).errorCode, 'E0000001');
      assert.doesNotMatch(reply.body, /"messages"/);
    }
  });

  it('refuses an implausible Host instead of falling back to the listening address', async () => {
    const reply = await raw('/dev/outbox', { headers: { Host: `evil_site.example:${running.port}` } });
    assert.equal(reply.status, 400);
    assert.equal(JSON.parse(reply.body).errorCode, 'E0000001');
  });

  it('does not let the request-target change the host', async () => {
    const reply = await raw('//evil.example/oauth2/default/.well-known/openid-configuration');
    assert.equal(reply.status, 404);
    assert.doesNotMatch(reply.body, /http:\/\/evil/);
  });

  it('refuses oversized bodies with 413', async () => {
    const reply = await raw('/idp/idx/identify', { method: 'POST', headers: { 'content-type': 'application/json' }, body: Buffer.alloc(2 << 20, 32) });
    assert.equal(reply.status, 413);
  });

  it('signs in with the unmodified okta-auth-js, and the ID token verifies against /v1/keys', async () => {
    const auth = authClient(running.issuer);
    let tx = await auth.idx.start();
    assert.equal(tx.status, 'PENDING');
    assert.deepEqual(tx.neededToProceed.map((r) => r.name), ['identify', 'select-enroll-profile', 'unlock-account']);

    tx = await auth.idx.proceed({ step: 'identify', identifier: DEMO.identifier, useGenericRemediator: true } as never);
    assert.equal(tx.status, 'PENDING');
    assert.equal(tx.nextStep?.name, 'challenge-authenticator');
    const nonce = tx.meta?.nonce;

    tx = await auth.idx.proceed({ step: 'challenge-authenticator', credentials: { passcode: DEMO.password }, useGenericRemediator: true } as never);
    assert.equal(tx.status, 'SUCCESS');
    const idToken = tx.tokens?.idToken?.idToken;
    const accessToken = tx.tokens?.accessToken?.accessToken;
    assert.ok(idToken && accessToken);
    assert.equal(tx.tokens?.idToken?.claims.email, DEMO.identifier);

    const jwks = createRemoteJWKSet(new URL(`${running.issuer}/v1/keys`));
    const { payload, protectedHeader } = await jwtVerify(idToken, jwks, { issuer: running.issuer, audience: CLIENT_ID });
    assert.equal(protectedHeader.kid, running.emulator.kid);
    assert.equal(payload.nonce, nonce);
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(accessToken)));
    assert.equal(payload.at_hash, Buffer.from(digest.slice(0, 16)).toString('base64url'));

    // And getUser() reads /v1/userinfo with the access token.
    auth.tokenManager.setTokens(tx.tokens!);
    try {
      const user = await auth.getUser();
      assert.equal(user.sub, '00uDemoUser000000001');
    } finally {
      auth.tokenManager.clear(); // drops the expiry timers that would keep the test process alive
    }
  });

  it('a wrong password is PENDING with the field message, then the right one succeeds (SDK remediators)', async () => {
    const auth = authClient(running.issuer);
    await auth.idx.start();
    let tx = await auth.idx.proceed({ step: 'identify', username: DEMO.identifier });
    assert.equal(tx.nextStep?.name, 'challenge-authenticator');
    tx = await auth.idx.proceed({ step: 'challenge-authenticator', password: 'not-it' });
    assert.equal(tx.status, 'PENDING');
    assert.equal(tx.requestDidSucceed, false);
    assert.ok(
      tx.messages?.some((m) => m.i18n?.key === 'incorrectPassword') || inputMessages(tx).includes('incorrectPassword'),
      'incorrectPassword reaches the client',
    );
    tx = await auth.idx.proceed({ step: 'challenge-authenticator', password: DEMO.password });
    assert.equal(tx.status, 'SUCCESS');
  });

  it('enrolls a password for a new user through okta-auth-js', async () => {
    const auth = authClient(running.issuer, { idx: { useGenericRemediator: true } } as Partial<OktaAuthOptions>);
    await auth.idx.start();
    let tx = await auth.idx.proceed({ step: 'identify', identifier: NEWCOMER.identifier } as never);
    // Okta offers the password in a list of one and waits for the choice.
    assert.equal(tx.nextStep?.name, 'select-authenticator-enroll');
    const [option] = (tx.nextStep?.inputs?.[0]?.options ?? []) as { label: string; value: { name: string; value: unknown }[] }[];
    assert.equal(option.label, 'Password');
    const id = option.value.find((f) => f.name === 'id')?.value;
    tx = await auth.idx.proceed({ step: 'select-authenticator-enroll', authenticator: { id } } as never);
    assert.equal(tx.nextStep?.name, 'enroll-authenticator');
    assert.equal((tx.nextStep?.relatesTo as { value: { key: string } }).value.key, 'okta_password');
    tx = await auth.idx.proceed({ step: 'enroll-authenticator', credentials: { passcode: 'short' } } as never);
    assert.equal(tx.status, 'PENDING');
    assert.match(inputMessages(tx), /password\.passwordRequirementsNotMet/);
    tx = await auth.idx.proceed({ step: 'enroll-authenticator', credentials: { passcode: 'Tulip-Sky-2026!' } } as never);
    assert.equal(tx.status, 'SUCCESS');
    assert.ok(tx.tokens?.idToken);
    running.emulator.reset();
  });

  it('an expired transaction becomes TERMINAL with idx.session.expired in okta-auth-js', async () => {
    const auth = authClient(running.issuer);
    await auth.idx.start();
    running.emulator.expireTransactions();
    const tx = await auth.idx.proceed({ step: 'identify', identifier: DEMO.identifier, useGenericRemediator: true } as never);
    assert.equal(tx.status, 'TERMINAL');
    assert.equal(tx.messages?.[0]?.i18n?.key, 'idx.session.expired');
  });

  it('an injected 500 surfaces as an AuthApiError in okta-auth-js', async () => {
    await fetch(`${running.origin}/dev/fail-next`, { method: 'POST', body: JSON.stringify({ status: 500 }) });
    const auth = authClient(running.issuer);
    await assert.rejects(auth.idx.start(), (error: Error) => {
      assert.equal(error.name, 'AuthApiError');
      return true;
    });
  });
});

describe('startEmulator options', () => {
  it('loads a config file given as a path', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'okta-emulator-'));
    const path = join(dir, 'emulator.json');
    await writeFile(path, JSON.stringify({ users: [{ identifier: 'solo@example.com', password: 'Solo-Pass-2026!' }] }));
    const running = await startEmulator({ port: 0, config: path, log: () => {} });
    try {
      const auth = authClient(running.issuer);
      await auth.idx.start();
      const unknown = await auth.idx.proceed({ step: 'identify', identifier: DEMO.identifier, useGenericRemediator: true } as never);
      assert.equal(unknown.messages?.[0]?.i18n?.key, 'idx.unknown.user');
    } finally {
      await running.close();
    }
  });

  it('gives the issuer of the authorization server that exists: default, else the first custom one, else the org', async () => {
    const cases: [unknown[], string][] = [[[{ id: 'aus1' }, { id: 'default' }], '/oauth2/default'], [[{ id: 'aus1' }], '/oauth2/aus1'], [[], '']];
    for (const [authorizationServers, path] of cases) {
      const running = await startEmulator({ port: 0, config: { authorizationServers } as never, log: () => {} });
      try {
        assert.equal(running.issuer, running.origin + path);
        const discovery = await (await fetch(`${running.issuer}/.well-known/openid-configuration`)).json();
        assert.equal(discovery.issuer, running.issuer);
      } finally {
        await running.close();
      }
    }
  });

  it('rejects an invalid config before listening', async () => {
    await assert.rejects(startEmulator({ port: 0, config: { users: 'nobody' } as never }), { name: 'ConfigError' });
  });

  it('closes promptly even with a keep-alive connection open', async () => {
    const running = await startEmulator({ port: 0, log: () => {} });
    await fetch(`${running.origin}/dev/health`);
    const started = Date.now();
    await running.close();
    assert.ok(Date.now() - started < 1000);
  });
});
