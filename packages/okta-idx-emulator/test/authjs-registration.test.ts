import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { IdxTransaction } from '@okta/okta-auth-js';
import { startEmulator, type RunningEmulator } from '../src/index.js';
import { authClient } from './helpers.js';

/** Raw IDX values for the generic remediator (okta-auth-js's ProceedOptions does not list `userProfile`). */
const raw = (values: { step: string } & Record<string, unknown>) => values;
const PASSWORD = 'Sign-Up-2026!';
const steps = (tx: IdxTransaction) => tx.neededToProceed?.map((r) => r.name);
const keys = (tx: IdxTransaction) => tx.messages?.map((m) => (m as { i18n?: { key?: string } }).i18n?.key);

async function post(running: RunningEmulator, path: string, body: unknown = {}) {
  const response = await fetch(running.origin + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}

describe('okta-auth-js through self-service registration and activation', () => {
  let running: RunningEmulator;
  before(async () => {
    running = await startEmulator({ port: 0, log: () => {} });
  });
  beforeEach(() => post(running, '/dev/reset'));
  after(() => running.close());

  it('register() (okta-auth-js\'s legacy auto-remediation): the whole sign-up in one call, then the new user signs in', async () => {
    const auth = authClient(running.issuer, { idx: { enableLegacyMode: true } } as never);
    const tx = await auth.idx.register({ email: 'nora@example.com', firstName: 'Nora', lastName: 'Newman', password: PASSWORD });
    assert.equal(tx.status, 'SUCCESS', JSON.stringify(tx.messages));
    assert.equal(tx.tokens?.idToken?.claims.preferred_username, 'nora@example.com');

    const again = authClient(running.issuer);
    await again.idx.start();
    await again.idx.proceed({ step: 'identify', username: 'nora@example.com' });
    const signedIn = await again.idx.proceed({ step: 'challenge-authenticator', password: PASSWORD });
    assert.equal(signedIn.status, 'SUCCESS');
  });

  it('step by step in the registration flow: the sign-up form from Okta\'s schema, the attributes mapped by EnrollProfile', async () => {
    const auth = authClient(running.issuer);
    let tx = await auth.idx.start({ flow: 'register' });
    tx = await auth.idx.proceed({ step: 'select-enroll-profile' });
    assert.equal(tx.nextStep?.name, 'enroll-profile');
    assert.deepEqual(tx.nextStep?.inputs?.map((i) => i.name), ['userProfile', 'credentials']);
    tx = await auth.idx.proceed({ step: 'enroll-profile', email: 'nora@example.com', firstName: 'Nora', lastName: 'Newman', password: PASSWORD });
    assert.equal(tx.status, 'SUCCESS', JSON.stringify(tx.messages));
  });

  it('a taken login is refused with Okta\'s field message, and the form stays', async () => {
    const auth = authClient(running.issuer);
    await auth.idx.start({ flow: 'register' });
    await auth.idx.proceed({ step: 'select-enroll-profile' });
    const tx = await auth.idx.proceed({ step: 'enroll-profile', email: 'demo@example.com', firstName: 'Dana', lastName: 'Again', password: PASSWORD });
    assert.equal(tx.status, 'PENDING');
    assert.equal(tx.requestDidSucceed, false);
    assert.equal(tx.nextStep?.name, 'enroll-profile');
    assert.deepEqual(keys(tx), ['registration.error.notUniqueWithinOrg']);
  });

  it('the generic remediator (as <okta-flow> drives it): select-enroll-profile, enroll-profile, select-identify', async () => {
    const auth = authClient(running.issuer, { idx: { useGenericRemediator: true } } as never);
    let tx = await auth.idx.start();
    assert.ok(steps(tx)?.includes('select-enroll-profile'));
    tx = await auth.idx.proceed({ step: 'select-enroll-profile' });
    assert.deepEqual(steps(tx), ['enroll-profile', 'select-identify']);
    tx = await auth.idx.proceed({ step: 'select-identify' });
    assert.equal(steps(tx)?.[0], 'identify');
    tx = await auth.idx.proceed({ step: 'select-enroll-profile' });
    tx = await auth.idx.proceed(raw({
      step: 'enroll-profile',
      userProfile: { email: 'nora@example.com', firstName: 'Nora', lastName: 'Newman', department: 'support' },
      credentials: { passcode: PASSWORD },
    }));
    assert.equal(tx.status, 'SUCCESS', JSON.stringify(tx.messages));
  });

  it('an invitation: idx.start({ activationToken }) opens at the password enrollment, then the invited user is ACTIVE', async () => {
    const issued = await post(running, '/dev/users/invited@example.com/activation-token', { appUrl: 'http://localhost:8080/' });
    assert.equal(issued.status, 200);
    assert.equal(new URL(issued.body.link).searchParams.get('activation_token'), issued.body.activationToken);

    const auth = authClient(running.issuer);
    let tx = await auth.idx.start({ activationToken: issued.body.activationToken });
    // idx-java/introspect-with-activation-token-response.json: the password alone, no identify.
    assert.deepEqual(steps(tx), ['select-authenticator-enroll']);
    tx = await auth.idx.proceed({ step: 'select-authenticator-enroll', authenticator: 'okta_password' });
    assert.equal(tx.nextStep?.name, 'enroll-authenticator');
    tx = await auth.idx.proceed({ step: 'enroll-authenticator', password: 'Welcome-Aboard-2026!' });
    assert.equal(tx.status, 'SUCCESS');
    assert.equal(tx.tokens?.idToken?.claims.preferred_username, 'invited@example.com');

    // Spent: the same token is refused as Okta refuses one (the Widget's error-activation-token-invalid.json).
    await assert.rejects(authClient(running.issuer).idx.start({ activationToken: issued.body.activationToken }), /The activation token is invalid/);
    // And the user is now an ordinary active one.
    const again = await post(running, '/dev/users/invited@example.com/activation-token');
    assert.deepEqual([again.status, again.body.errorCode], [403, 'E0000016']);
  });

  it('an unknown activation token is refused at interact', async () => {
    await assert.rejects(authClient(running.issuer).idx.start({ activationToken: 'not-a-token' }), /The activation token is invalid/);
  });
});
