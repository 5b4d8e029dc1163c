import assert from 'node:assert/strict';
import { before, beforeEach, describe, it } from 'node:test';
import type { Emulator } from '../src/core/index.js';
import {
  Clock,
  DEMO,
  ORIGIN,
  SESSION_EXPIRED,
  field,
  choose,
  interactionCodeOf,
  jsonRequest,
  type Loose,
  newEmulator,
  passcodeField,
  remediation,
  remediationNames,
  resolvePath,
  send,
  start,
  submit,
  signIn,
} from './helpers.js';

const stateHandleField = (form: Loose) => field(form, 'stateHandle');

describe('IDX: identifier-first password sign-in', () => {
  let emulator: Emulator;
  let clock: Clock;
  before(async () => {
    ({ emulator, clock } = await newEmulator());
  });
  beforeEach(() => emulator.reset());

  it('introspect returns the identify form with absolute hrefs and an immutable stateHandle', async () => {
    const { doc, stateHandle } = await start(emulator);
    assert.equal(doc.version, '1.0.0');
    assert.equal(doc.intent, 'LOGIN');
    assert.ok(Date.parse(doc.expiresAt) > clock.now());
    assert.deepEqual(remediationNames(doc), ['identify', 'select-enroll-profile', 'unlock-account']);
    const identify = remediation(doc, 'identify');
    assert.equal(identify.href, `${ORIGIN}/idp/idx/identify`);
    assert.equal(identify.method, 'POST');
    assert.equal(identify.accepts, 'application/json; okta-version=1.0.0');
    assert.deepEqual(field(identify, 'identifier'), { name: 'identifier', label: 'Username' });
    assert.deepEqual(field(identify, 'rememberMe'), { name: 'rememberMe', label: 'Keep me signed in', type: 'boolean' });
    assert.equal(field(identify, 'credentials'), undefined);
    assert.deepEqual(stateHandleField(identify), { name: 'stateHandle', required: true, value: stateHandle, visible: false, mutable: false });
    assert.equal(doc.cancel.href, `${ORIGIN}/idp/idx/cancel`);
    assert.equal(doc.app.value.id, 'okta-elements-demo');
    assert.equal(doc.currentAuthenticator, undefined);
  });

  it('identify leads to the password challenge with resolvable relatesTo paths', async () => {
    const { stateHandle } = await start(emulator);
    const reply = await submit(emulator, stateHandle, '/idp/idx/identify', { identifier: DEMO.identifier, rememberMe: true });
    assert.equal(reply.status, 200);
    const doc = reply.body;
    // A lone password offers no choice, so Okta sends no select-authenticator-authenticate beside it
    // (okta-captures idx-java/identify-first-error-response.json).
    assert.deepEqual(remediationNames(doc), ['challenge-authenticator']);
    const challenge = remediation(doc, 'challenge-authenticator');
    assert.deepEqual(challenge.relatesTo, ['$.currentAuthenticatorEnrollment']);
    assert.equal(challenge.href, `${ORIGIN}/idp/idx/challenge/answer`);
    assert.deepEqual(passcodeField(challenge), { name: 'passcode', label: 'Password', secret: true });
    assert.equal((resolvePath(doc, challenge.relatesTo[0]) as Loose).value.key, 'okta_password');
    // As on Okta: the authenticator has an `aut…` id, the enrollment its own (`lae…`).
    assert.equal(doc.authenticators.value[0].key, 'okta_password');
    assert.match(doc.authenticators.value[0].id, /^aut/);
    assert.match(doc.currentAuthenticatorEnrollment.value.id, /^lae/);
    assert.equal(doc.authenticatorEnrollments.value[0].id, doc.currentAuthenticatorEnrollment.value.id);
    assert.equal(doc.authenticatorEnrollments.value[0].key, 'okta_password');
    assert.match(doc.expiresAt, /:\d{2}\.000Z$/);
    // The default config has self-service recovery on: the password offers `recover` (the Widget's
    // authenticator-verification-password.json).
    assert.equal(doc.currentAuthenticatorEnrollment.value.recover.href, `${ORIGIN}/idp/idx/recover`);
    // Current orgs describe the user in every step after identify (idx-java/challenge-security-question-response.json).
    assert.deepEqual(doc.user.value, {
      id: '00uDemoUser000000001',
      identifier: DEMO.identifier,
      profile: { firstName: 'Dana', lastName: 'Demo', locale: 'en_US' },
    });
  });

  it('matches the identifier case-insensitively', async () => {
    const { stateHandle } = await start(emulator);
    const reply = await submit(emulator, stateHandle, '/idp/idx/identify', { identifier: '  DEMO@Example.COM ' });
    assert.equal(reply.status, 200);
    assert.equal(reply.body.user.value.identifier, DEMO.identifier);
  });

  it('re-introspecting returns the step the user is on (page reload)', async () => {
    const { stateHandle, interactionHandle } = await start(emulator);
    await submit(emulator, stateHandle, '/idp/idx/identify', { identifier: DEMO.identifier });
    for (const body of [{ interactionHandle }, { stateToken: stateHandle }]) {
      const again = await send(emulator, jsonRequest('/idp/idx/introspect', body));
      assert.equal(again.status, 200);
      assert.deepEqual(remediationNames(again.body), ['challenge-authenticator']);
      assert.equal(again.body.messages, undefined);
    }
  });

  it('a wrong password is a 400 with Okta’s top-level message and a bare field, then the right one succeeds', async () => {
    const { stateHandle } = await start(emulator);
    await submit(emulator, stateHandle, '/idp/idx/identify', { identifier: DEMO.identifier });
    const wrong = await submit(emulator, stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: 'Okta-Demo-2025!' } });
    assert.equal(wrong.status, 400);
    assert.deepEqual(remediationNames(wrong.body), ['challenge-authenticator']);
    assert.deepEqual(wrong.body.messages, {
      type: 'array',
      value: [{ message: 'Password is incorrect', i18n: { key: 'incorrectPassword' }, class: 'ERROR' }],
    });
    assert.equal(passcodeField(remediation(wrong.body, 'challenge-authenticator')).messages, undefined);

    const right = await submit(emulator, stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: DEMO.password } });
    assert.equal(right.status, 200);
    const success = right.body.successWithInteractionCode;
    assert.equal(success.name, 'issue');
    assert.equal(success.href, `${ORIGIN}/oauth2/default/v1/token`);
    assert.equal(success.accepts, 'application/x-www-form-urlencoded');
    assert.deepEqual(success.value.map((v: Loose) => v.name), ['grant_type', 'interaction_code', 'client_id', 'code_verifier']);
    assert.equal(success.value[0].value, 'interaction_code');
    assert.equal(success.value[2].value, 'okta-elements-demo');
    assert.equal(success.value[3].value, undefined);
    assert.ok(interactionCodeOf(right.body).length >= 40);
    assert.equal(right.body.remediation, undefined);
    assert.equal(right.body.user.value.profile.firstName, 'Dana');
    assert.equal(right.body.app.value.label, 'okta-elements demo');
    assert.ok(right.body.cancel);
  });

  it('the success form asks a confidential client for its secret (never its value), a public one not', async () => {
    const confidential = await signIn(emulator, DEMO.identifier, DEMO.password, {
      client_id: 'okta-elements-web', client_secret: 'okta-elements-web-secret-do-not-use-in-production',
    });
    const fields = confidential.success.successWithInteractionCode.value;
    assert.deepEqual(fields.map((v: Loose) => v.name), ['grant_type', 'interaction_code', 'client_id', 'client_secret', 'code_verifier']);
    assert.equal(fields[3].value, undefined);
    const pub = await signIn(emulator);
    assert.equal(pub.success.successWithInteractionCode.value.some((v: Loose) => v.name === 'client_secret'), false);
  });

  it('an empty password is a blank-field error', async () => {
    const { stateHandle } = await start(emulator);
    await submit(emulator, stateHandle, '/idp/idx/identify', { identifier: DEMO.identifier });
    const reply = await submit(emulator, stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: '' } });
    assert.equal(reply.status, 400);
    assert.deepEqual(passcodeField(remediation(reply.body, 'challenge-authenticator')).messages.value, [
      { message: 'This field cannot be left blank', i18n: { key: 'model.validation.field.blank' }, class: 'ERROR' },
    ]);
  });

  it('an unknown user gets Okta’s message; the form does not echo the identifier back', async () => {
    const { stateHandle } = await start(emulator);
    const reply = await submit(emulator, stateHandle, '/idp/idx/identify', { identifier: 'ghost@example.com' });
    assert.equal(reply.status, 400);
    assert.deepEqual(reply.body.messages, {
      type: 'array',
      value: [{ message: 'There is no account with the Username ghost@example.com.', i18n: { key: 'idx.unknown.user', params: [] }, class: 'INFO' }],
    });
    const identify = remediation(reply.body, 'identify');
    assert.equal(field(identify, 'identifier').value, undefined);
    assert.equal(field(identify, 'identifier').messages, undefined);
  });

  it('a blank identifier is a field error', async () => {
    const { stateHandle } = await start(emulator);
    const reply = await submit(emulator, stateHandle, '/idp/idx/identify', { identifier: '   ' });
    assert.equal(reply.status, 400);
    assert.equal(field(remediation(reply.body, 'identify'), 'identifier').messages.value[0].i18n.key, 'model.validation.field.blank');
  });

  it('a form the current state does not offer is a 400 IDX error and changes nothing', async () => {
    const { stateHandle } = await start(emulator);
    const early = await submit(emulator, stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: DEMO.password } });
    assert.equal(early.status, 400);
    assert.equal(early.body.version, '1.0.0');
    assert.equal(early.body.messages.value[0].class, 'ERROR');
    assert.equal(early.body.messages.value[0].i18n.key, 'emulator.remediation.unavailable');
    assert.deepEqual(remediationNames(early.body), ['identify', 'select-enroll-profile', 'unlock-account']);

    await submit(emulator, stateHandle, '/idp/idx/identify', { identifier: DEMO.identifier });
    const again = await submit(emulator, stateHandle, '/idp/idx/identify', { identifier: 'mary@example.com' });
    assert.equal(again.status, 400);
    assert.equal(again.body.user.value.identifier, DEMO.identifier);
    const enroll = await submit(emulator, stateHandle, '/idp/idx/credential/enroll', { authenticator: { id: 'x' } });
    assert.equal(enroll.status, 400);
  });

  it('select-authenticator-authenticate is not offered beside a lone password, and is refused', async () => {
    const { stateHandle } = await start(emulator);
    const challenge = await submit(emulator, stateHandle, '/idp/idx/identify', { identifier: DEMO.identifier });
    const id = challenge.body.authenticators.value[0].id;
    const refused = await submit(emulator, stateHandle, '/idp/idx/challenge', { authenticator: { id, methodType: 'password' } });
    assert.equal(refused.status, 400);
    assert.equal(refused.body.messages.value[0].class, 'ERROR');
    assert.deepEqual(remediationNames(refused.body), ['challenge-authenticator']);
  });

  it('cancel goes back to identify in a new transaction (new stateHandle, the old one is dead)', async () => {
    const { stateHandle, interactionHandle } = await start(emulator);
    await submit(emulator, stateHandle, '/idp/idx/identify', { identifier: DEMO.identifier });
    const cancelled = await submit(emulator, stateHandle, '/idp/idx/cancel');
    assert.equal(cancelled.status, 200);
    assert.deepEqual(remediationNames(cancelled.body), ['identify', 'select-enroll-profile', 'unlock-account']);
    assert.notEqual(cancelled.body.stateHandle, stateHandle);
    assert.equal(field(remediation(cancelled.body, 'identify'), 'stateHandle').value, cancelled.body.stateHandle);
    const again = await send(emulator, jsonRequest('/idp/idx/introspect', { interactionHandle }));
    assert.deepEqual(remediationNames(again.body), ['identify', 'select-enroll-profile', 'unlock-account']);
    assert.equal(again.body.stateHandle, cancelled.body.stateHandle);
    assert.equal(again.body.user, undefined);
    const old = await send(emulator, jsonRequest('/idp/idx/introspect', { stateHandle }));
    assert.equal(old.status, 401);
    assert.deepEqual(old.body, SESSION_EXPIRED);
  });

  it('does not advertise or accept recover unless the config enables it', async () => {
    const { emulator } = await newEmulator({ passwordRecovery: false });
    const { stateHandle } = await start(emulator);
    await submit(emulator, stateHandle, '/idp/idx/identify', { identifier: DEMO.identifier });
    const reply = await submit(emulator, stateHandle, '/idp/idx/recover');
    assert.equal(reply.status, 400);
    assert.equal(reply.body.messages.value[0].i18n.key, 'emulator.remediation.unavailable');
  });
});

