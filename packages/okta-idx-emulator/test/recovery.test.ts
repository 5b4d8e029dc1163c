import assert from 'node:assert/strict';
import { before, beforeEach, describe, it } from 'node:test';
import type { Emulator } from '../src/core/index.js';
import {
  ORIGIN,
  choose,
  exchange,
  field,
  formRequest,
  interactParams,
  jsonRequest,
  type Loose,
  newEmulator,
  pkcePair,
  remediation,
  remediationNames,
  resolvePath,
  send,
  signIn,
  start,
  submit,
} from './helpers.js';

const RECOVER = { identifier: 'recover@example.com', password: 'Okta-Demo-2026!' };
const NEW_PASSWORD = 'Fresh-Start-2027?';

const get = (emulator: Emulator, path: string) => send(emulator, new Request(ORIGIN + path));
const latestCode = async (emulator: Emulator, to: string) =>
  (await get(emulator, `/dev/outbox/latest?to=${encodeURIComponent(to)}`)).body.code as string;
const passcodeMessages = (doc: Loose, form: string) =>
  field(remediation(doc, form), 'credentials').form.value.find((f: Loose) => f.name === 'passcode').messages?.value ?? [];

/** identify → the password challenge → recover: the recovery's list of authenticators. */
async function recoverAfterIdentify(emulator: Emulator, identifier = RECOVER.identifier) {
  const started = await start(emulator);
  const identified = await submit(emulator, started.stateHandle, '/idp/idx/identify', { identifier });
  const recover = identified.body.currentAuthenticatorEnrollment.value.recover;
  assert.equal(recover.href, `${ORIGIN}/idp/idx/recover`);
  const reply = await submit(emulator, started.stateHandle, new URL(recover.href).pathname);
  return { ...started, identified, reply };
}

/** Chooses email in the recovery list, sends the email and answers its code: the reset step. */
async function verifyByEmail(emulator: Emulator, stateHandle: string, doc: Loose, to = RECOVER.identifier) {
  const chosen = await choose(emulator, stateHandle, doc, 'okta_email');
  // The other recovery authenticators stay listed beside it when there are any.
  assert.equal(remediationNames(chosen.body)[0], 'authenticator-verification-data');
  const id = field(remediation(chosen.body, 'authenticator-verification-data'), 'authenticator').form.value[0].value;
  await submit(emulator, stateHandle, '/idp/idx/challenge', { authenticator: { id, methodType: 'email' } });
  return submit(emulator, stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: await latestCode(emulator, to) } });
}

