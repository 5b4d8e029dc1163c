import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { IdxTransaction, OktaAuth } from '@okta/okta-auth-js';
import { startEmulator, type RunningEmulator } from '../src/index.js';
import { authClient } from './helpers.js';

const RECOVER = 'recover@example.com';
const steps = (tx: IdxTransaction) => tx.availableSteps?.map((s) => s.name);

async function latestCode(running: RunningEmulator, to: string): Promise<string> {
  return (await (await fetch(`${running.origin}/dev/outbox/latest?to=${encodeURIComponent(to)}`)).json()).code;
}

/** From the recovery's list: email, "send me an email", the code, then the new password. */
async function finishByEmail(auth: OktaAuth, running: RunningEmulator, tx: IdxTransaction, newPassword: string) {
  assert.equal(tx.nextStep?.name, 'select-authenticator-authenticate');
  assert.deepEqual(tx.nextStep?.inputs?.[0]?.options?.map((o) => o.label), ['Email']);
  tx = await auth.idx.proceed({ step: 'select-authenticator-authenticate', authenticator: 'okta_email' });
  assert.equal(tx.nextStep?.name, 'authenticator-verification-data');
  tx = await auth.idx.proceed({ step: 'authenticator-verification-data', methodType: 'email' });
  assert.equal(tx.nextStep?.name, 'challenge-authenticator');
  tx = await auth.idx.proceed({ step: 'challenge-authenticator', verificationCode: await latestCode(running, RECOVER) });
  assert.equal(tx.nextStep?.name, 'reset-authenticator');
  const reused = await auth.idx.proceed({ step: 'reset-authenticator', password: 'Okta-Demo-2026!' });
  assert.equal(reused.status, 'PENDING');
  assert.equal(reused.requestDidSucceed, false);
  tx = await auth.idx.proceed({ step: 'reset-authenticator', password: newPassword });
  assert.equal(tx.status, 'SUCCESS');
  return tx;
}

