// Account unlock through the unmodified okta-auth-js 8 (step mode), against the HTTP server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { IdxTransaction } from '@okta/okta-auth-js';
import { startEmulator, type RunningEmulator } from '../src/index.js';
import { authClient } from './helpers.js';

const UNLOCKME = 'unlockme@example.com';
const PASSWORD = 'Okta-Demo-2026!';

async function latestCode(running: RunningEmulator, to: string): Promise<string> {
  return (await (await fetch(`${running.origin}/dev/outbox/latest?to=${encodeURIComponent(to)}`)).json()).code;
}

async function passwordSignIn(running: RunningEmulator, identifier: string, password: string): Promise<IdxTransaction> {
  const auth = authClient(running.issuer);
  await auth.idx.start();
  await auth.idx.proceed({ step: 'identify', username: identifier });
  return auth.idx.proceed({ step: 'challenge-authenticator', password });
}

describe('okta-auth-js through account unlock', () => {
  let running: RunningEmulator;
  before(async () => {
    running = await startEmulator({ port: 0, log: () => {} });
  });
  after(() => running.close());

  it('unlockAccount(): the unlock form, username and Email, the code, the terminal success; then the password signs in', async () => {
    const locked = await passwordSignIn(running, UNLOCKME, PASSWORD);
    assert.equal(locked.requestDidSucceed, false, 'starts locked out');

    const auth = authClient(running.issuer);
    let tx = await auth.idx.unlockAccount();
    assert.equal(tx.status, 'PENDING');
    assert.equal(tx.nextStep?.name, 'select-authenticator-unlock-account');
    assert.deepEqual(tx.nextStep?.inputs?.map((i) => i.name), ['identifier', 'authenticator']);
    const choices = tx.nextStep?.inputs?.find((i) => i.name === 'authenticator')?.options;
    assert.deepEqual(choices?.map((o) => o.label), ['Email', 'Phone']);

    tx = await auth.idx.proceed({ step: 'select-authenticator-unlock-account', username: UNLOCKME, authenticator: 'okta_email' });
    assert.equal(tx.nextStep?.name, 'authenticator-verification-data');
    tx = await auth.idx.proceed({ step: 'authenticator-verification-data', methodType: 'email' });
    assert.equal(tx.nextStep?.name, 'challenge-authenticator');
    tx = await auth.idx.proceed({ step: 'challenge-authenticator', verificationCode: await latestCode(running, UNLOCKME) });
    // Terminal (no remediation), handled by the ChallengeAuthenticator remediator of auth-js's unlockAccount flow.
    assert.equal(tx.status, 'TERMINAL');
    assert.deepEqual(tx.messages?.map((m) => m.i18n?.key), ['oie.selfservice.unlock_user.success.message']);

    const signedIn = await passwordSignIn(running, UNLOCKME, PASSWORD);
    assert.equal(signedIn.status, 'SUCCESS');
    assert.equal(signedIn.tokens?.idToken?.claims.preferred_username, UNLOCKME);
  });

  it('the default flow: proceed({ step: "unlock-account" }) and raw steps reach the same terminal success', async () => {
    const auth = authClient(running.issuer);
    await auth.idx.start();
    let tx = await auth.idx.proceed({ step: 'unlock-account' });
    assert.equal(tx.nextStep?.name, 'select-authenticator-unlock-account');
    // The default flow has no remediator for it: auth-js sends the form's own fields as given.
    const raw = tx.rawIdxState as unknown as { authenticators: { value: { key: string; id: string }[] } };
    const email = raw.authenticators.value.find((a) => a.key === 'okta_email');
    tx = await auth.idx.proceed({
      step: 'select-authenticator-unlock-account',
      identifier: 'locked@example.com',
      authenticator: { id: email?.id, methodType: 'email' },
    } as never);
    assert.equal(tx.nextStep?.name, 'authenticator-verification-data');
    tx = await auth.idx.proceed({ step: 'authenticator-verification-data', methodType: 'email' });
    tx = await auth.idx.proceed({ step: 'challenge-authenticator', verificationCode: await latestCode(running, 'locked@example.com') });
    assert.equal(tx.status, 'TERMINAL');
    assert.deepEqual(tx.messages?.map((m) => m.i18n?.key), ['oie.selfservice.unlock_user.success.message']);
    assert.equal((await passwordSignIn(running, 'locked@example.com', PASSWORD)).status, 'SUCCESS');
  });
});
