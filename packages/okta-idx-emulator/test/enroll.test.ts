import assert from 'node:assert/strict';
import { before, beforeEach, describe, it } from 'node:test';
import type { Emulator } from '../src/core/index.js';
import {
  NEWCOMER,
  ORIGIN,
  choose,
  exchange,
  field,
  interactionCodeOf,
  newEmulator,
  passcodeField,
  remediation,
  remediationNames,
  send,
  signIn,
  start,
  submit,
} from './helpers.js';

const REQUIREMENTS =
  'Password requirements were not met. Password requirements: at least 8 characters, a lowercase letter, ' +
  'an uppercase letter, a number, a symbol, no parts of your username, does not include your first name, ' +
  'does not include your last name. Your password cannot be any of your last 4 passwords.';

const NEW_PASSWORD = 'Tulip-Sky-2026!';

describe('password enrollment (mustEnrollPassword)', () => {
  let emulator: Emulator;
  before(async () => {
    ({ emulator } = await newEmulator());
  });
  beforeEach(() => emulator.reset());

  /** Identify, then the password in the list Okta offers. */
  async function toEnrollment() {
    const started = await start(emulator);
    const listed = await submit(emulator, started.stateHandle, '/idp/idx/identify', { identifier: NEWCOMER.identifier });
    assert.equal(listed.status, 200);
    const reply = await choose(emulator, started.stateHandle, listed.body, 'okta_password');
    assert.equal(reply.status, 200);
    return { ...started, listDoc: listed.body, doc: reply.body };
  }

  it('offers the password alone in select-authenticator-enroll and waits for the choice', async () => {
    const { listDoc: doc } = await toEnrollment();
    // idx-java/introspect-with-activation-token-response.json: the list only, nothing being enrolled yet.
    assert.deepEqual(remediationNames(doc), ['select-authenticator-enroll']);
    assert.equal(doc.currentAuthenticator, undefined);
    assert.equal(doc.enrollmentAuthenticator, undefined);
    const [option] = field(remediation(doc, 'select-authenticator-enroll'), 'authenticator').options;
    assert.equal(option.label, 'Password');
    assert.equal(option.relatesTo, '$.authenticators.value[0]');
    assert.deepEqual(doc.authenticators.value.map((a: { key: string }) => a.key), ['okta_password']);
    assert.deepEqual(doc.authenticatorEnrollments, { type: 'array', value: [] });
    assert.equal(doc.user.value.identifier, NEWCOMER.identifier);
  });

  it('once chosen, enroll-authenticator with the password policy', async () => {
    const { doc } = await toEnrollment();
    assert.deepEqual(remediationNames(doc), ['enroll-authenticator', 'select-authenticator-enroll']);
    const enroll = remediation(doc, 'enroll-authenticator');
    assert.deepEqual(enroll.relatesTo, ['$.currentAuthenticator']);
    assert.equal(enroll.href, `${ORIGIN}/idp/idx/challenge/answer`);
    assert.equal(field(enroll, 'credentials').required, true);
    assert.deepEqual(passcodeField(enroll), { name: 'passcode', label: 'Enter password', secret: true });
    const current = doc.currentAuthenticator.value;
    assert.equal(current.key, 'okta_password');
    assert.equal(current.type, 'password');
    assert.deepEqual(current.methods, [{ type: 'password' }]);
    assert.deepEqual(current.settings, {
      complexity: {
        minLength: 8, minLowerCase: 1, minUpperCase: 1, minNumber: 1, minSymbol: 1,
        excludeUsername: true, excludeAttributes: ['firstName', 'lastName'],
      },
      age: { minAgeMinutes: 0, historyCount: 4 },
    });
    const [option] = field(remediation(doc, 'select-authenticator-enroll'), 'authenticator').options;
    assert.equal(option.relatesTo, '$.authenticators.value[0]');
    assert.equal(doc.authenticators.value[0].key, 'okta_password');
    assert.equal(option.value.form.value[0].value, current.id);
    // While enrolling Okta also sends the user's enrollments (none yet) and the authenticator being enrolled.
    assert.deepEqual(doc.authenticatorEnrollments, { type: 'array', value: [] });
    assert.equal(doc.enrollmentAuthenticator.value.key, 'okta_password');
    assert.equal(remediation(doc, 'select-authenticator-enroll').value[0].required, undefined);
    assert.equal(doc.user.value.identifier, NEWCOMER.identifier);
    assert.equal(doc.user.value.profile.firstName, 'Nico');
  });

  for (const [why, password] of [
    ['too short', 'Ab1!'],
    ['no symbol', 'Abcdefgh12'],
    ['no uppercase', 'abcdefg1!'],
    ['contains the username', 'My-new-Pass-1'],
    ['contains the first name', 'Hello-Nico-2026'],
    ['contains the last name', 'NEWCOMER-x-2026!'],
  ] as const) {
    it(`refuses a weak password (${why})`, async () => {
      const { stateHandle } = await toEnrollment();
      const reply = await submit(emulator, stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: password } });
      assert.equal(reply.status, 400);
      assert.deepEqual(remediationNames(reply.body), ['enroll-authenticator', 'select-authenticator-enroll']);
      assert.deepEqual(passcodeField(remediation(reply.body, 'enroll-authenticator')).messages, {
        type: 'array',
        // Okta passes the requirement sentence as the key's only param.
        value: [{ message: REQUIREMENTS, i18n: { key: 'password.passwordRequirementsNotMet', params: [REQUIREMENTS.replace('Password requirements were not met. ', '')] }, class: 'ERROR' }],
      });
    });
  }

  it('select-authenticator-enroll with the password shows the same form again', async () => {
    const { stateHandle, doc } = await toEnrollment();
    const id = doc.currentAuthenticator.value.id;
    const reply = await submit(emulator, stateHandle, '/idp/idx/credential/enroll', { authenticator: { id, methodType: 'password' } });
    assert.equal(reply.status, 200);
    assert.deepEqual(remediationNames(reply.body), ['enroll-authenticator', 'select-authenticator-enroll']);
  });

  it('stores an acceptable password, finishes the sign-in, and the password works next time', async () => {
    const { stateHandle, verifier } = await toEnrollment();
    const enrolled = await submit(emulator, stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: NEW_PASSWORD } });
    assert.equal(enrolled.status, 200);
    const tokens = await exchange(emulator, interactionCodeOf(enrolled.body), verifier);
    assert.equal(tokens.status, 200);

    // Second sign-in: now a password challenge, not an enrollment.
    const second = await start(emulator);
    const challenge = await submit(emulator, second.stateHandle, '/idp/idx/identify', { identifier: NEWCOMER.identifier });
    assert.deepEqual(remediationNames(challenge.body), ['challenge-authenticator']);
    const wrong = await submit(emulator, second.stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: 'Other-Pass-2026!' } });
    assert.equal(wrong.status, 400);
    const { code } = await signIn(emulator, NEWCOMER.identifier, NEW_PASSWORD);
    assert.ok(code);
  });

  it('reset() and POST /dev/reset forget enrolled passwords', async () => {
    for (const doReset of [() => emulator.reset(), () => send(emulator, new Request(`${ORIGIN}/dev/reset`, { method: 'POST' }))]) {
      const { stateHandle } = await toEnrollment();
      await submit(emulator, stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: NEW_PASSWORD } });
      await doReset();
      const { doc } = await toEnrollment();
      assert.deepEqual(remediationNames(doc), ['enroll-authenticator', 'select-authenticator-enroll']);
    }
  });
});

describe('password policy from the config', () => {
  it('builds the requirement text from the configured policy', async () => {
    const { emulator } = await newEmulator({
      passwordPolicy: {
        complexity: { minLength: 12, minSymbol: 0, excludeUsername: false, excludeAttributes: [], minUpperCase: 0 },
        age: { historyCount: 0 },
      },
    });
    const { stateHandle } = await start(emulator);
    const listed = await submit(emulator, stateHandle, '/idp/idx/identify', { identifier: NEWCOMER.identifier });
    await choose(emulator, stateHandle, listed.body, 'okta_password');
    const reply = await submit(emulator, stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: 'short1' } });
    assert.equal(
      passcodeField(remediation(reply.body, 'enroll-authenticator')).messages.value[0].message,
      'Password requirements were not met. Password requirements: at least 12 characters, a lowercase letter, a number.',
    );
    const ok = await submit(emulator, stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: 'newcomer-is-fine-1' } });
    assert.equal(ok.status, 200);
  });
});
