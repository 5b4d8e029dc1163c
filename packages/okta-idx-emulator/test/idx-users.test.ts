// Users who cannot sign in get Okta's answers: unknown user (both org settings), locked out, suspended,
// deprovisioned, not assigned to the app.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Emulator } from '../src/core/index.js';
import { CLIENT_ID, field, newEmulator, remediation, remediationNames, start, submit, type Loose } from './helpers.js';

const PASSWORD = 'Okta-Demo-2026!';
const users = [
  { identifier: 'locked@example.com', password: PASSWORD, status: 'LOCKED_OUT' as const },
  { identifier: 'suspended@example.com', password: PASSWORD, status: 'SUSPENDED' as const },
  { identifier: 'gone@example.com', password: PASSWORD, status: 'DEPROVISIONED' as const },
  { identifier: 'unassigned@example.com', password: PASSWORD, assignedClients: [] },
  { identifier: 'assigned@example.com', password: PASSWORD, assignedClients: [CLIENT_ID] },
];

const UNKNOWN_INFO = (identifier: string) => ({
  message: `There is no account with the Username ${identifier}.`,
  i18n: { key: 'idx.unknown.user', params: [] },
  class: 'INFO',
});
const AUTHENTICATION_FAILED = { message: 'Authentication failed', i18n: { key: 'errors.E0000004' }, class: 'ERROR' };

async function identify(emulator: Emulator, identifier: string) {
  const { stateHandle } = await start(emulator);
  return { stateHandle, reply: await submit(emulator, stateHandle, '/idp/idx/identify', { identifier }) };
}

/** The same identify form back, nothing about the user, only `message` at the top. */
function assertRefusedAtIdentify(reply: Loose, message: unknown) {
  assert.equal(reply.status, 400);
  assert.deepEqual(reply.body.messages.value, [message]);
  // The default config's registration and selfServiceUnlock: identify comes with Okta's select-enroll-profile and unlock-account.
  assert.deepEqual(remediationNames(reply.body), ['identify', 'select-enroll-profile', 'unlock-account']);
  assert.equal(reply.body.user, undefined);
  assert.equal(reply.body.authenticatorEnrollments, undefined);
  assert.equal(field(remediation(reply.body, 'identify'), 'identifier').messages, undefined);
}

describe('IDX: users who cannot sign in (unknownUserMessage idx.unknown.user)', () => {
  it('an unknown user gets idx.unknown.user, class INFO', async () => {
    const { emulator } = await newEmulator({ users });
    assertRefusedAtIdentify((await identify(emulator, 'ghost@example.com')).reply, UNKNOWN_INFO('ghost@example.com'));
  });

  it('suspended and deprovisioned users look exactly like unknown ones (Okta does not reveal the account state)', async () => {
    const { emulator } = await newEmulator({ users });
    for (const identifier of ['suspended@example.com', 'gone@example.com']) {
      assertRefusedAtIdentify((await identify(emulator, identifier)).reply, UNKNOWN_INFO(identifier));
    }
  });

  it('a locked-out user reaches the password and gets "Password is incorrect" even for the right one', async () => {
    const { emulator } = await newEmulator({ users });
    const { stateHandle, reply } = await identify(emulator, 'locked@example.com');
    assert.equal(reply.status, 200);
    assert.deepEqual(remediationNames(reply.body), ['challenge-authenticator']);
    const answer = await submit(emulator, stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: PASSWORD } });
    assert.equal(answer.status, 400);
    assert.deepEqual(answer.body.messages.value, [{ message: 'Password is incorrect', i18n: { key: 'incorrectPassword' }, class: 'ERROR' }]);
    assert.equal(answer.body.successWithInteractionCode, undefined);
  });

  it('a user not assigned to the client is told so at identify; one assigned to it signs in', async () => {
    const { emulator } = await newEmulator({ users });
    assertRefusedAtIdentify((await identify(emulator, 'unassigned@example.com')).reply, {
      message: 'User is not assigned to this application.',
      i18n: { key: 'idx.error.user.not.assigned.to.app' },
      class: 'ERROR',
    });
    assert.equal((await identify(emulator, 'assigned@example.com')).reply.status, 200);
  });

  it('the default config’s demo users locked@, suspended@ and unassigned@ get these answers', async () => {
    const { emulator } = await newEmulator();
    assertRefusedAtIdentify((await identify(emulator, 'suspended@example.com')).reply, UNKNOWN_INFO('suspended@example.com'));
    assert.equal((await identify(emulator, 'unassigned@example.com')).reply.body.messages.value[0].i18n.key, 'idx.error.user.not.assigned.to.app');
    const locked = await identify(emulator, 'locked@example.com');
    const answer = await submit(emulator, locked.stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: PASSWORD } });
    assert.equal(answer.body.messages.value[0].i18n.key, 'incorrectPassword');
  });
});

describe('IDX: users who cannot sign in (unknownUserMessage errors.E0000004)', () => {
  it('unknown, suspended and deprovisioned users all get "Authentication failed"', async () => {
    const { emulator } = await newEmulator({ users, unknownUserMessage: 'errors.E0000004' });
    for (const identifier of ['ghost@example.com', 'suspended@example.com', 'gone@example.com']) {
      assertRefusedAtIdentify((await identify(emulator, identifier)).reply, AUTHENTICATION_FAILED);
    }
  });

  it('identify with password: the same answer, with the password form and its recover action as Okta sends', async () => {
    const { emulator } = await newEmulator({ users, unknownUserMessage: 'errors.E0000004', identifierFirst: false, passwordRecovery: true });
    const { stateHandle } = await start(emulator);
    const reply = await submit(emulator, stateHandle, '/idp/idx/identify', { identifier: 'ghost@example.com', credentials: { passcode: PASSWORD } });
    assert.equal(reply.status, 400);
    assert.deepEqual(reply.body.messages.value, [AUTHENTICATION_FAILED]);
    assert.deepEqual(field(remediation(reply.body, 'identify'), 'credentials').form.value.map((f: Loose) => f.name), ['passcode']);
    assert.equal(reply.body.currentAuthenticator.value.key, 'okta_password');
    assert.ok(reply.body.currentAuthenticator.value.recover);
  });

  it('identify with password: a locked-out user’s right password is "Password is incorrect"', async () => {
    const { emulator } = await newEmulator({ users, identifierFirst: false });
    const { stateHandle } = await start(emulator);
    const reply = await submit(emulator, stateHandle, '/idp/idx/identify', { identifier: 'locked@example.com', credentials: { passcode: PASSWORD } });
    assert.equal(reply.status, 400);
    assert.deepEqual(reply.body.messages.value.map((m: Loose) => m.i18n.key), ['incorrectPassword']);
  });
});