describe('okta-auth-js through password recovery', () => {
  let running: RunningEmulator;
  before(async () => {
    running = await startEmulator({ port: 0, log: () => {} });
  });
  after(() => running.close());

  it('identifier first: the recovery flow, identify, recoverPassword(), email code, new password, tokens', async () => {
    const auth = authClient(running.issuer);
    // The recovery flow from the start: auth-js maps `password` onto reset-authenticator only in that flow.
    await auth.idx.start({ flow: 'recoverPassword' });
    let tx = await auth.idx.proceed({ step: 'identify', username: RECOVER });
    assert.equal(tx.nextStep?.name, 'challenge-authenticator');
    assert.ok(steps(tx)?.includes('currentAuthenticatorEnrollment-recover'));
    tx = await auth.idx.recoverPassword();
    tx = await finishByEmail(auth, running, tx, 'Fresh-Start-2027?');
    assert.deepEqual(tx.tokens?.idToken?.claims.amr, ['email', 'pwd', 'mfa']);
    assert.equal(tx.tokens?.idToken?.claims.preferred_username, RECOVER);

    // The new password signs in; the old one no longer does.
    const again = authClient(running.issuer);
    await again.idx.start();
    await again.idx.proceed({ step: 'identify', username: RECOVER });
    const old = await again.idx.proceed({ step: 'challenge-authenticator', password: 'Okta-Demo-2026!' });
    assert.equal(old.requestDidSucceed, false);
    const fresh = await again.idx.proceed({ step: 'challenge-authenticator', password: 'Fresh-Start-2027?' });
    assert.equal(fresh.status, 'SUCCESS');
  });

  it('the default flow: the recover action through proceed({ actions }), and the raw credentials at reset', async () => {
    const auth = authClient(running.issuer);
    await auth.idx.start();
    await auth.idx.proceed({ step: 'identify', username: RECOVER });
    let tx = await auth.idx.proceed({ actions: ['currentAuthenticatorEnrollment-recover'] });
    assert.equal(tx.nextStep?.name, 'select-authenticator-authenticate');
    tx = await auth.idx.proceed({ step: 'select-authenticator-authenticate', authenticator: 'okta_email' });
    tx = await auth.idx.proceed({ step: 'authenticator-verification-data', methodType: 'email' });
    tx = await auth.idx.proceed({ step: 'challenge-authenticator', verificationCode: await latestCode(running, RECOVER) });
    assert.equal(tx.nextStep?.name, 'reset-authenticator');
    tx = await auth.idx.proceed({ step: 'reset-authenticator', credentials: { passcode: 'Fresh-Start-2028?' } });
    assert.equal(tx.status, 'SUCCESS');
  });

  it('a recovery token: start at reset-authenticator, set the password, signed in; the token is spent', async () => {
    const issued = await fetch(`${running.origin}/dev/users/${RECOVER}/recovery-token`, { method: 'POST' });
    const { recoveryToken } = await issued.json();
    const auth = authClient(running.issuer);
    let tx = await auth.idx.start({ recoveryToken, flow: 'recoverPassword' });
    assert.deepEqual(steps(tx), ['reset-authenticator', 'cancel']);
    tx = await auth.idx.proceed({ step: 'reset-authenticator', password: 'Token-Start-2029?' });
    assert.equal(tx.status, 'SUCCESS');
    assert.deepEqual(tx.tokens?.idToken?.claims.amr, ['pwd']);

    const spent = authClient(running.issuer);
    await assert.rejects(spent.idx.start({ recoveryToken, flow: 'recoverPassword' }), /The recovery token is invalid/);
  });

  it('an expired password: reenroll-authenticator after the password, then signed in', async () => {
    const auth = authClient(running.issuer);
    await auth.idx.start();
    await auth.idx.proceed({ step: 'identify', username: 'expired@example.com' });
    let tx = await auth.idx.proceed({ step: 'challenge-authenticator', password: 'Okta-Demo-2026!' });
    assert.equal(tx.nextStep?.name, 'reenroll-authenticator');
    tx = await auth.idx.proceed({ step: 'reenroll-authenticator', newPassword: 'Okta-Demo-2026!' });
    assert.equal(tx.requestDidSucceed, false);
    tx = await auth.idx.proceed({ step: 'reenroll-authenticator', newPassword: 'Renewed-2027?' });
    assert.equal(tx.status, 'SUCCESS');
  });

  it('an expiring password: reenroll-authenticator-warning, skipped', async () => {
    const auth = authClient(running.issuer);
    await auth.idx.start();
    await auth.idx.proceed({ step: 'identify', username: 'expiring@example.com' });
    let tx = await auth.idx.proceed({ step: 'challenge-authenticator', password: 'Okta-Demo-2026!' });
    assert.equal(tx.nextStep?.name, 'reenroll-authenticator-warning');
    assert.equal(tx.nextStep?.canSkip, true);
    tx = await auth.idx.proceed({ step: 'skip' });
    assert.equal(tx.status, 'SUCCESS');
  });
});

describe('okta-auth-js: recoverPassword() started directly (identify with password)', () => {
  let running: RunningEmulator;
  before(async () => {
    running = await startEmulator({ port: 0, log: () => {}, config: { identifierFirst: false } });
  });
  after(() => running.close());

  it('interact, introspect, the recover action: identify-recovery, then email and a new password', async () => {
    const auth = authClient(running.issuer);
    let tx = await auth.idx.recoverPassword();
    assert.equal(tx.nextStep?.name, 'identify-recovery');
    tx = await auth.idx.proceed({ step: 'identify-recovery', username: RECOVER });
    tx = await finishByEmail(auth, running, tx, 'Direct-Start-2027?');
    assert.equal(tx.tokens?.idToken?.claims.preferred_username, RECOVER);
  });
});
