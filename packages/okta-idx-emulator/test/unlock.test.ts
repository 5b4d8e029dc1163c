// Lockout after wrong passwords and Okta's self-service account unlock (unlock-account →
// select-authenticator-unlock-account → the chosen authenticator's challenge → the terminal success message).
import assert from 'node:assert/strict';
import { before, beforeEach, describe, it } from 'node:test';
import type { Emulator } from '../src/core/index.js';
import { ORIGIN, type Loose, field, newEmulator, remediation, remediationNames, send, signIn, start, submit } from './helpers.js';

const PASSWORD = 'Okta-Demo-2026!';
const UNLOCKME = 'unlockme@example.com';
const UNLOCK_SUCCESS = {
  message: 'You can log in using your existing username and password',
  i18n: { key: 'oie.selfservice.unlock_user.success.message', params: [] },
  class: 'INFO',
};

const get = (emulator: Emulator, path: string) => send(emulator, new Request(ORIGIN + path));
const latestMail = async (emulator: Emulator, to: string) => (await get(emulator, `/dev/outbox/latest?to=${encodeURIComponent(to)}`)).body;

/** identify, then one password at the challenge: the answer. */
async function tryPassword(emulator: Emulator, identifier: string, passcode: string) {
  const { stateHandle } = await start(emulator);
  await submit(emulator, stateHandle, '/idp/idx/identify', { identifier });
  return submit(emulator, stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode } });
}

/** "Unlock account?" from the identify form: the unlock form. */
async function openUnlock(emulator: Emulator) {
  const started = await start(emulator);
  const link = remediation(started.doc, 'unlock-account');
  assert.equal(link.href, `${ORIGIN}/idp/idx/unlock-account`);
  assert.deepEqual(link.value.map((f: Loose) => f.name), ['stateHandle']);
  const reply = await submit(emulator, started.stateHandle, new URL(link.href).pathname);
  return { stateHandle: started.stateHandle, reply };
}

const optionFor = (doc: Loose, label: string) =>
  field(remediation(doc, 'select-authenticator-unlock-account'), 'authenticator').options.find((o: Loose) => o.label === label);
const authenticatorOf = (option: Loose) =>
  Object.fromEntries(option.value.form.value.filter((f: Loose) => f.value !== undefined).map((f: Loose) => [f.name, f.value]));

/** The unlock form → Email → "send me an email" → the code: the answer. */
async function unlockByEmailCode(emulator: Emulator, identifier: string) {
  const { stateHandle, reply } = await openUnlock(emulator);
  const chosen = await submit(emulator, stateHandle, '/idp/idx/challenge', { identifier, authenticator: authenticatorOf(optionFor(reply.body, 'Email')) });
  assert.equal(chosen.status, 200, JSON.stringify(chosen.body.messages));
  assert.deepEqual(remediationNames(chosen.body), ['authenticator-verification-data']);
  const id = field(remediation(chosen.body, 'authenticator-verification-data'), 'authenticator').form.value[0].value;
  await submit(emulator, stateHandle, '/idp/idx/challenge', { authenticator: { id, methodType: 'email' } });
  const answer = await submit(emulator, stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: (await latestMail(emulator, identifier)).code } });
  return { stateHandle, answer };
}

