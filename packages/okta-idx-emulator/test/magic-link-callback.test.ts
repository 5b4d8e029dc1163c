// The email's link back to the app: the sign-in redirect URI with `otp` and `state`, as Okta's email verify
// callback sends it; the otp answers the challenge (okta-auth-js handleEmailVerifyCallback), another browser gets
// EmailVerifyCallbackError with the code; the Okta-hosted link (/dev/magic-link) answers "return to the original
// tab", or Okta's expired-link state once the code expired or the transaction ended.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startEmulator, type RunningEmulator } from '../src/index.js';
import type { Emulator } from '../src/core/index.js';
import {
  ORIGIN,
  REDIRECT_URI,
  authClient,
  choose,
  field,
  interactionCodeOf,
  newEmulator,
  remediation,
  send,
  start,
  submit,
  type Loose,
} from './helpers.js';

const USER = 'email.mfa@example.com';
const PASSWORD = 'Okta-Demo-2026!';

const latest = async (emulator: Emulator) => (await send(emulator, new Request(`${ORIGIN}/dev/outbox/latest?to=${USER}`))).body;

/** Password, then Email chosen and sent: the challenge waits for the code. */
async function atEmailChallenge(emulator: Emulator) {
  const started = await start(emulator);
  await submit(emulator, started.stateHandle, '/idp/idx/identify', { identifier: USER });
  const listed = await submit(emulator, started.stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: PASSWORD } });
  const chosen = (await choose(emulator, started.stateHandle, listed.body, 'okta_email')).body;
  const id = field(remediation(chosen, 'authenticator-verification-data'), 'authenticator').form.value[0].value;
  const sent = await submit(emulator, started.stateHandle, '/idp/idx/challenge', { authenticator: { id, methodType: 'email' } });
  assert.equal(sent.status, 200);
  return started;
}

describe('the email link back to the app', () => {
  it("points to the transaction's redirect URI with otp (the code) and state; the Okta-hosted link stays beside it", async () => {
    const { emulator } = await newEmulator();
    const started = await atEmailChallenge(emulator);
    const message = await latest(emulator);
    const link = new URL(message.callbackLink);
    assert.equal(link.origin + link.pathname, REDIRECT_URI);
    assert.deepEqual([...link.searchParams.keys()].sort(), ['otp', 'state']);
    assert.equal(link.searchParams.get('otp'), message.code);
    assert.equal(link.searchParams.get('state'), started.state);
    assert.ok(message.text.includes(message.callbackLink), 'the email shows the app link');
    assert.match(message.magicLink, new RegExp(`^${ORIGIN}/dev/magic-link/`));
  });

  it("the link's otp answers the challenge as credentials.passcode and the sign-in ends with a code", async () => {
    const { emulator } = await newEmulator();
    const started = await atEmailChallenge(emulator);
    const otp = new URL((await latest(emulator)).callbackLink).searchParams.get('otp')!;
    const done = await submit(emulator, started.stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: otp } });
    assert.equal(done.status, 200);
    assert.ok(interactionCodeOf(done.body));
  });

  it('a resent email carries a new link; the old otp no longer answers', async () => {
    const { emulator } = await newEmulator();
    const started = await atEmailChallenge(emulator);
    const first = new URL((await latest(emulator)).callbackLink).searchParams.get('otp')!;
    await submit(emulator, started.stateHandle, '/idp/idx/challenge/resend');
    const second = new URL((await latest(emulator)).callbackLink).searchParams.get('otp')!;
    if (first !== second) {
      const stale = await submit(emulator, started.stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: first } });
      assert.equal(stale.status, 401);
    }
    const done = await submit(emulator, started.stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: second } });
    assert.equal(done.status, 200);
  });
});

