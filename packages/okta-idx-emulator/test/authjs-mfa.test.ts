import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startEmulator, type RunningEmulator } from '../src/index.js';
import { authClient } from './helpers.js';

describe('okta-auth-js through password + email code', () => {
  let running: RunningEmulator;
  const logged: string[] = [];
  before(async () => {
    running = await startEmulator({ port: 0, log: (line) => logged.push(line) });
  });
  after(() => running.close());

  it('reads the code from the outbox and signs in', async () => {
    const auth = authClient(running.issuer);
    await auth.idx.start();
    let tx = await auth.idx.proceed({ step: 'identify', username: 'email.mfa@example.com' });
    assert.equal(tx.nextStep?.name, 'challenge-authenticator');
    tx = await auth.idx.proceed({ step: 'challenge-authenticator', password: 'Okta-Demo-2026!' });
    assert.equal(tx.status, 'PENDING');
    // As on Okta, the email is offered in a list of one, and nothing is sent until it is chosen.
    assert.equal(tx.nextStep?.name, 'select-authenticator-authenticate');
    assert.deepEqual(tx.nextStep?.inputs?.[0]?.options?.map((o) => o.label), ['Email']);
    assert.equal(logged.some((line) => line.includes('[outbox]')), false);
    tx = await auth.idx.proceed({ step: 'select-authenticator-authenticate', authenticator: 'okta_email' });
    assert.equal(tx.nextStep?.name, 'authenticator-verification-data');
    tx = await auth.idx.proceed({ step: 'authenticator-verification-data', methodType: 'email' });
    assert.equal(tx.nextStep?.name, 'challenge-authenticator');
    assert.equal((tx.nextStep?.relatesTo as { value: { key: string } } | undefined)?.value.key, 'okta_email');

    const outbox = await (await fetch(`${running.origin}/dev/outbox/latest?to=email.mfa@example.com`)).json();
    assert.ok(logged.some((line) => line.includes(`[outbox] email to email.mfa@example.com: ${outbox.code}`)));

    tx = await auth.idx.proceed({ step: 'challenge-authenticator', verificationCode: outbox.code === '000000' ? '111111' : '000000' });
    assert.equal(tx.status, 'PENDING');
    assert.equal(tx.requestDidSucceed, false);
    tx = await auth.idx.proceed({ step: 'challenge-authenticator', verificationCode: outbox.code });
    assert.equal(tx.status, 'SUCCESS');
    assert.deepEqual(tx.tokens?.idToken?.claims.amr, ['pwd', 'email', 'mfa']);
  });
});