describe('Lockout after wrong passwords', () => {
  let emulator: Emulator;
  before(async () => {
    ({ emulator } = await newEmulator({ passwordPolicy: { lockout: { maxAttempts: 3 } } }));
  });
  beforeEach(() => emulator.reset());

  it('locks after maxAttempts wrong passwords in a row: the right one is then "Password is incorrect"', async () => {
    for (let i = 0; i < 3; i += 1) {
      const wrong = await tryPassword(emulator, 'demo@example.com', 'Wrong-Password-1!');
      assert.equal(wrong.status, 400);
      assert.deepEqual(wrong.body.messages.value.map((m: Loose) => m.i18n.key), ['incorrectPassword']);
    }
    const right = await tryPassword(emulator, 'demo@example.com', PASSWORD);
    assert.equal(right.status, 400);
    assert.deepEqual(right.body.messages.value.map((m: Loose) => m.i18n.key), ['incorrectPassword']);
    assert.equal(right.body.successWithInteractionCode, undefined);
  });

  it('a right password resets the count', async () => {
    for (let i = 0; i < 2; i += 1) await tryPassword(emulator, 'demo@example.com', 'Wrong-Password-1!');
    assert.ok((await tryPassword(emulator, 'demo@example.com', PASSWORD)).body.successWithInteractionCode);
    for (let i = 0; i < 2; i += 1) await tryPassword(emulator, 'demo@example.com', 'Wrong-Password-1!');
    assert.ok((await tryPassword(emulator, 'demo@example.com', PASSWORD)).body.successWithInteractionCode, 'two and two is not three in a row');
  });

  it('the default is 10 in code: 9 wrong passwords do not lock, the 10th does', async () => {
    const { emulator: defaults } = await newEmulator({ passwordPolicy: { lockout: {} } });
    for (let i = 0; i < 9; i += 1) await tryPassword(defaults, 'demo@example.com', 'Wrong-Password-1!');
    assert.ok((await tryPassword(defaults, 'demo@example.com', PASSWORD)).body.successWithInteractionCode);
    for (let i = 0; i < 10; i += 1) await tryPassword(defaults, 'demo@example.com', 'Wrong-Password-1!');
    assert.equal((await tryPassword(defaults, 'demo@example.com', PASSWORD)).status, 400);
  });

  it('/dev/reset unlocks the configured users again', async () => {
    for (let i = 0; i < 3; i += 1) await tryPassword(emulator, 'demo@example.com', 'Wrong-Password-1!');
    emulator.reset();
    assert.ok((await tryPassword(emulator, 'demo@example.com', PASSWORD)).body.successWithInteractionCode);
  });
});

