// POST /dev/users/<login>/authenticators/<key>/reset: the admin's "reset authenticator". The enrollment is gone,
// so the next sign-in asks to enroll it again with the same screens as a first enrollment (a new QR code and
// secret for Google Authenticator), and the old secret no longer verifies.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Secret, TOTP } from 'otpauth';
import type { Emulator } from '../src/core/index.js';
import {
  ORIGIN,
  choose,
  interactionCodeOf,
  jsonRequest,
  newEmulator,
  remediationNames,
  send,
  start,
  submit,
  type Loose,
} from './helpers.js';

const PASSWORD = 'Okta-Demo-2026!';
const RESET_USER = 'totp.reset@example.com';
const CONFIGURED_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

const totpNow = (secret: string, ms: number) => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({ timestamp: ms });
const reset = (emulator: Emulator, login: string, key: string) =>
  send(emulator, jsonRequest(`/dev/users/${encodeURIComponent(login)}/authenticators/${key}/reset`, {}));
const secrets = async (emulator: Emulator, login: string) => (await send(emulator, new Request(`${ORIGIN}/dev/users/${login}/totp`))).body;

/** Identify and password: what the policy asks next. */
async function afterPassword(emulator: Emulator, login: string): Promise<{ stateHandle: string; doc: Loose }> {
  const started = await start(emulator);
  await submit(emulator, started.stateHandle, '/idp/idx/identify', { identifier: login });
  const answered = await submit(emulator, started.stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: PASSWORD } });
  assert.equal(answered.status, 200);
  return { stateHandle: started.stateHandle, doc: answered.body };
}

describe('authenticator reset', () => {
  it('Google Authenticator: before, a challenge; after the reset, enrollment with a new QR code and secret; then a challenge with the new one', async () => {
    const { emulator, clock } = await newEmulator();
    const before = await afterPassword(emulator, RESET_USER);
    assert.deepEqual(remediationNames(before.doc), ['select-authenticator-authenticate'], 'enrolled: verified');

    const answer = await reset(emulator, RESET_USER, 'google_otp');
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.body, { identifier: RESET_USER, key: 'google_otp', enrolled: false });
    assert.equal((await secrets(emulator, RESET_USER)).enrolled.google_otp, undefined);

    const after = await afterPassword(emulator, RESET_USER);
    assert.deepEqual(remediationNames(after.doc), ['select-authenticator-enroll'], 'not enrolled any more: offered for enrollment');
    const enrolling = (await choose(emulator, after.stateHandle, after.doc, 'google_otp')).body;
    assert.deepEqual(remediationNames(enrolling), ['enroll-authenticator', 'select-authenticator-enroll']);
    const data = enrolling.currentAuthenticator.value.contextualData;
    assert.match(data.qrcode.href, /^data:image\/png;base64,/);
    assert.match(data.sharedSecret, /^[A-Z2-7]{32}$/);
    assert.notEqual(data.sharedSecret, CONFIGURED_SECRET, 'a new secret');

    const stale = await submit(emulator, after.stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: totpNow(CONFIGURED_SECRET, clock.ms) } });
    assert.equal(stale.status, 401, 'the old secret no longer works');
    const enrolled = await submit(emulator, after.stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: totpNow(data.sharedSecret, clock.ms) } });
    assert.ok(interactionCodeOf(enrolled.body));
    assert.equal((await secrets(emulator, RESET_USER)).enrolled.google_otp, data.sharedSecret);

    clock.advance(60);
    const next = await afterPassword(emulator, RESET_USER);
    assert.deepEqual(remediationNames(next.doc), ['select-authenticator-authenticate'], 'enrolled again: verified');
  });

  for (const [login, key] of [
    ['sms.mfa@example.com', 'phone_number'],
    ['push@example.com', 'okta_verify'],
    ['question@example.com', 'security_question'],
    ['email.mfa@example.com', 'okta_email'],
  ] as const) {
    it(`${key}: the next sign-in offers it for enrollment; a second reset finds nothing to reset`, async () => {
      const { emulator } = await newEmulator();
      assert.deepEqual(remediationNames((await afterPassword(emulator, login)).doc), ['select-authenticator-authenticate']);
      assert.equal((await reset(emulator, login, key)).status, 200);
      const after = await afterPassword(emulator, login);
      assert.deepEqual(remediationNames(after.doc), ['select-authenticator-enroll']);
      const offered = after.doc.authenticators.value.map((a: Loose) => a.key);
      assert.deepEqual(offered, [key]);
      const again = await reset(emulator, login, key);
      assert.equal(again.status, 404);
      assert.equal(again.body.errorCode, 'E0000007');
    });
  }

  it('webauthn: a user with a passkey has it removed', async () => {
    const { emulator } = await newEmulator({
      users: [
        {
          identifier: 'keys@example.com',
          password: PASSWORD,
          policy: { signOn: ['okta_password', 'webauthn'] },
          authenticators: { webauthn: { credentials: [{ credentialId: 'AQID', publicKey: 'pQECAyYgASFYIA' }] } },
        },
      ],
    });
    assert.equal((await reset(emulator, 'keys@example.com', 'webauthn')).status, 200);
    assert.deepEqual(remediationNames((await afterPassword(emulator, 'keys@example.com')).doc), ['select-authenticator-enroll']);
  });

  it('refuses an unknown user (404), the password (400), an unknown key (400), and does not touch other users', async () => {
    const { emulator } = await newEmulator();
    const unknown = await reset(emulator, 'nobody@example.com', 'google_otp');
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.errorCode, 'E0000007');
    assert.equal((await reset(emulator, RESET_USER, 'okta_password')).status, 400);
    assert.equal((await reset(emulator, RESET_USER, 'yubikey_token')).status, 400);
    assert.equal((await reset(emulator, 'demo@example.com', 'google_otp')).status, 404, 'not enrolled: nothing to reset');
    assert.equal((await reset(emulator, RESET_USER, 'google_otp')).status, 200);
    assert.equal((await secrets(emulator, 'push@example.com')).enrolled.okta_verify, CONFIGURED_SECRET);
  });

  it('POST /dev/reset restores the configured enrollment', async () => {
    const { emulator } = await newEmulator();
    await reset(emulator, RESET_USER, 'google_otp');
    assert.equal((await send(emulator, jsonRequest('/dev/reset', {}))).status, 200);
    assert.equal((await secrets(emulator, RESET_USER)).enrolled.google_otp, CONFIGURED_SECRET);
  });
});
