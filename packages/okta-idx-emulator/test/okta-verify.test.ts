import assert from 'node:assert/strict';
import { before, beforeEach, describe, it } from 'node:test';
import { Secret, TOTP } from 'otpauth';
import type { Emulator } from '../src/core/index.js';
import { Clock, ORIGIN, choose, exchange, field, interactionCodeOf, jsonRequest, newEmulator, remediation, remediationNames, send, start, submit } from './helpers.js';

const amrOf = (idToken: string): string[] => JSON.parse(Buffer.from(idToken.split('.')[1], 'base64url').toString()).amr;

const PASSWORD = 'Okta-Demo-2026!';
const PUSH = 'push@example.com';
const post = (e: Emulator, path: string, body: unknown) => send(e, jsonRequest(path, body));
const get = (e: Emulator, path: string) => send(e, new Request(ORIGIN + path));
const totp = (secret: string, ms: number) => new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: ms });

/**
 * Identify, the password, then Okta Verify in the list Okta offers next (one option; Okta waits for the
 * choice): `methodType` as the person picks it, or none (the option leaves it open; Okta starts with a push).
 */
async function afterPassword(e: Emulator, identifier: string, methodType?: string) {
  const started = await start(e);
  await submit(e, started.stateHandle, '/idp/idx/identify', { identifier });
  const listed = await submit(e, started.stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: PASSWORD } });
  assert.equal(listed.status, 200, JSON.stringify(listed.body));
  assert.equal(remediationNames(listed.body).length, 1, 'one list, nothing started before the choice');
  assert.match(remediationNames(listed.body)[0], /^select-authenticator-(authenticate|enroll)$/);
  const reply = await choose(e, started.stateHandle, listed.body, 'okta_verify', methodType);
  assert.equal(reply.status, 200, JSON.stringify(reply.body));
  return { ...started, listDoc: listed.body, doc: reply.body };
}