describe('Self-service account unlock', () => {
  let emulator: Emulator;
  before(async () => {
    ({ emulator } = await newEmulator());
  });
  beforeEach(() => emulator.reset());

  it('the identify form offers unlock-account; it answers select-authenticator-unlock-account as Okta does', async () => {
    const { stateHandle, reply } = await openUnlock(emulator);
    assert.equal(reply.status, 200);
    assert.equal(reply.body.stateHandle, stateHandle);
    assert.deepEqual(remediationNames(reply.body), ['select-authenticator-unlock-account']);
    const form = remediation(reply.body, 'select-authenticator-unlock-account');
    assert.equal(form.href, `${ORIGIN}/idp/idx/challenge`);
    assert.deepEqual(field(form, 'identifier'), { name: 'identifier', label: 'Username', required: true });
    const options = field(form, 'authenticator').options;
    assert.deepEqual(options.map((o: Loose) => o.label), ['Email', 'Phone']);
    assert.deepEqual(options.map((o: Loose) => o.relatesTo), ['$.authenticatorEnrollments.value[0]', '$.authenticatorEnrollments.value[1]']);
    assert.deepEqual(authenticatorOf(options[0]), { id: reply.body.authenticators.value[0].id, methodType: 'email' });
    assert.deepEqual(field({ value: options[1].value.form.value }, 'methodType').options.map((o: Loose) => o.value), ['sms', 'voice']);
    assert.deepEqual(reply.body.authenticators.value.map((a: Loose) => a.key), ['okta_email', 'phone_number']);
    assert.deepEqual(reply.body.authenticatorEnrollments.value.map((a: Loose) => a.key), ['okta_email', 'phone_number']);
    assert.equal(reply.body.user, undefined, 'nobody is known yet');
    assert.ok(reply.body.cancel);
  });

  it('a locked-out user: email code, then Okta\'s terminal unlock success; the password then signs in', async () => {
    assert.equal((await tryPassword(emulator, UNLOCKME, PASSWORD)).status, 400, 'starts locked');
    const { stateHandle, answer } = await unlockByEmailCode(emulator, UNLOCKME);
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.body.messages.value, [UNLOCK_SUCCESS]);
    assert.equal(answer.body.remediation, undefined, 'terminal');
    assert.equal(answer.body.successWithInteractionCode, undefined);
    assert.equal(answer.body.user.value.identifier, UNLOCKME);
    assert.ok(answer.body.cancel, 'cancel leads back to sign in');
    const back = await submit(emulator, stateHandle, '/idp/idx/cancel');
    assert.deepEqual(remediationNames(back.body), ['identify', 'select-enroll-profile', 'unlock-account']);
    assert.ok((await signIn(emulator, UNLOCKME, PASSWORD)).code);
  });

  it('the demo user locked@ can unlock with its email too', async () => {
    const { answer } = await unlockByEmailCode(emulator, 'locked@example.com');
    assert.deepEqual(answer.body.messages.value, [UNLOCK_SUCCESS]);
    assert.ok((await signIn(emulator, 'locked@example.com', PASSWORD)).code);
  });

  it('verifies by the email link too (the poll ends in the unlock success)', async () => {
    const { stateHandle, reply } = await openUnlock(emulator);
    const chosen = await submit(emulator, stateHandle, '/idp/idx/challenge', { identifier: UNLOCKME, authenticator: authenticatorOf(optionFor(reply.body, 'Email')) });
    const id = field(remediation(chosen.body, 'authenticator-verification-data'), 'authenticator').form.value[0].value;
    await submit(emulator, stateHandle, '/idp/idx/challenge', { authenticator: { id, methodType: 'email' } });
    const waiting = await submit(emulator, stateHandle, '/idp/idx/challenge/poll');
    assert.deepEqual(remediationNames(waiting.body), ['challenge-authenticator']);
    const { magicLink } = await latestMail(emulator, UNLOCKME);
    assert.equal((await get(emulator, new URL(magicLink).pathname)).status, 200);
    const polled = await submit(emulator, stateHandle, '/idp/idx/challenge/poll');
    assert.deepEqual(polled.body.messages.value, [UNLOCK_SUCCESS]);
    assert.ok((await signIn(emulator, UNLOCKME, PASSWORD)).code);
  });

  it('a wrong code stays on the challenge and unlocks nothing', async () => {
    const { stateHandle, reply } = await openUnlock(emulator);
    const chosen = await submit(emulator, stateHandle, '/idp/idx/challenge', { identifier: UNLOCKME, authenticator: authenticatorOf(optionFor(reply.body, 'Email')) });
    const id = field(remediation(chosen.body, 'authenticator-verification-data'), 'authenticator').form.value[0].value;
    await submit(emulator, stateHandle, '/idp/idx/challenge', { authenticator: { id, methodType: 'email' } });
    const wrong = await submit(emulator, stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: '000000' } });
    assert.notEqual(wrong.status, 200);
    assert.deepEqual(remediationNames(wrong.body), ['challenge-authenticator']);
    assert.equal((await tryPassword(emulator, UNLOCKME, PASSWORD)).status, 400, 'still locked');
  });

  it('a user who is not locked gets the same answers, and stays able to sign in', async () => {
    const { answer } = await unlockByEmailCode(emulator, 'recover@example.com');
    assert.deepEqual(answer.body.messages.value, [UNLOCK_SUCCESS]);
    assert.ok((await signIn(emulator, 'recover@example.com', PASSWORD)).code);
  });

  it('a user locked by wrong passwords unlocks, and the count starts again', async () => {
    const { emulator: strict } = await newEmulator({ passwordPolicy: { lockout: { maxAttempts: 2 } } });
    for (let i = 0; i < 2; i += 1) await tryPassword(strict, 'recover@example.com', 'Wrong-Password-1!');
    assert.equal((await tryPassword(strict, 'recover@example.com', PASSWORD)).status, 400, 'locked');
    const { answer } = await unlockByEmailCode(strict, 'recover@example.com');
    assert.deepEqual(answer.body.messages.value, [UNLOCK_SUCCESS]);
    await tryPassword(strict, 'recover@example.com', 'Wrong-Password-1!');
    assert.ok((await signIn(strict, 'recover@example.com', PASSWORD)).code, 'one wrong after the unlock does not lock');
  });

  it('refuses a blank username and a missing choice on the form, an unknown user as identify does, and an authenticator the user lacks', async () => {
    const { stateHandle, reply } = await openUnlock(emulator);
    const email = authenticatorOf(optionFor(reply.body, 'Email'));
    const blank = await submit(emulator, stateHandle, '/idp/idx/challenge', { identifier: ' ', authenticator: email });
    assert.equal(blank.status, 400);
    assert.equal(field(remediation(blank.body, 'select-authenticator-unlock-account'), 'identifier').messages.value[0].i18n.key, 'model.validation.field.blank');
    const noChoice = await submit(emulator, stateHandle, '/idp/idx/challenge', { identifier: UNLOCKME });
    assert.equal(field(remediation(noChoice.body, 'select-authenticator-unlock-account'), 'authenticator').messages.value[0].i18n.key, 'model.validation.field.blank');
    const unknown = await submit(emulator, stateHandle, '/idp/idx/challenge', { identifier: 'ghost@example.com', authenticator: email });
    assert.equal(unknown.status, 400);
    assert.deepEqual(unknown.body.messages.value.map((m: Loose) => m.i18n.key), ['idx.unknown.user']);
    assert.deepEqual(remediationNames(unknown.body), ['select-authenticator-unlock-account']);
    const phone = { id: authenticatorOf(optionFor(reply.body, 'Phone')).id, methodType: 'sms' };
    const lacking = await submit(emulator, stateHandle, '/idp/idx/challenge', { identifier: UNLOCKME, authenticator: phone });
    assert.equal(lacking.status, 400);
    assert.deepEqual(lacking.body.messages.value.map((m: Loose) => m.i18n.key), ['emulator.authenticator.unavailable']);
    assert.equal(field(remediation(lacking.body, 'select-authenticator-unlock-account'), 'identifier').value, UNLOCKME);
  });

  it('selfServiceUnlock false, or no email/phone in the recovery policy: no unlock-account, and the endpoint refuses', async () => {
    for (const config of [{ selfServiceUnlock: false }, { passwordPolicy: { recovery: { authenticators: ['security_question'] } } }]) {
      const { emulator: off } = await newEmulator(config);
      const { doc, stateHandle } = await start(off);
      assert.deepEqual(remediationNames(doc), ['identify', 'select-enroll-profile']);
      const refused = await submit(off, stateHandle, '/idp/idx/unlock-account');
      assert.equal(refused.status, 400);
      assert.deepEqual(remediationNames(refused.body), ['identify', 'select-enroll-profile']);
    }
  });

  it('identify with password offers unlock-account beside the identify form', async () => {
    const { emulator: single } = await newEmulator({ identifierFirst: false });
    const { doc } = await start(single);
    assert.deepEqual(remediationNames(doc), ['identify', 'select-enroll-profile', 'unlock-account']);
  });
});