describe('IDX: expiry and unknown handles', () => {
  let emulator: Emulator;
  let clock: Clock;
  before(async () => {
    ({ emulator, clock } = await newEmulator({ lifetimes: { transactionSeconds: 600 } }));
  });

  const expectExpired = async (stateHandle: string, interactionHandle: string) => {
    for (const body of [{ interactionHandle }, { stateToken: stateHandle }]) {
      const introspect = await send(emulator, jsonRequest('/idp/idx/introspect', body));
      assert.equal(introspect.status, 401);
      assert.deepEqual(introspect.body, SESSION_EXPIRED);
      assert.match(introspect.headers.get('content-type') ?? '', /^application\/(ion\+)?json/);
    }
    const remediate = await submit(emulator, stateHandle, '/idp/idx/identify', { identifier: DEMO.identifier });
    assert.equal(remediate.status, 401);
    assert.deepEqual(remediate.body, SESSION_EXPIRED);
  };

  it('expires an idle transaction after lifetimes.transactionSeconds', async () => {
    const { stateHandle, interactionHandle } = await start(emulator);
    clock.advance(599);
    assert.equal((await submit(emulator, stateHandle, '/idp/idx/identify', { identifier: DEMO.identifier })).status, 200);
    clock.advance(599); // activity above extended the deadline
    assert.equal((await send(emulator, jsonRequest('/idp/idx/introspect', { interactionHandle }))).status, 200);
    clock.advance(601);
    await expectExpired(stateHandle, interactionHandle);
  });

  it('POST /dev/transactions/expire expires every live transaction now', async () => {
    const a = await start(emulator);
    const b = await start(emulator);
    const reply = await send(emulator, new Request(`${ORIGIN}/dev/transactions/expire`, { method: 'POST' }));
    assert.equal(reply.status, 200);
    assert.equal(reply.body.ok, true);
    await expectExpired(a.stateHandle, a.interactionHandle);
    await expectExpired(b.stateHandle, b.interactionHandle);
  });

  it('emulator.expireTransactions() does the same from code', async () => {
    const { stateHandle, interactionHandle } = await start(emulator);
    emulator.expireTransactions();
    await expectExpired(stateHandle, interactionHandle);
  });

  it('answers unknown handles like expired ones', async () => {
    await expectExpired('02unknownStateHandle', 'unknownInteractionHandle');
  });

  it('rejects a body without stateHandle or with malformed JSON as 400', async () => {
    const missing = await send(emulator, jsonRequest('/idp/idx/identify', { identifier: DEMO.identifier }));
    assert.equal(missing.status, 400);
    assert.equal(missing.body.messages.value[0].class, 'ERROR');
    const malformed = await send(emulator, new Request(`${ORIGIN}/idp/idx/identify`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"stateHandle":',
    }));
    assert.equal(malformed.status, 400);
    assert.equal(malformed.body.errorCode, 'E0000003');
  });
});