describe('the Okta-hosted link (/dev/magic-link)', () => {
  it('opened in time: return to the original tab, with the user; the poll then completes', async () => {
    const { emulator } = await newEmulator();
    const started = await atEmailChallenge(emulator);
    const opened = await send(emulator, new Request((await latest(emulator)).magicLink));
    assert.equal(opened.status, 200);
    assert.deepEqual(opened.body.messages.value.map((m: Loose) => m.i18n.key), ['idx.return.to.original.tab']);
    assert.equal(opened.body.user.value.identifier, USER);
    const polled = await submit(emulator, started.stateHandle, '/idp/idx/challenge/poll');
    assert.ok(interactionCodeOf(polled.body));
  });

  it("after the code expired, or once the transaction ended: Okta's expired-link state (terminal-return-expired-email.json)", async () => {
    const { emulator, clock } = await newEmulator();
    await atEmailChallenge(emulator);
    const { magicLink } = await latest(emulator);
    clock.advance(5 * 60 + 1);
    const expired = await send(emulator, new Request(magicLink));
    assert.equal(expired.status, 404);
    assert.deepEqual(expired.body.messages.value, [
      {
        message: 'This email link has expired. To resend it, return to the screen where you requested it.',
        i18n: { key: 'idx.return.link.expired' },
        class: 'INFO',
      },
    ]);
    clock.advance(600);
    const gone = await send(emulator, new Request(magicLink));
    assert.equal(gone.status, 404);
    assert.equal(gone.body.messages.value[0].i18n.key, 'idx.return.link.expired');
  });
});

describe('the email link through okta-auth-js 8', () => {
  let running: RunningEmulator;
  before(async () => {
    running = await startEmulator({ port: 0, log: () => {} });
  });
  after(() => running.close());

  async function emailChallenge() {
    const auth = authClient(running.issuer);
    await auth.idx.start();
    await auth.idx.proceed({ step: 'identify', username: USER });
    await auth.idx.proceed({ step: 'challenge-authenticator', password: PASSWORD });
    await auth.idx.proceed({ step: 'select-authenticator-authenticate', authenticator: 'okta_email' });
    const tx = await auth.idx.proceed({ step: 'authenticator-verification-data', methodType: 'email' });
    assert.equal(tx.nextStep?.name, 'challenge-authenticator');
    const message = await (await fetch(`${running.origin}/dev/outbox/latest?to=${USER}`)).json();
    return { auth, search: new URL(message.callbackLink).search };
  }

  it('same browser: isEmailVerifyCallback and canProceed({ state }), then the otp proceeds at the challenge and signs in', async () => {
    const { auth, search } = await emailChallenge();
    assert.equal(auth.idx.isEmailVerifyCallback(search), true);
    const { state, otp } = auth.idx.parseEmailVerifyCallback(search);
    assert.equal(auth.idx.canProceed({ state }), true);
    // handleEmailVerifyCallback() proceeds without a step, which auth-js 8's step mode refuses ("No `step` or
    // `action` provided"): an app names the challenge step, and auth-js sends the otp as credentials.passcode.
    await assert.rejects(auth.idx.handleEmailVerifyCallback(search), /No `step` or `action` provided/);
    const tx = await auth.idx.proceed({ step: 'challenge-authenticator', state, otp } as never);
    assert.equal(tx.status, 'SUCCESS');
    assert.equal(tx.tokens?.idToken?.claims.preferred_username, USER);
  });

  it('another browser (no saved transaction): EmailVerifyCallbackError carrying the code to type where the sign-in started', async () => {
    const { auth, search } = await emailChallenge();
    const elsewhere = authClient(running.issuer);
    const otp = new URLSearchParams(search).get('otp');
    await assert.rejects(elsewhere.idx.handleEmailVerifyCallback(search), (e: Loose) => elsewhere.idx.isEmailVerifyCallbackError(e) && e.otp === otp);
    // The original tab types it and finishes.
    const tx = await auth.idx.proceed({ step: 'challenge-authenticator', verificationCode: otp! });
    assert.equal(tx.status, 'SUCCESS');
  });

  it('the transaction is gone: the same browser cannot finish with the otp (the session has expired)', async () => {
    const { auth, search } = await emailChallenge();
    await fetch(`${running.origin}/dev/transactions/expire`, { method: 'POST' });
    // auth-js would reuse its saved answer: the app drops it to ask the server, which no longer knows the transaction.
    auth.transactionManager.clearIdxResponse();
    const outcome = await auth.idx.handleEmailVerifyCallback(search).then(
      (tx) => tx?.status,
      (e: Loose) => e.name,
    );
    assert.notEqual(outcome, 'SUCCESS');
  });
});