describe('Dev API: lock and unlock', () => {
  let emulator: Emulator;
  before(async () => {
    ({ emulator } = await newEmulator());
  });
  beforeEach(() => emulator.reset());
  const post = (path: string) => send(emulator, new Request(ORIGIN + path, { method: 'POST' }));

  it('POST /dev/users/<login>/lock locks an active user; /unlock unlocks a locked one', async () => {
    const locked = await post('/dev/users/demo%40example.com/lock');
    assert.equal(locked.status, 200);
    assert.deepEqual(locked.body, { identifier: 'demo@example.com', status: 'LOCKED_OUT' });
    assert.equal((await tryPassword(emulator, 'demo@example.com', PASSWORD)).status, 400);
    assert.deepEqual((await post('/dev/users/demo@example.com/unlock')).body, { identifier: 'demo@example.com', status: 'ACTIVE' });
    assert.ok((await signIn(emulator, 'demo@example.com', PASSWORD)).code);
    assert.deepEqual((await post('/dev/users/locked@example.com/unlock')).body.status, 'ACTIVE');
  });

  it('refuses unknown users (404) and suspended ones (400)', async () => {
    assert.equal((await post('/dev/users/ghost@example.com/lock')).status, 404);
    assert.equal((await post('/dev/users/suspended@example.com/unlock')).status, 400);
    assert.equal((await post('/dev/users/suspended@example.com/lock')).status, 400);
  });
});