describe('IDX: identify with password (identifierFirst: false)', () => {
  let emulator: Emulator;
  before(async () => {
    ({ emulator } = await newEmulator({ identifierFirst: false, passwordRecovery: true }));
  });

  it('asks for the password on the identify form, like Okta’s identify-with-password', async () => {
    const { doc } = await start(emulator);
    const identify = remediation(doc, 'identify');
    assert.deepEqual(identify.value.map((f: Loose) => f.name), ['identifier', 'credentials', 'rememberMe', 'stateHandle']);
    assert.deepEqual(passcodeField(identify), { name: 'passcode', label: 'Password', secret: true });
    assert.equal(doc.currentAuthenticator.value.key, 'okta_password');
    assert.equal(doc.currentAuthenticator.value.recover.href, `${ORIGIN}/idp/idx/recover`);
  });

  it('signs in with one request', async () => {
    const { stateHandle } = await start(emulator);
    const reply = await submit(emulator, stateHandle, '/idp/idx/identify', {
      identifier: DEMO.identifier, credentials: { passcode: DEMO.password }, rememberMe: false,
    });
    assert.equal(reply.status, 200);
    assert.ok(reply.body.successWithInteractionCode);
  });

  it('a wrong password keeps the identifier and says so at the top, leaving the field bare', async () => {
    const { stateHandle } = await start(emulator);
    const reply = await submit(emulator, stateHandle, '/idp/idx/identify', {
      identifier: DEMO.identifier, credentials: { passcode: 'wrong' },
    });
    assert.equal(reply.status, 400);
    const identify = remediation(reply.body, 'identify');
    assert.equal(field(identify, 'identifier').value, DEMO.identifier);
    assert.equal(reply.body.messages.value[0].i18n.key, 'incorrectPassword');
    assert.equal(passcodeField(identify).messages, undefined);
  });

  it('sends a user without a password on to enrollment: a one-option list, waiting for the choice', async () => {
    const { stateHandle } = await start(emulator);
    const reply = await submit(emulator, stateHandle, '/idp/idx/identify', { identifier: 'new@example.com' });
    assert.equal(reply.status, 200);
    assert.deepEqual(remediationNames(reply.body), ['select-authenticator-enroll']);
    const chosen = await choose(emulator, stateHandle, reply.body, 'okta_password');
    assert.deepEqual(remediationNames(chosen.body), ['enroll-authenticator', 'select-authenticator-enroll']);
  });

  it('answers recover on the identify form with identify-recovery, as Okta does before the user is known', async () => {
    const { stateHandle } = await start(emulator);
    const reply = await submit(emulator, stateHandle, '/idp/idx/recover');
    assert.equal(reply.status, 200);
    assert.deepEqual(remediationNames(reply.body), ['identify-recovery']);
    const form = remediation(reply.body, 'identify-recovery');
    assert.equal(form.href, `${ORIGIN}/idp/idx/identify`);
    assert.deepEqual(form.value.map((f: Loose) => f.name), ['identifier', 'stateHandle']);
    assert.equal(reply.body.currentAuthenticator, undefined);
  });
});