describe('Password recovery (identifier first)', () => {
  let emulator: Emulator;
  before(async () => {
    ({ emulator } = await newEmulator());
  });
  beforeEach(() => emulator.reset());

  it('recover at the password challenge lists what the policy allows and the user has, with the password as recoveryAuthenticator', async () => {
    const { reply } = await recoverAfterIdentify(emulator);
    assert.equal(reply.status, 200);
    assert.equal(reply.body.intent, 'LOGIN');
    assert.deepEqual(remediationNames(reply.body), ['select-authenticator-authenticate']);
    const options = field(remediation(reply.body, 'select-authenticator-authenticate'), 'authenticator').options;
    assert.deepEqual(options.map((o: Loose) => resolvePath(reply.body, o.relatesTo).key), ['okta_email']);
    assert.equal(reply.body.recoveryAuthenticator.value.key, 'okta_password');
    assert.equal(reply.body.recoveryAuthenticator.value.type, 'password');
    assert.equal(reply.body.user.value.identifier, RECOVER.identifier);
    assert.equal(reply.body.currentAuthenticatorEnrollment, undefined);
  });

  it('verifies by email code, then reset-authenticator with the policy, then signs in with the new password', async () => {
    const { stateHandle, verifier, reply } = await recoverAfterIdentify(emulator);
    const verified = await verifyByEmail(emulator, stateHandle, reply.body);
    assert.equal(verified.status, 200);
    assert.deepEqual(remediationNames(verified.body), ['reset-authenticator']);
    const reset = remediation(verified.body, 'reset-authenticator');
    assert.equal(reset.href, `${ORIGIN}/idp/idx/challenge/answer`);
    assert.deepEqual(reset.relatesTo, ['$.currentAuthenticator']);
    assert.deepEqual(field(reset, 'credentials').form.value, [
      { name: 'passcode', label: 'New password', secret: true },
      { name: 'revokeSessions', type: 'boolean', label: 'Sign me out of all other devices' },
    ]);
    const current = verified.body.currentAuthenticator.value;
    assert.equal(current.key, 'okta_password');
    assert.equal(current.settings.complexity.minLength, 8);
    assert.equal(current.settings.age.historyCount, 4);

    // The current password is in the history: refused on the field, with Okta's requirement sentence.
    const reused = await submit(emulator, stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: RECOVER.password } });
    assert.equal(reused.status, 400);
    assert.deepEqual(remediationNames(reused.body), ['reset-authenticator']);
    const [historyMessage] = passcodeMessages(reused.body, 'reset-authenticator');
    assert.equal(historyMessage.i18n.key, 'password.passwordRequirementsNotMet');
    assert.match(historyMessage.message, /cannot be any of your last 4 passwords/);

    const weak = await submit(emulator, stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: 'short' } });
    assert.equal(weak.status, 400);
    assert.match(passcodeMessages(weak.body, 'reset-authenticator')[0].message, /^Password requirements were not met\. Password requirements: at least 8 characters/);

    const done = await submit(emulator, stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: NEW_PASSWORD, revokeSessions: true } });
    assert.equal(done.status, 200);
    const code = done.body.successWithInteractionCode.value.find((v: Loose) => v.name === 'interaction_code').value;
    const tokens = await exchange(emulator, code, verifier);
    assert.equal(tokens.status, 200);
    const claims = JSON.parse(Buffer.from(tokens.body.id_token.split('.')[1], 'base64url').toString());
    assert.deepEqual(claims.amr, ['email', 'pwd', 'mfa']);

    await assert.rejects(signIn(emulator, RECOVER.identifier, RECOVER.password), /Password is incorrect/);
    assert.ok((await signIn(emulator, RECOVER.identifier, NEW_PASSWORD)).code);
  });

  it('verifies by the email link too (the poll completes once the link was opened)', async () => {
    const { stateHandle, reply } = await recoverAfterIdentify(emulator);
    const chosen = await choose(emulator, stateHandle, reply.body, 'okta_email');
    const id = field(chosen.body.remediation.value[0], 'authenticator').form.value[0].value;
    await submit(emulator, stateHandle, '/idp/idx/challenge', { authenticator: { id, methodType: 'email' } });
    const { magicLink } = (await get(emulator, `/dev/outbox/latest?to=${RECOVER.identifier}`)).body;
    assert.equal((await get(emulator, new URL(magicLink).pathname)).status, 200);
    const polled = await submit(emulator, stateHandle, '/idp/idx/challenge/poll');
    assert.deepEqual(remediationNames(polled.body), ['reset-authenticator']);
  });

  it('tells a user with no authenticator the policy allows that reset is not allowed, on the password challenge', async () => {
    const { reply } = await recoverAfterIdentify(emulator, 'demo@example.com');
    assert.equal(reply.status, 400);
    assert.deepEqual(remediationNames(reply.body), ['challenge-authenticator']);
    assert.equal(reply.body.messages.value[0].i18n.key, 'oie.selfservice.reset.password.not.allowed');
  });

  it('cancel during a recovery starts over at identify', async () => {
    const { stateHandle } = await recoverAfterIdentify(emulator);
    const cancelled = await submit(emulator, stateHandle, '/idp/idx/cancel');
    assert.deepEqual(remediationNames(cancelled.body), ['identify', 'select-enroll-profile', 'unlock-account']);
    assert.equal(cancelled.body.recoveryAuthenticator, undefined);
  });
});

