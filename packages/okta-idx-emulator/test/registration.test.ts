import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EmulatorConfig } from '../src/core/index.js';
import {
  choose,
  exchange,
  field,
  interactionCodeOf,
  jsonRequest,
  newEmulator,
  remediation,
  remediationNames,
  resolvePath,
  send,
  signIn,
  start,
  submit,
  type Loose,
} from './helpers.js';

const PASSWORD = 'Sign-Up-2026!';
const profile = (overrides: Record<string, unknown> = {}) => ({ email: 'nora@example.com', firstName: 'Nora', lastName: 'Newman', ...overrides });
const messagesOf = (doc: Loose, name: string) =>
  Object.fromEntries(
    remediation(doc, 'enroll-profile')
      .value.find((f: Loose) => f.name === 'userProfile')
      .form.value.filter((f: Loose) => f.messages)
      .map((f: Loose) => [f.name, f.messages.value.map((m: Loose) => m.i18n.key)]),
  )[name];

/** Identify's "Sign up", then the sign-up form. */
async function signUpForm(config: EmulatorConfig = {}) {
  const { emulator } = await newEmulator(config);
  const started = await start(emulator);
  const form = await submit(emulator, started.stateHandle, '/idp/idx/enroll');
  return { emulator, started, form };
}

describe('self-service registration', () => {
  it('offers select-enroll-profile beside identify, posting only the stateHandle to /idp/idx/enroll', async () => {
    const { emulator } = await newEmulator();
    const { doc } = await start(emulator);
    assert.ok(remediationNames(doc).includes('select-enroll-profile'));
    assert.equal(remediationNames(doc)[0], 'identify');
    const signUp = remediation(doc, 'select-enroll-profile');
    assert.equal(new URL(signUp.href).pathname, '/idp/idx/enroll');
    assert.deepEqual(signUp.value.map((f: Loose) => f.name), ['stateHandle']);
  });

  it('answers enroll-profile with the schema (types, required, maxLength, options), the password, and select-identify', async () => {
    const { form } = await signUpForm();
    assert.equal(form.status, 200);
    assert.deepEqual(remediationNames(form.body), ['enroll-profile', 'select-identify']);
    const enroll = remediation(form.body, 'enroll-profile');
    assert.equal(new URL(enroll.href).pathname, '/idp/idx/enroll/new');
    // userProfile first: okta-auth-js reads the field messages from value[0].
    assert.deepEqual(enroll.value.map((f: Loose) => f.name), ['userProfile', 'credentials', 'stateHandle']);
    const attributes = field(enroll, 'userProfile').form.value;
    // No `type` for strings, as real orgs send them (idx-java/enroll-user-response.json).
    assert.deepEqual(attributes.map((a: Loose) => [a.name, a.label, a.type, a.required, a.maxLength]), [
      ['email', 'Email', undefined, true, 100],
      ['firstName', 'First name', undefined, true, 50],
      ['lastName', 'Last name', undefined, true, 50],
      ['department', 'Department', undefined, false, undefined],
    ]);
    assert.deepEqual(attributes[3].options.map((o: Loose) => o.value), ['engineering', 'sales', 'support', 'other']);
    assert.equal(attributes[3].options[0].label, 'Engineering');
    const credentials = field(enroll, 'credentials');
    assert.deepEqual(credentials.form.value.map((f: Loose) => [f.name, f.secret]), [['passcode', true]]);
    assert.equal(resolvePath(form.body, credentials.relatesTo).value.key, 'okta_password');
    assert.equal(form.body.currentAuthenticator.value.settings.complexity.minLength, 8);
    assert.equal(new URL(remediation(form.body, 'select-identify').href).pathname, '/idp/idx/identify/select');
    assert.equal(form.body.user, undefined);
  });

  it('signs up with the password on the form: the code, tokens for the new user, who then signs in as any other', async () => {
    const { emulator, started, form } = await signUpForm();
    const done = await submit(emulator, started.stateHandle, '/idp/idx/enroll/new', {
      userProfile: profile({ department: 'sales' }),
      credentials: { passcode: PASSWORD },
    });
    assert.equal(done.status, 200, JSON.stringify(done.body));
    assert.ok(form.body);
    const tokens = await exchange(emulator, interactionCodeOf(done.body), started.verifier);
    assert.equal(tokens.status, 200);
    const claims = JSON.parse(Buffer.from(tokens.body.id_token.split('.')[1], 'base64url').toString());
    assert.equal(claims.preferred_username, 'nora@example.com');
    assert.deepEqual(claims.amr, ['pwd']);

    const again = await signIn(emulator, 'NORA@example.com', PASSWORD);
    assert.ok(again.code);
    // The profile is kept (userinfo names the new user).
    const after = await exchange(emulator, again.code, again.verifier);
    const info = await send(emulator, new Request('http://localhost:4999/oauth2/default/v1/userinfo', { headers: { authorization: `Bearer ${after.body.access_token}` } }));
    assert.equal(info.body.given_name, 'Nora');
  });

  it('without the password on the form: select-authenticator-enroll with the password alone, then the code', async () => {
    const { emulator, started, form } = await signUpForm({ registration: { passwordAtSignUp: false } });
    assert.deepEqual(remediation(form.body, 'enroll-profile').value.map((f: Loose) => f.name), ['userProfile', 'stateHandle']);
    assert.equal(form.body.currentAuthenticator, undefined);
    const next = await submit(emulator, started.stateHandle, '/idp/idx/enroll/new', { userProfile: profile() });
    assert.equal(next.status, 200);
    // idx-java/enroll-registration-response.json
    assert.deepEqual(remediationNames(next.body), ['select-authenticator-enroll']);
    assert.deepEqual(next.body.authenticators.value.map((a: Loose) => a.key), ['okta_password']);
    assert.equal(next.body.user.value.identifier, 'nora@example.com');
    const enroll = await choose(emulator, started.stateHandle, next.body, 'okta_password');
    assert.equal(remediationNames(enroll.body)[0], 'enroll-authenticator');
    const done = await submit(emulator, started.stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: PASSWORD } });
    assert.ok(interactionCodeOf(done.body));
  });

  it('with email verification: the new user enrolls the email (the code sent to the address) before the code', async () => {
    const { emulator, started } = await signUpForm({ registration: { emailVerification: true } });
    const next = await submit(emulator, started.stateHandle, '/idp/idx/enroll/new', { userProfile: profile(), credentials: { passcode: PASSWORD } });
    assert.deepEqual(remediationNames(next.body), ['select-authenticator-enroll']);
    assert.deepEqual(next.body.authenticators.value.map((a: Loose) => a.key), ['okta_email']);
    const enroll = await choose(emulator, started.stateHandle, next.body, 'okta_email');
    assert.equal(remediationNames(enroll.body)[0], 'enroll-authenticator');
    const mail = await send(emulator, new Request('http://localhost:4999/dev/outbox/latest?to=nora@example.com'));
    const done = await submit(emulator, started.stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: mail.body.code } });
    assert.equal(done.status, 200);
    assert.ok(interactionCodeOf(done.body));
  });

  it('with activation by email: Okta\'s terminal "check your email", a PROVISIONED user, and the link activates', async () => {
    const { emulator, started } = await signUpForm({ registration: { activationEmail: true } });
    const sent = await emulator.handle(
      jsonRequest('/idp/idx/enroll/new', { stateHandle: started.stateHandle, userProfile: profile(), credentials: { passcode: PASSWORD } }, { origin: 'http://localhost:8080' }),
    );
    const body = await sent.json();
    assert.equal(sent.status, 200);
    assert.equal(body.remediation, undefined);
    assert.deepEqual(body.messages.value.map((m: Loose) => [m.i18n.key, m.class]), [['idx.email.verification.required', 'INFO']]);
    assert.equal(body.user.value.identifier, 'nora@example.com');

    // Not active yet: identify answers as for an unknown user.
    const early = await start(emulator);
    const refused = await submit(emulator, early.stateHandle, '/idp/idx/identify', { identifier: 'nora@example.com' });
    assert.equal(refused.status, 400);

    const mail = await send(emulator, new Request('http://localhost:4999/dev/outbox/latest?to=nora@example.com'));
    const link = new URL(mail.body.magicLink);
    assert.equal(link.origin, 'http://localhost:8080');
    const token = link.searchParams.get('activation_token')!;
    const activated = await start(emulator, { activation_token: token });
    // The password was set at sign-up: it is asked, then the user is ACTIVE and signed in.
    assert.equal(remediationNames(activated.doc)[0], 'challenge-authenticator');
    const done = await submit(emulator, activated.stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: PASSWORD } });
    assert.ok(interactionCodeOf(done.body));
    assert.ok((await signIn(emulator, 'nora@example.com', PASSWORD)).code);
  });

  it('refuses a login that exists (any case) with registration.error.notUniqueWithinOrg on userProfile.email, 400', async () => {
    const { emulator, started } = await signUpForm();
    const taken = await submit(emulator, started.stateHandle, '/idp/idx/enroll/new', {
      userProfile: profile({ email: 'Demo@Example.com' }),
      credentials: { passcode: PASSWORD },
    });
    assert.equal(taken.status, 400);
    assert.deepEqual(remediationNames(taken.body), ['enroll-profile', 'select-identify']);
    assert.deepEqual(messagesOf(taken.body, 'email'), ['registration.error.notUniqueWithinOrg']);
    const message = field(remediation(taken.body, 'enroll-profile'), 'userProfile').form.value[0].messages.value[0];
    assert.deepEqual([message.message, message.i18n.params, message.class], ['A user with this Email already exists', ['Email'], 'ERROR']);
  });

  it('refuses missing required, too long, wrong option, wrong type and a bad email on their fields', async () => {
    const config: EmulatorConfig = {
      registration: {
        profileAttributes: [
          { name: 'email', label: 'Email', required: true },
          { name: 'firstName', label: 'First name', required: true, maxLength: 5 },
          { name: 'lastName', label: 'Last name', required: true, minLength: 2 },
          { name: 'department', label: 'Department', options: [{ value: 'sales', label: 'Sales' }] },
          { name: 'age', label: 'Age', type: 'integer' },
          { name: 'newsletter', label: 'Newsletter', type: 'boolean' },
        ],
      },
    };
    const { emulator, started } = await signUpForm(config);
    const refused = await submit(emulator, started.stateHandle, '/idp/idx/enroll/new', {
      userProfile: { email: 'not-an-address', firstName: 'Bartholomew', lastName: 'X', department: 'legal', age: '4.5', newsletter: 'yes' },
      credentials: { passcode: PASSWORD },
    });
    assert.equal(refused.status, 400);
    // The capture's two messages for an address that is not one (idx-java/enroll-profile-error-response.json).
    assert.deepEqual(messagesOf(refused.body, 'email'), ['registration.error.invalidLoginEmail', 'registration.error.doesNotMatchPattern']);
    assert.deepEqual(messagesOf(refused.body, 'firstName'), ['emulator.registration.tooLong']);
    assert.deepEqual(messagesOf(refused.body, 'lastName'), ['emulator.registration.tooShort']);
    assert.deepEqual(messagesOf(refused.body, 'department'), ['emulator.registration.notAnOption']);
    assert.deepEqual(messagesOf(refused.body, 'age'), ['emulator.registration.invalidType']);
    assert.deepEqual(messagesOf(refused.body, 'newsletter'), ['emulator.registration.invalidType']);
    const types = field(remediation(refused.body, 'enroll-profile'), 'userProfile').form.value.map((a: Loose) => a.type);
    assert.deepEqual(types, [undefined, undefined, undefined, undefined, 'integer', 'boolean']);

    const blank = await submit(emulator, started.stateHandle, '/idp/idx/enroll/new', {
      userProfile: { email: 'nora@example.com', firstName: ' ' },
      credentials: { passcode: PASSWORD },
    });
    assert.equal(blank.status, 400);
    assert.deepEqual(messagesOf(blank.body, 'firstName'), ['model.validation.field.blank']);
    assert.deepEqual(messagesOf(blank.body, 'lastName'), ['model.validation.field.blank']);
    assert.equal(messagesOf(blank.body, 'email'), undefined);

    // Nothing refused made a user: the address is still free.
    const fine = await submit(emulator, started.stateHandle, '/idp/idx/enroll/new', {
      userProfile: { email: 'nora@example.com', firstName: 'Nora', lastName: 'Newman', department: 'sales', age: '41', newsletter: true },
      credentials: { passcode: PASSWORD },
    });
    assert.equal(fine.status, 200, JSON.stringify(fine.body.messages ?? fine.body));
  });

  it('refuses a password the policy does not allow on credentials.passcode, and makes no user', async () => {
    const { emulator, started } = await signUpForm();
    const weak = await submit(emulator, started.stateHandle, '/idp/idx/enroll/new', { userProfile: profile(), credentials: { passcode: 'short' } });
    assert.equal(weak.status, 400);
    const passcode = field(remediation(weak.body, 'enroll-profile'), 'credentials').form.value[0];
    assert.equal(passcode.messages.value[0].i18n.key, 'password.passwordRequirementsNotMet');
    // Containing the first name breaks the policy too (excludeAttributes: the new profile is checked).
    const named = await submit(emulator, started.stateHandle, '/idp/idx/enroll/new', { userProfile: profile(), credentials: { passcode: 'Nora-Is-2026!' } });
    assert.equal(named.status, 400);
    const blank = await submit(emulator, started.stateHandle, '/idp/idx/enroll/new', { userProfile: profile() });
    assert.equal(blank.status, 400);
    const fresh = await start(emulator);
    const unknown = await submit(emulator, fresh.stateHandle, '/idp/idx/identify', { identifier: 'nora@example.com' });
    assert.equal(unknown.status, 400);
  });

  it('select-identify goes back to the identify form in the same transaction', async () => {
    const { emulator, started } = await signUpForm();
    const back = await submit(emulator, started.stateHandle, '/idp/idx/identify/select');
    assert.equal(back.status, 200);
    assert.equal(back.body.stateHandle, started.stateHandle);
    assert.equal(remediationNames(back.body)[0], 'identify');
    assert.ok(remediationNames(back.body).includes('select-enroll-profile'));
  });

  it('new users exist until reset', async () => {
    const { emulator, started } = await signUpForm();
    await submit(emulator, started.stateHandle, '/idp/idx/enroll/new', { userProfile: profile(), credentials: { passcode: PASSWORD } });
    assert.ok((await signIn(emulator, 'nora@example.com', PASSWORD)).code);
    assert.equal((await send(emulator, new Request('http://localhost:4999/dev/reset', { method: 'POST' }))).status, 200);
    const fresh = await start(emulator);
    const gone = await submit(emulator, fresh.stateHandle, '/idp/idx/identify', { identifier: 'nora@example.com' });
    assert.equal(gone.status, 400);
    assert.equal(gone.body.messages.value[0].i18n.key, 'idx.unknown.user');
  });

  it('registration disabled: no select-enroll-profile, and /idp/idx/enroll and /enroll/new are refused', async () => {
    const { emulator } = await newEmulator({ registration: { enabled: false } });
    const { doc, stateHandle } = await start(emulator);
    assert.ok(!remediationNames(doc).includes('select-enroll-profile'));
    for (const path of ['/idp/idx/enroll', '/idp/idx/enroll/new']) {
      const refused = await submit(emulator, stateHandle, path, { userProfile: profile(), credentials: { passcode: PASSWORD } });
      assert.equal(refused.status, 400);
      assert.equal(refused.body.messages.value[0].i18n.key, 'emulator.remediation.unavailable');
      assert.equal(remediationNames(refused.body)[0], 'identify');
    }
  });

  it('POST /dev/users/<login>/activation-token: Okta\'s /welcome link by default, refusals, and STAGED users too', async () => {
    const { emulator } = await newEmulator({
      users: [
        { identifier: 'staged@example.com', password: null, status: 'STAGED', profile: { email: 'staged@example.com' } },
        { identifier: 'active@example.com', password: 'Okta-Demo-2026!' },
      ],
    });
    const issue = (login: string, body: unknown = {}) => send(emulator, jsonRequest(`/dev/users/${login}/activation-token`, body));
    const staged = await issue('staged@example.com');
    assert.equal(staged.status, 200);
    assert.equal(staged.body.link, `http://localhost:4999/welcome/${staged.body.activationToken}`);
    const mail = await send(emulator, new Request('http://localhost:4999/dev/outbox/latest?to=staged@example.com'));
    assert.deepEqual([mail.body.magicLink, mail.body.code], [staged.body.link, null]);
    assert.equal((await issue('nobody@example.com')).status, 404);
    assert.equal((await issue('staged@example.com', { appUrl: 'javascript:alert(1)' })).status, 400);
    const active = await issue('active@example.com');
    assert.deepEqual([active.status, active.body.errorCode], [403, 'E0000016']);

    // Not active: identify answers as for an unknown user; the token starts at the password enrollment.
    const early = await start(emulator);
    const refused = await submit(emulator, early.stateHandle, '/idp/idx/identify', { identifier: 'staged@example.com' });
    assert.deepEqual([refused.status, refused.body.messages.value[0].i18n.key], [400, 'idx.unknown.user']);
    const invited = await start(emulator, { activation_token: staged.body.activationToken });
    assert.deepEqual(remediationNames(invited.doc), ['select-authenticator-enroll']);
    await assert.rejects(start(emulator, { activation_token: staged.body.activationToken }), /The activation token is invalid/);
  });

  it('refuses a config whose sign-up form lacks email, or progressive profiling of an attribute it does not define', async () => {
    await assert.rejects(newEmulator({ registration: { profileAttributes: [{ name: 'firstName' }] } }), /registration\.profileAttributes must include "email"/);
    await assert.rejects(newEmulator({ profileEnrollment: { requiredAttributes: ['shoeSize'] } }), /"shoeSize", not in registration\.profileAttributes/);
  });
});