describe('Okta Verify', () => {
  let emulator: Emulator;
  let clock: Clock;
  before(async () => {
    ({ emulator, clock } = await newEmulator({
      users: [
        {
          identifier: PUSH, password: PASSWORD, policy: { signOn: ['okta_password', 'okta_verify'] },
          authenticators: { okta_verify: { secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' } },
        },
        {
          identifier: 'number@example.com', password: PASSWORD, policy: { signOn: ['okta_password', 'okta_verify'] },
          authenticators: { okta_verify: { numberChallenge: true } },
        },
        { identifier: 'ov.enroll@example.com', password: PASSWORD, policy: { signOn: ['okta_password'], enroll: ['okta_verify'] } },
      ],
    }));
  });
  beforeEach(() => emulator.reset());

  it('push: challenge-poll until approved', async () => {
    const { stateHandle, doc } = await afterPassword(emulator, PUSH);
    assert.deepEqual(remediationNames(doc), ['challenge-poll', 'select-authenticator-authenticate']);
    const poll = remediation(doc, 'challenge-poll');
    assert.equal(poll.refresh, 4000);
    assert.deepEqual(poll.relatesTo, ['$.currentAuthenticator']);
    assert.equal(doc.currentAuthenticator.value.key, 'okta_verify');
    assert.equal((await submit(emulator, stateHandle, '/idp/idx/challenge/poll')).body.successWithInteractionCode, undefined);
    const pending = (await get(emulator, `/dev/push/pending?identifier=${PUSH}`)).body.pending;
    assert.equal(pending.length, 1);
    assert.equal((await post(emulator, '/dev/push/approve', { identifier: PUSH })).body.status, 'APPROVED');
    const done = await submit(emulator, stateHandle, '/idp/idx/challenge/poll');
    assert.ok(interactionCodeOf(done.body));
  });

  it('amr: a push is `mca` and a code from the app is `otp`, as on Okta', async () => {
    const pushed = await afterPassword(emulator, PUSH);
    await post(emulator, '/dev/push/approve', { identifier: PUSH });
    const approved = await submit(emulator, pushed.stateHandle, '/idp/idx/challenge/poll');
    const pushTokens = await exchange(emulator, interactionCodeOf(approved.body), pushed.verifier);
    assert.deepEqual(amrOf(pushTokens.body.id_token), ['pwd', 'mca', 'mfa']);

    const coded = await afterPassword(emulator, PUSH);
    const id = coded.doc.currentAuthenticator.value.id;
    await submit(emulator, coded.stateHandle, '/idp/idx/challenge', { authenticator: { id, methodType: 'totp' } });
    const { enrolled } = (await get(emulator, `/dev/users/${PUSH}/totp`)).body;
    const right = await submit(emulator, coded.stateHandle, '/idp/idx/challenge/answer', { credentials: { totp: totp(enrolled.okta_verify, clock.ms) } });
    const codeTokens = await exchange(emulator, interactionCodeOf(right.body), coded.verifier);
    assert.deepEqual(amrOf(codeTokens.body.id_token), ['pwd', 'otp', 'mfa']);
  });

  it('push: a denial gives the rejected shape with resend, and a new push can be approved', async () => {
    const { stateHandle } = await afterPassword(emulator, PUSH);
    await post(emulator, '/dev/push/deny', { identifier: PUSH });
    const rejected = await submit(emulator, stateHandle, '/idp/idx/challenge/poll');
    assert.deepEqual(rejected.body.messages.value[0], {
      message: 'You have chosen to reject this login.', i18n: { key: 'api.authn.poll.error.push_rejected', params: [] }, class: 'ERROR',
    });
    assert.deepEqual(remediationNames(rejected.body), ['resend', 'select-authenticator-authenticate']);
    const resend = remediation(rejected.body, 'resend');
    assert.equal(resend.href, `${ORIGIN}/idp/idx/challenge`);
    const id = field(resend, 'authenticator').value.form.value[0].value;
    const again = await submit(emulator, stateHandle, '/idp/idx/challenge', { authenticator: { id, methodType: 'push' } });
    assert.deepEqual(remediationNames(again.body), ['challenge-poll', 'select-authenticator-authenticate']);
    await post(emulator, '/dev/push/approve', { identifier: PUSH });
    assert.ok(interactionCodeOf((await submit(emulator, stateHandle, '/idp/idx/challenge/poll')).body));
  });

  it('push: number challenge needs the right answer', async () => {
    const { stateHandle, doc } = await afterPassword(emulator, 'number@example.com');
    const correct = doc.currentAuthenticator.value.contextualData.correctAnswer;
    assert.match(correct, /^\d{2}$/, 'a string, as Okta sends it');
    assert.equal((await get(emulator, '/dev/push/pending?identifier=number@example.com')).body.pending[0].correctAnswer, correct);
    assert.equal((await post(emulator, '/dev/push/approve', { identifier: 'number@example.com' })).status, 400);
    assert.equal((await post(emulator, '/dev/push/approve', { identifier: 'number@example.com', answer: correct })).body.status, 'APPROVED');
    assert.ok(interactionCodeOf((await submit(emulator, stateHandle, '/idp/idx/challenge/poll')).body));
  });

  it('TOTP: choose "Enter a code", wrong then right code', async () => {
    const { stateHandle, doc } = await afterPassword(emulator, PUSH);
    const option = field(remediation(doc, 'select-authenticator-authenticate'), 'authenticator').options[0];
    const [id, methodType] = option.value.form.value;
    assert.deepEqual(methodType.options.map((o: { value: string }) => o.value), ['push', 'totp']);
    const picked = await submit(emulator, stateHandle, '/idp/idx/challenge', { authenticator: { id: id.value, methodType: 'totp' } });
    assert.deepEqual(remediationNames(picked.body), ['challenge-authenticator', 'select-authenticator-authenticate']);
    const { enrolled } = (await get(emulator, `/dev/users/${PUSH}/totp`)).body;
    const wrong = await submit(emulator, stateHandle, '/idp/idx/challenge/answer', { credentials: { totp: '000000' === totp(enrolled.okta_verify, clock.ms) ? '111111' : '000000' } });
    assert.equal(wrong.status, 401);
    const right = await submit(emulator, stateHandle, '/idp/idx/challenge/answer', { credentials: { totp: totp(enrolled.okta_verify, clock.ms) } });
    assert.ok(interactionCodeOf(right.body));
  });

  it('enrollment: QR code, switch to email channel, activation from the phone completes enroll-poll', async () => {
    const { stateHandle, doc } = await afterPassword(emulator, 'ov.enroll@example.com');
    assert.deepEqual(remediationNames(doc), ['enroll-poll', 'select-enrollment-channel', 'select-authenticator-enroll']);
    assert.match(doc.currentAuthenticator.value.contextualData.qrcode.href, /^data:image\/png;base64,/);
    const id = doc.currentAuthenticator.value.id;
    const channel = await submit(emulator, stateHandle, '/idp/idx/credential/enroll', { authenticator: { id, channel: 'email' } });
    // Okta keeps select-enrollment-channel beside the data form, so a person can switch channel again.
    assert.deepEqual(remediationNames(channel.body), ['enrollment-channel-data', 'select-enrollment-channel', 'select-authenticator-enroll']);
    const channels = field(remediation(channel.body, 'select-enrollment-channel'), 'authenticator').value.form.value[1].options;
    assert.deepEqual(channels.map((c: { value: string }) => c.value), ['qrcode', 'email', 'sms']);
    const sent = await submit(emulator, stateHandle, '/idp/idx/credential/enroll', { email: 'ov.enroll@example.com' });
    assert.equal(sent.status, 200);
    assert.equal(sent.body.currentAuthenticator.value.contextualData.email, 'ov.enroll@example.com');
    assert.equal((await get(emulator, '/dev/outbox/latest?to=ov.enroll@example.com')).body.channel, 'email');
    assert.equal((await submit(emulator, stateHandle, '/idp/idx/challenge/poll')).body.successWithInteractionCode, undefined);
    assert.equal((await post(emulator, '/dev/okta-verify/activate', { identifier: 'ov.enroll@example.com' })).status, 200);
    assert.ok(interactionCodeOf((await submit(emulator, stateHandle, '/idp/idx/challenge/poll')).body));
    assert.ok((await get(emulator, '/dev/users/ov.enroll@example.com/totp')).body.enrolled.okta_verify);
  });
});
