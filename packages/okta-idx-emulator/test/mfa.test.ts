import assert from 'node:assert/strict';
import { before, beforeEach, describe, it } from 'node:test';
import { TOTP, Secret } from 'otpauth';
import type { Emulator } from '../src/core/index.js';
import {
  Clock,
  ORIGIN,
  choose,
  exchange,
  field,
  interactionCodeOf,
  type Loose,
  newEmulator,
  passcodeField,
  remediation,
  remediationNames,
  resolvePath,
  send,
  start,
  submit,
} from './helpers.js';

const PASSWORD = 'Okta-Demo-2026!';
const get = (emulator: Emulator, path: string) => send(emulator, new Request(ORIGIN + path));

/** Every relatesTo in the document resolves, every form keeps an immutable stateHandle, every href is absolute. */
function assertWellFormed(doc: Loose) {
  for (const form of doc.remediation?.value ?? []) {
    assert.match(form.href, /^http:\/\//);
    const sh = field(form, 'stateHandle');
    assert.equal(sh.mutable, false);
    assert.equal(sh.value, doc.stateHandle);
    for (const r of form.relatesTo ?? []) assert.ok(resolvePath(doc, r), `${form.name} relatesTo ${r}`);
    for (const f of form.value) for (const o of f.options ?? []) if (o.relatesTo) assert.ok(resolvePath(doc, o.relatesTo), o.relatesTo);
  }
}

const totpNow = (secret: string, ms: number) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({ timestamp: ms });

describe('MFA sign-on policies', () => {
  let emulator: Emulator;
  let clock: Clock;
  before(async () => {
    ({ emulator, clock } = await newEmulator());
  });
  beforeEach(() => emulator.reset());

  async function afterPassword(identifier: string) {
    const started = await start(emulator);
    await submit(emulator, started.stateHandle, '/idp/idx/identify', { identifier });
    const reply = await submit(emulator, started.stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: PASSWORD } });
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    assertWellFormed(reply.body);
    return { ...started, doc: reply.body };
  }

  const latest = async (to: string) => (await get(emulator, `/dev/outbox/latest?to=${encodeURIComponent(to)}`)).body;

  /** After the password, Okta offers the next authenticator in a list even when it is the only one, and waits. */
  async function afterPasswordChose(identifier: string, key: string) {
    const started = await afterPassword(identifier);
    const list = remediation(started.doc, 'select-authenticator-authenticate') ?? remediation(started.doc, 'select-authenticator-enroll');
    assert.ok(list, `a select-authenticator-* list after the password: ${remediationNames(started.doc)}`);
    assert.deepEqual(field(list, 'authenticator').options.map((o: Loose) => resolvePath(started.doc, o.relatesTo).key), [key]);
    const chosen = await choose(emulator, started.stateHandle, started.doc, key);
    assert.equal(chosen.status, 200, JSON.stringify(chosen.body));
    assertWellFormed(chosen.body);
    return { ...started, listDoc: started.doc, doc: chosen.body };
  }

  it('the next authenticator after the password is a one-option list, and nothing is sent before the choice', async () => {
    const { doc } = await afterPassword('email.mfa@example.com');
    assert.deepEqual(remediationNames(doc), ['select-authenticator-authenticate']);
    const list = remediation(doc, 'select-authenticator-authenticate');
    assert.equal(list.href, `${ORIGIN}/idp/idx/challenge`);
    const [option] = field(list, 'authenticator').options;
    assert.equal(option.label, 'Email');
    assert.deepEqual(option.value.form.value.map((f: Loose) => [f.name, f.value]), [['id', doc.authenticators.value[0].id], ['methodType', 'email']]);
    // Only the enrollment that can satisfy the step is listed, with its masked address (MFA-SOP/05).
    assert.deepEqual(doc.authenticatorEnrollments.value.map((e: Loose) => [e.key, e.profile?.email]), [['okta_email', 'e***a@example.com']]);
    assert.equal(doc.currentAuthenticatorEnrollment, undefined);
    assert.equal((await get(emulator, '/dev/outbox?to=email.mfa@example.com')).body.messages.length, 0);
  });

  it('email: verification-data, wrong code then right code, amr has mfa', async () => {
    const { stateHandle, doc, verifier } = await afterPasswordChose('email.mfa@example.com', 'okta_email');
    assert.deepEqual(remediationNames(doc), ['authenticator-verification-data']);
    const data = remediation(doc, 'authenticator-verification-data');
    assert.equal(data.href, `${ORIGIN}/idp/idx/challenge`);
    assert.deepEqual(data.relatesTo, ['$.currentAuthenticatorEnrollment']);
    assert.equal(doc.currentAuthenticatorEnrollment.value.profile.email, 'e***a@example.com');
    const id = field(data, 'authenticator').form.value[0].value;
    const sent = await submit(emulator, stateHandle, '/idp/idx/challenge', { authenticator: { id, methodType: 'email' } });
    assert.equal(sent.status, 200);
    assertWellFormed(sent.body);
    assert.deepEqual(remediationNames(sent.body), ['challenge-authenticator']);
    const holder = sent.body.currentAuthenticatorEnrollment.value;
    assert.equal(holder.resend.href, `${ORIGIN}/idp/idx/challenge/resend`);
    assert.equal(holder.poll.refresh, 4000);
    const message = await latest('email.mfa@example.com');
    assert.equal(message.channel, 'email');
    assert.match(message.code, /^\d{6}$/);

    const wrong = await submit(emulator, stateHandle, '/idp/idx/challenge/answer', {
      credentials: { passcode: message.code === '000000' ? '111111' : '000000' },
    });
    assert.equal(wrong.status, 401, 'Okta answers an invalid one-time code with 401');
    assert.deepEqual(passcodeField(remediation(wrong.body, 'challenge-authenticator')).messages.value, [
      { message: 'Invalid code. Try again.', i18n: { key: 'api.authn.error.PASSCODE_INVALID', params: [] }, class: 'ERROR' },
    ]);
    const right = await submit(emulator, stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: message.code } });
    assert.equal(right.status, 200);
    const tokens = await exchange(emulator, interactionCodeOf(right.body), verifier);
    assert.equal(tokens.status, 200);
    const idToken = JSON.parse(Buffer.from(tokens.body.id_token.split('.')[1], 'base64url').toString());
    assert.deepEqual(idToken.amr, ['pwd', 'email', 'mfa']);
  });

  it('email: the magic link completes the poll', async () => {
    const { stateHandle, doc } = await afterPasswordChose('email.mfa@example.com', 'okta_email');
    const id = field(remediation(doc, 'authenticator-verification-data'), 'authenticator').form.value[0].value;
    await submit(emulator, stateHandle, '/idp/idx/challenge', { authenticator: { id, methodType: 'email' } });
    const pending = await submit(emulator, stateHandle, '/idp/idx/challenge/poll');
    assert.equal(pending.status, 200);
    assert.equal(pending.body.successWithInteractionCode, undefined);
    const { magicLink } = await latest('email.mfa@example.com');
    assert.match(magicLink, new RegExp(`^${ORIGIN}/dev/magic-link/`));
    const opened = await send(emulator, new Request(magicLink));
    assert.equal(opened.status, 200);
    assert.equal(opened.body.messages.value[0].i18n.key, 'idx.return.to.original.tab');
    const done = await submit(emulator, stateHandle, '/idp/idx/challenge/poll');
    assert.equal(done.status, 200);
    assert.ok(interactionCodeOf(done.body));
  });

  it('sms: method choice, resend, rate limit 429, wrong then right code, masked phone', async () => {
    const { stateHandle, doc } = await afterPasswordChose('sms.mfa@example.com', 'phone_number');
    // The list stays beside the data step: SMS and voice are two ways to receive the code.
    assert.deepEqual(remediationNames(doc), ['authenticator-verification-data', 'select-authenticator-authenticate']);
    assert.equal(doc.currentAuthenticatorEnrollment.value.profile.phoneNumber, '+1 XXX-XXX-0100');
    const data = remediation(doc, 'authenticator-verification-data');
    const methodType = field(data, 'authenticator').form.value[1];
    assert.deepEqual(methodType.options.map((o: Loose) => o.value), ['sms', 'voice']);
    const id = field(data, 'authenticator').form.value[0].value;
    const sent = await submit(emulator, stateHandle, '/idp/idx/challenge', { authenticator: { id, methodType: 'voice' } });
    assert.equal(sent.status, 200);
    assert.equal((await latest('+1 555-555-0100')).channel, 'voice');
    const resent = await submit(emulator, stateHandle, '/idp/idx/challenge/resend');
    assert.equal(resent.status, 200);
    assert.equal((await submit(emulator, stateHandle, '/idp/idx/challenge/resend')).status, 200);
    const limited = await submit(emulator, stateHandle, '/idp/idx/challenge/resend');
    assert.equal(limited.status, 429);
    assert.deepEqual(limited.body.messages.value[0].i18n, { key: 'errors.E0000150' });
    clock.advance(61);
    assert.equal((await submit(emulator, stateHandle, '/idp/idx/challenge/resend')).status, 200);
    const outbox = (await get(emulator, '/dev/outbox?to=sms.mfa@example.com')).body.messages;
    assert.equal(outbox.length, 4);
    const { code } = outbox[0];
    const wrong = await submit(emulator, stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: outbox[1].code === code ? '999999x' : outbox[1].code } });
    assert.equal(wrong.status, 401);
    const right = await submit(emulator, stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: code } });
    assert.ok(interactionCodeOf(right.body));
  });

  it('phone: a code by voice call is amr `tel`, by SMS `sms`', async () => {
    for (const [methodType, amr] of [['voice', 'tel'], ['sms', 'sms']] as const) {
      emulator.reset();
      const { stateHandle, doc, verifier } = await afterPasswordChose('sms.mfa@example.com', 'phone_number');
      const id = field(remediation(doc, 'authenticator-verification-data'), 'authenticator').form.value[0].value;
      await submit(emulator, stateHandle, '/idp/idx/challenge', { authenticator: { id, methodType } });
      const { code } = await latest('+1 555-555-0100');
      const done = await submit(emulator, stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: code } });
      const tokens = await exchange(emulator, interactionCodeOf(done.body), verifier);
      const idToken = JSON.parse(Buffer.from(tokens.body.id_token.split('.')[1], 'base64url').toString());
      assert.deepEqual(idToken.amr, ['pwd', amr, 'mfa']);
    }
  });

  it('google_otp: enrollment with a real QR code and secret, wrong then right TOTP, then a challenge next time', async () => {
    const { stateHandle, doc, listDoc } = await afterPasswordChose('totp.enroll@example.com', 'google_otp');
    assert.deepEqual(remediationNames(listDoc), ['select-authenticator-enroll'], 'a required enrollment waits for the choice');
    assert.equal(listDoc.currentAuthenticator, undefined);
    assert.deepEqual(remediationNames(doc), ['enroll-authenticator', 'select-authenticator-enroll']);
    const data = doc.currentAuthenticator.value.contextualData;
    assert.match(data.qrcode.href, /^data:image\/png;base64,iVBOR/);
    assert.match(data.sharedSecret, /^[A-Z2-7]{32}$/);
    const secrets = (await get(emulator, '/dev/users/totp.enroll@example.com/totp')).body;
    assert.equal(secrets.enrolling.google_otp, data.sharedSecret);
    const wrong = await submit(emulator, stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: '12345' } });
    assert.equal(wrong.status, 401);
    assert.equal(passcodeField(remediation(wrong.body, 'enroll-authenticator')).messages.value[0].i18n.key, 'api.authn.error.PASSCODE_INVALID');
    const right = await submit(emulator, stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: totpNow(data.sharedSecret, clock.ms) } });
    assert.equal(right.status, 200);
    assert.ok(interactionCodeOf(right.body));

    clock.advance(60);
    const second = await afterPasswordChose('totp.enroll@example.com', 'google_otp');
    assert.deepEqual(remediationNames(second.doc), ['challenge-authenticator']);
    const { enrolled } = (await get(emulator, '/dev/users/totp.enroll@example.com/totp')).body;
    const bad = await submit(emulator, second.stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: totpNow(enrolled.google_otp, clock.ms - 5 * 60_000) } });
    assert.equal(bad.status, 401);
    assert.equal(passcodeField(remediation(bad.body, 'challenge-authenticator')).messages.value[0].i18n.key,
      'authfactor.challenge.soft_token.invalid_passcode');
    const ok = await submit(emulator, second.stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: totpNow(enrolled.google_otp, clock.ms) } });
    assert.ok(interactionCodeOf(ok.body));
  });

  it('security question: wrong answer, then the enrolled answer case-insensitively', async () => {
    const { stateHandle, doc } = await afterPasswordChose('question@example.com', 'security_question');
    assert.deepEqual(remediationNames(doc), ['challenge-authenticator'], 'nothing else to choose beside the one chosen');
    const challenge = remediation(doc, 'challenge-authenticator');
    assert.deepEqual(field(challenge, 'credentials').form.value[0].value, 'favorite_vacation_location');
    assert.equal(doc.currentAuthenticatorEnrollment.value.contextualData.enrolledQuestion.question, 'Where did you go for your favorite vacation?');
    const wrong = await submit(emulator, stateHandle, '/idp/idx/challenge/answer', { credentials: { questionKey: 'favorite_vacation_location', answer: 'Porto' } });
    assert.equal(wrong.status, 400);
    const answer = field(remediation(wrong.body, 'challenge-authenticator'), 'credentials').form.value.find((f: Loose) => f.name === 'answer');
    assert.deepEqual(answer.messages.value, [{
      message: "Your answer doesn't match our records. Please try again.",
      i18n: { key: 'authfactor.challenge.question_factor.answer_invalid' },
      class: 'ERROR',
    }]);
    const right = await submit(emulator, stateHandle, '/idp/idx/challenge/answer', { credentials: { questionKey: 'favorite_vacation_location', answer: '  lisbon ' } });
    assert.ok(interactionCodeOf(right.body));
  });

  it('choose: select among enrollments, then "choose another" alongside the challenge', async () => {
    const { stateHandle, doc } = await afterPassword('choose@example.com');
    assert.deepEqual(remediationNames(doc), ['select-authenticator-authenticate']);
    const options = field(remediation(doc, 'select-authenticator-authenticate'), 'authenticator').options;
    assert.deepEqual(options.map((o: Loose) => resolvePath(doc, o.relatesTo).key), ['okta_email', 'phone_number', 'security_question']);
    const phone = options[1].value.form.value;
    assert.deepEqual(phone[1].options.map((o: Loose) => o.value), ['sms', 'voice']);
    const picked = await submit(emulator, stateHandle, '/idp/idx/challenge', { authenticator: { id: phone[0].value, methodType: 'sms' } });
    assert.equal(picked.status, 200);
    assertWellFormed(picked.body);
    assert.deepEqual(remediationNames(picked.body), ['authenticator-verification-data', 'select-authenticator-authenticate']);
    // Choose another: the security question.
    const sq = options[2].value.form.value[0].value;
    const other = await submit(emulator, stateHandle, '/idp/idx/challenge', { authenticator: { id: sq } });
    assert.deepEqual(remediationNames(other.body), ['challenge-authenticator', 'select-authenticator-authenticate']);
    const done = await submit(emulator, stateHandle, '/idp/idx/challenge/answer', { credentials: { questionKey: 'disliked_food', answer: 'spinach' } });
    assert.ok(interactionCodeOf(done.body));
  });

  it('optional enrollment: skip, or enroll a security question (answer too short first)', async () => {
    const first = await afterPassword('optional@example.com');
    assert.deepEqual(remediationNames(first.doc), ['select-authenticator-enroll', 'skip']);
    assert.equal(remediation(first.doc, 'skip').href, `${ORIGIN}/idp/idx/skip`);
    const skipped = await submit(emulator, first.stateHandle, '/idp/idx/skip');
    assert.ok(interactionCodeOf(skipped.body));

    const second = await afterPassword('optional@example.com');
    const options = field(remediation(second.doc, 'select-authenticator-enroll'), 'authenticator').options;
    const sq = options.find((o: Loose) => resolvePath(second.doc, o.relatesTo).key === 'security_question');
    const enroll = await submit(emulator, second.stateHandle, '/idp/idx/credential/enroll', { authenticator: { id: sq.value.form.value[0].value } });
    assert.deepEqual(remediationNames(enroll.body), ['enroll-authenticator', 'select-authenticator-enroll', 'skip']);
    const short = await submit(emulator, second.stateHandle, '/idp/idx/challenge/answer', { credentials: { questionKey: 'custom', question: 'Best street?', answer: 'abc' } });
    assert.equal(short.status, 400);
    const answerField = field(remediation(short.body, 'enroll-authenticator'), 'credentials').options[1].value.form.value[2];
    assert.deepEqual(answerField.messages.value[0], {
      message: 'The security question answer must be at least 4 characters in length',
      i18n: { key: 'securityQuestion.answer.tooShort.arg', params: [4] },
      class: 'ERROR',
    });
    const ok = await submit(emulator, second.stateHandle, '/idp/idx/challenge/answer', { credentials: { questionKey: 'custom', question: 'Best street?', answer: 'Abbey Road' } });
    assert.equal(ok.status, 200);
    // google_otp is still optional and not enrolled: offered again, with skip.
    assert.deepEqual(remediationNames(ok.body), ['select-authenticator-enroll', 'skip']);
  });

  it('phone enrollment: an invalid number is refused with Okta’s message', async () => {
    const { emulator: e } = await newEmulator({
      users: [{ identifier: 'p@example.com', password: PASSWORD, policy: { signOn: ['okta_password', 'phone_number'] } }],
    });
    const started = await start(e);
    await submit(e, started.stateHandle, '/idp/idx/identify', { identifier: 'p@example.com' });
    const list = (await submit(e, started.stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: PASSWORD } })).body;
    assert.deepEqual(remediationNames(list), ['select-authenticator-enroll']);
    const doc = (await choose(e, started.stateHandle, list, 'phone_number')).body;
    assert.deepEqual(remediationNames(doc), ['authenticator-enrollment-data', 'select-authenticator-enroll']);
    const id = doc.currentAuthenticator.value.id;
    const bad = await submit(e, started.stateHandle, '/idp/idx/credential/enroll', { authenticator: { id, methodType: 'sms', phoneNumber: '12' } });
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body.messages.value[0], { message: 'Invalid Phone Number.', i18n: { key: 'api.factors.error.sms.invalid_phone' }, class: 'ERROR' });
    const good = await submit(e, started.stateHandle, '/idp/idx/credential/enroll', { authenticator: { id, methodType: 'sms', phoneNumber: '+44 20 7946 0958' } });
    assert.deepEqual(remediationNames(good.body), ['enroll-authenticator', 'select-authenticator-enroll']);
    const { body: msg } = await send(e, new Request(`${ORIGIN}/dev/outbox/latest?to=%2B442079460958`));
    const done = await submit(e, started.stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: msg.code } });
    assert.ok(interactionCodeOf(done.body));
  });
});
