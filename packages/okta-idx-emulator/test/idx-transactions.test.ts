// A transaction's life as on Okta: it ends with its interaction code, cancel replaces it, and live ones are capped.
import assert from 'node:assert/strict';
import { before, beforeEach, describe, it } from 'node:test';
import type { Emulator } from '../src/core/index.js';
import {
  DEMO,
  SESSION_EXPIRED,
  exchange,
  interactionCodeOf,
  jsonRequest,
  newEmulator,
  remediationNames,
  send,
  signIn,
  start,
  submit,
} from './helpers.js';

const introspect = (emulator: Emulator, body: Record<string, string | undefined>) => send(emulator, jsonRequest('/idp/idx/introspect', body));

describe('IDX: a finished transaction is closed', () => {
  let emulator: Emulator;
  before(async () => {
    ({ emulator } = await newEmulator());
  });
  beforeEach(() => emulator.reset());

  it('after the interaction code is issued, introspect and remediations answer 401 session expired', async () => {
    const { stateHandle, interactionHandle, code } = await signIn(emulator);
    assert.ok(code);
    for (const body of [{ stateHandle }, { interactionHandle }]) {
      const again = await introspect(emulator, body);
      assert.equal(again.status, 401);
      assert.deepEqual(again.body, SESSION_EXPIRED);
      assert.equal(JSON.stringify(again.body).includes(code), false, 'the used code is never handed out again');
    }
    const answer = await submit(emulator, stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: DEMO.password } });
    assert.equal(answer.status, 401);
    assert.deepEqual(answer.body, SESSION_EXPIRED);
  });

  it('cancel and a new identify on the old stateHandle cannot mint a second code', async () => {
    const { stateHandle, verifier, code } = await signIn(emulator);
    const cancelled = await submit(emulator, stateHandle, '/idp/idx/cancel');
    assert.equal(cancelled.status, 401);
    const identify = await submit(emulator, stateHandle, '/idp/idx/identify', { identifier: DEMO.identifier });
    assert.equal(identify.status, 401);
    assert.equal((await exchange(emulator, code, verifier)).status, 200);
  });

  it('cancel mid-flow: the old handle is dead, the new one goes on to exactly one code', async () => {
    const started = await start(emulator);
    await submit(emulator, started.stateHandle, '/idp/idx/identify', { identifier: DEMO.identifier });
    const cancelled = await submit(emulator, started.stateHandle, '/idp/idx/cancel');
    assert.equal(cancelled.status, 200);
    const fresh = cancelled.body.stateHandle as string;
    assert.notEqual(fresh, started.stateHandle);
    assert.deepEqual(remediationNames(cancelled.body), ['identify', 'select-enroll-profile', 'unlock-account']);

    const onOld = await submit(emulator, started.stateHandle, '/idp/idx/identify', { identifier: DEMO.identifier });
    assert.equal(onOld.status, 401);
    assert.deepEqual(onOld.body, SESSION_EXPIRED);

    assert.equal((await submit(emulator, fresh, '/idp/idx/identify', { identifier: DEMO.identifier })).status, 200);
    const done = await submit(emulator, fresh, '/idp/idx/challenge/answer', { credentials: { passcode: DEMO.password } });
    const tokens = await exchange(emulator, interactionCodeOf(done.body), started.verifier);
    assert.equal(tokens.status, 200, 'the PKCE verifier of the original /v1/interact redeems the new code');
    assert.equal((await introspect(emulator, { stateHandle: fresh })).status, 401);
  });
});

describe('IDX: live transactions are capped (limits.maxTransactions)', () => {
  it('drops the oldest first when full', async () => {
    const { emulator } = await newEmulator({ limits: { maxTransactions: 3 } });
    const first = await start(emulator);
    const second = await start(emulator);
    const third = await start(emulator);
    const fourth = await start(emulator);
    assert.equal((await introspect(emulator, { stateHandle: first.stateHandle })).status, 401);
    for (const live of [second, third, fourth]) {
      assert.equal((await introspect(emulator, { stateHandle: live.stateHandle })).status, 200);
    }
  });

  it('a transaction in use counts as recent: the idle one goes instead', async () => {
    const { emulator } = await newEmulator({ limits: { maxTransactions: 2 } });
    const older = await start(emulator);
    const idle = await start(emulator);
    // Activity on the older transaction extends it past the idle one (Okta's expiry is an idle timeout).
    assert.equal((await submit(emulator, older.stateHandle, '/idp/idx/identify', { identifier: DEMO.identifier })).status, 200);
    await start(emulator);
    assert.equal((await introspect(emulator, { stateHandle: idle.stateHandle })).status, 401);
    assert.equal((await introspect(emulator, { stateHandle: older.stateHandle })).status, 200);
  });
});