describe('Password recovery: the policy and the rest of the sign-in', () => {
  it('offers only the authenticators passwordPolicy.recovery names, and answers the security question', async () => {
    const { emulator } = await newEmulator({ passwordPolicy: { recovery: { authenticators: ['security_question'] } } });
    const { stateHandle, reply } = await recoverAfterIdentify(emulator, 'choose@example.com');
    const options = field(remediation(reply.body, 'select-authenticator-authenticate'), 'authenticator').options;
    assert.deepEqual(options.map((o: Loose) => resolvePath(reply.body, o.relatesTo).key), ['security_question']);
    const chosen = await choose(emulator, stateHandle, reply.body, 'security_question');
    assert.deepEqual(remediationNames(chosen.body), ['challenge-authenticator']);
    assert.equal(chosen.body.recoveryAuthenticator.value.key, 'okta_password');
    const wrong = await submit(emulator, stateHandle, '/idp/idx/challenge/answer', { credentials: { questionKey: 'disliked_food', answer: 'Broccoli' } });
    assert.equal(wrong.status, 400);
    const right = await submit(emulator, stateHandle, '/idp/idx/challenge/answer', { credentials: { questionKey: 'disliked_food', answer: 'Spinach' } });
    assert.deepEqual(remediationNames(right.body), ['reset-authenticator']);
  });

  it('verifies by SMS code and by an Okta Verify push, reusing the sign-in modules', async () => {
    const { emulator } = await newEmulator();
    const sms = await recoverAfterIdentify(emulator, 'sms.mfa@example.com');
    const phone = await choose(emulator, sms.stateHandle, sms.reply.body, 'phone_number');
    const data = remediation(phone.body, 'authenticator-verification-data');
    const id = field(data, 'authenticator').form.value[0].value;
    await submit(emulator, sms.stateHandle, '/idp/idx/challenge', { authenticator: { id, methodType: 'sms' } });
    const smsCode = await latestCode(emulator, '+15555550100');
    const smsDone = await submit(emulator, sms.stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: smsCode } });
    assert.deepEqual(remediationNames(smsDone.body), ['reset-authenticator']);

    const push = await recoverAfterIdentify(emulator, 'push@example.com');
    const pushed = await choose(emulator, push.stateHandle, push.reply.body, 'okta_verify', 'push');
    assert.equal(pushed.status, 200);
    assert.equal(pushed.body.recoveryAuthenticator.value.key, 'okta_password');
    const waiting = await submit(emulator, push.stateHandle, '/idp/idx/challenge/poll');
    assert.notDeepEqual(remediationNames(waiting.body), ['reset-authenticator']);
    const approved = await send(emulator, jsonRequest('/dev/push/approve', { identifier: 'push@example.com' }));
    assert.equal(approved.body.status, 'APPROVED');
    const pushDone = await submit(emulator, push.stateHandle, '/idp/idx/challenge/poll');
    assert.deepEqual(remediationNames(pushDone.body), ['reset-authenticator']);
  });

  it('after the reset, asks for what else the sign-on policy needs before the code', async () => {
    const { emulator } = await newEmulator({
      users: [{
        identifier: 'two@example.com',
        password: 'Okta-Demo-2026!',
        profile: { email: 'two@example.com' },
        policy: { signOn: ['okta_password', 'phone_number'] },
        authenticators: { okta_email: true, phone_number: { phoneNumber: '+15555550123' } },
      }],
    });
    const { stateHandle, reply } = await recoverAfterIdentify(emulator, 'two@example.com');
    const verified = await verifyByEmail(emulator, stateHandle, reply.body, 'two@example.com');
    const done = await submit(emulator, stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: NEW_PASSWORD } });
    assert.equal(verified.status, 200);
    assert.equal(done.status, 200);
    assert.deepEqual(remediationNames(done.body), ['select-authenticator-authenticate']);
    assert.equal(done.body.successWithInteractionCode, undefined);
    assert.equal(done.body.recoveryAuthenticator, undefined);
  });

  it('refuses recover when passwordRecovery is off, with Okta\'s message', async () => {
    const { emulator } = await newEmulator({ passwordRecovery: false, identifierFirst: false });
    const { stateHandle, doc } = await start(emulator);
    assert.equal(doc.currentAuthenticator.value.recover, undefined);
    const reply = await submit(emulator, stateHandle, '/idp/idx/recover');
    assert.equal(reply.status, 400);
  });
});

describe('Password recovery from the identify-with-password form', () => {
  let emulator: Emulator;
  before(async () => {
    ({ emulator } = await newEmulator({ identifierFirst: false }));
  });
  beforeEach(() => emulator.reset());

  it('identify-recovery asks whose password; unknown users and blanks are answered as at identify', async () => {
    const { stateHandle, doc } = await start(emulator);
    const recovered = await submit(emulator, stateHandle, new URL(doc.currentAuthenticator.value.recover.href).pathname);
    assert.deepEqual(remediationNames(recovered.body), ['identify-recovery']);
    assert.deepEqual(Object.keys(recovered.body).sort(), ['app', 'cancel', 'expiresAt', 'intent', 'remediation', 'stateHandle', 'version']);

    const blank = await submit(emulator, stateHandle, '/idp/idx/identify', { identifier: ' ' });
    assert.equal(blank.status, 400);
    assert.equal(field(remediation(blank.body, 'identify-recovery'), 'identifier').messages.value[0].i18n.key, 'model.validation.field.blank');

    const unknown = await submit(emulator, stateHandle, '/idp/idx/identify', { identifier: 'nobody@example.com' });
    assert.equal(unknown.status, 400);
    assert.deepEqual(remediationNames(unknown.body), ['identify-recovery']);
    assert.equal(unknown.body.messages.value[0].i18n.key, 'idx.unknown.user');

    const known = await submit(emulator, stateHandle, '/idp/idx/identify', { identifier: RECOVER.identifier });
    assert.equal(known.status, 200);
    assert.deepEqual(remediationNames(known.body), ['select-authenticator-authenticate']);
    assert.equal(known.body.recoveryAuthenticator.value.key, 'okta_password');
  });
});

describe('Recovery tokens (/v1/interact recovery_token)', () => {
  let emulator: Emulator;
  before(async () => {
    ({ emulator } = await newEmulator());
  });
  beforeEach(() => emulator.reset());

  const issue = (identifier: string, body?: unknown) =>
    send(emulator, jsonRequest(`/dev/users/${encodeURIComponent(identifier)}/recovery-token`, body ?? {}));
  const interactWith = async (token: string) => {
    const { challenge, verifier } = await pkcePair();
    const reply = await send(emulator, formRequest('/oauth2/default/v1/interact', interactParams(challenge, { recovery_token: token })));
    return { reply, verifier };
  };

  it('issues a token and a link (also "emailed" to the outbox); the token starts at reset-authenticator once', async () => {
    const issued = await issue(RECOVER.identifier, { appUrl: 'http://localhost:8080/login?x=1' });
    assert.equal(issued.status, 200);
    const { recoveryToken, link } = issued.body;
    assert.match(recoveryToken, /^[A-Za-z0-9_-]{20,}$/);
    assert.equal(link, `http://localhost:8080/login?x=1&recovery_token=${recoveryToken}`);
    const mail = (await get(emulator, `/dev/outbox/latest?to=${RECOVER.identifier}`)).body;
    assert.equal(mail.magicLink, link);
    assert.equal(mail.code, null);

    const { reply, verifier } = await interactWith(recoveryToken);
    assert.equal(reply.status, 200);
    const introspected = await send(emulator, jsonRequest('/idp/idx/introspect', { interactionHandle: reply.body.interaction_handle }));
    assert.deepEqual(remediationNames(introspected.body), ['reset-authenticator']);
    assert.equal(introspected.body.user.value.identifier, RECOVER.identifier);
    const done = await submit(emulator, introspected.body.stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: NEW_PASSWORD } });
    assert.equal(done.status, 200);
    const code = done.body.successWithInteractionCode.value.find((v: Loose) => v.name === 'interaction_code').value;
    assert.equal((await exchange(emulator, code, verifier)).status, 200);

    const again = await interactWith(recoveryToken);
    assert.equal(again.reply.status, 400);
    assert.deepEqual(again.reply.body, { error: 'invalid_request', error_description: 'The recovery token is invalid' });
  });

  it('links to Okta\'s reset page path without appUrl; refuses unknown users and bad URLs; unknown tokens are invalid', async () => {
    const issued = await issue(RECOVER.identifier);
    assert.equal(issued.body.link, `${ORIGIN}/signin/reset-password/${issued.body.recoveryToken}`);
    assert.equal((await issue('nobody@example.com')).status, 404);
    assert.equal((await issue(RECOVER.identifier, { appUrl: 'javascript:alert(1)' })).status, 400);
    const { reply } = await interactWith('not-a-token');
    assert.equal(reply.status, 400);
    assert.equal(reply.body.error_description, 'The recovery token is invalid');
  });

  it('forgets issued tokens at /dev/reset', async () => {
    const { recoveryToken } = (await issue(RECOVER.identifier)).body;
    emulator.reset();
    assert.equal((await interactWith(recoveryToken)).reply.status, 400);
  });
});

describe('Expired and expiring passwords', () => {
  let emulator: Emulator;
  before(async () => {
    ({ emulator } = await newEmulator());
  });
  beforeEach(() => emulator.reset());

  const afterPassword = async (identifier: string) => {
    const started = await start(emulator);
    await submit(emulator, started.stateHandle, '/idp/idx/identify', { identifier });
    const reply = await submit(emulator, started.stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: 'Okta-Demo-2026!' } });
    return { ...started, reply };
  };

  it('an expired password must be changed (reenroll-authenticator, as the Widget\'s expired-password mock), then the code', async () => {
    const { stateHandle, reply } = await afterPassword('expired@example.com');
    assert.equal(reply.status, 200);
    assert.deepEqual(remediationNames(reply.body), ['reenroll-authenticator']);
    const form = remediation(reply.body, 'reenroll-authenticator');
    assert.deepEqual(form.relatesTo, ['$.currentAuthenticator']);
    assert.deepEqual(field(form, 'credentials').form.value, [{ name: 'passcode', label: 'New password', secret: true }]);
    assert.equal(reply.body.currentAuthenticator.value.key, 'okta_password');
    assert.equal(reply.body.currentAuthenticator.value.settings.complexity.minLength, 8);
    assert.equal(reply.body.recoveryAuthenticator.value.key, 'okta_password');
    const same = await submit(emulator, stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: 'Okta-Demo-2026!' } });
    assert.equal(same.status, 400);
    assert.equal(passcodeMessages(same.body, 'reenroll-authenticator')[0].i18n.key, 'password.passwordRequirementsNotMet');
    const done = await submit(emulator, stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: NEW_PASSWORD } });
    assert.ok(done.body.successWithInteractionCode);
    // Changed: the next sign-in goes straight through with the new password.
    assert.ok((await signIn(emulator, 'expired@example.com', NEW_PASSWORD)).code);
  });

  it('an expiring password is offered for change with skip and the days left; skipping signs in', async () => {
    const { stateHandle, reply } = await afterPassword('expiring@example.com');
    assert.deepEqual(remediationNames(reply.body), ['reenroll-authenticator-warning', 'skip']);
    assert.equal(reply.body.currentAuthenticator.value.settings.daysToExpiry, 5);
    assert.equal(reply.body.messages.value[0].i18n.key, 'idx.password.expiring.message');
    assert.equal(reply.body.recoveryAuthenticator, undefined);
    const skipped = await submit(emulator, stateHandle, '/idp/idx/skip');
    assert.ok(skipped.body.successWithInteractionCode);
    // Still expiring: the warning comes again at the next sign-in.
    const next = await afterPassword('expiring@example.com');
    assert.deepEqual(remediationNames(next.reply.body), ['reenroll-authenticator-warning', 'skip']);
    const changed = await submit(emulator, next.stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: NEW_PASSWORD } });
    assert.ok(changed.body.successWithInteractionCode);
    assert.ok((await signIn(emulator, 'expiring@example.com', NEW_PASSWORD)).code);
  });
});
