import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, defaultConfig, resolveConfig } from '../src/index.js';
import { ORIGIN, choose, newEmulator, send, start, submit } from './helpers.js';

const rejects = (input: unknown, message: string | RegExp) =>
  assert.throws(() => resolveConfig(input, defaultConfig), (error: unknown) => {
    assert.ok(error instanceof ConfigError);
    if (typeof message === 'string') assert.equal(error.message, message);
    else assert.match(error.message, message);
    return true;
  });

const user = (extra: Record<string, unknown>) => ({ users: [{ identifier: 'a@example.com', password: 'x', ...extra }] });

describe('MFA config', () => {
  it('defaults to a password-only policy and keeps the old users valid', () => {
    const config = resolveConfig({}, defaultConfig);
    const demo = config.users.find((u) => u.identifier === 'demo@example.com')!;
    assert.deepEqual(demo.policy, { signOn: [['okta_password']], enroll: [], optional: [] });
    const choose = config.users.find((u) => u.identifier === 'choose@example.com')!;
    assert.deepEqual(choose.policy.signOn, [['okta_password'], ['okta_email', 'phone_number', 'security_question']]);
  });

  it('names the offending field', () => {
    rejects(user({ policy: { signOn: ['okta_pasword'] } }), /^config\.users\[0\]\.policy\.signOn\[0\] is not a known authenticator key/);
    rejects(user({ policy: { signOn: [['okta_email', 'sms']] } }), /^config\.users\[0\]\.policy\.signOn\[0\]\[1\] is not a known authenticator key .*got "sms"\)$/);
    rejects(user({ policy: { signOn: [42] } }), 'config.users[0].policy.signOn[0] must be an authenticator key or a list of keys');
    rejects(user({ policy: { signOn: [[]] } }), 'config.users[0].policy.signOn[0] must list at least one authenticator key');
    rejects(user({ policy: { optional: 'google_otp' } }), 'config.users[0].policy.optional must be an array of authenticator keys');
    rejects(user({ authenticators: { phone_number: { phoneNumber: '555' } } }),
      'config.users[0].authenticators.phone_number.phoneNumber must be an E.164 phone number such as "+15555550100"');
    rejects(user({ authenticators: { google_otp: { secret: 'not base32!' } } }), /^config\.users\[0\]\.authenticators\.google_otp\.secret must be a base32 TOTP secret/);
    rejects(user({ authenticators: { security_question: { questionKey: 'custom', answer: 'x' } } }),
      'config.users[0].authenticators.security_question.question is required when questionKey is "custom"');
    rejects(user({ authenticators: { okta_password: {} } }), /^config\.users\[0\]\.authenticators\.okta_password is not a known setting/);
  });

  it('POST /dev/reset empties the outbox and forgets enrollments made since', async () => {
    const { emulator } = await newEmulator();
    const started = await start(emulator);
    await submit(emulator, started.stateHandle, '/idp/idx/identify', { identifier: 'totp.enroll@example.com' });
    const totpList = (await submit(emulator, started.stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: 'Okta-Demo-2026!' } })).body;
    await choose(emulator, started.stateHandle, totpList, 'google_otp');
    assert.notDeepEqual((await send(emulator, new Request(`${ORIGIN}/dev/users/totp.enroll@example.com/totp`))).body.enrolling, {});
    const email = await start(emulator);
    await submit(emulator, email.stateHandle, '/idp/idx/identify', { identifier: 'email.mfa@example.com' });
    const list = (await submit(emulator, email.stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: 'Okta-Demo-2026!' } })).body;
    const sendStep = (await choose(emulator, email.stateHandle, list, 'okta_email')).body;
    await submit(emulator, email.stateHandle, '/idp/idx/challenge', { authenticator: { id: sendStep.authenticators.value[0].id, methodType: 'email' } });
    assert.equal((await send(emulator, new Request(`${ORIGIN}/dev/outbox`))).body.messages.length, 1);
    await send(emulator, new Request(`${ORIGIN}/dev/reset`, { method: 'POST' }));
    assert.equal((await send(emulator, new Request(`${ORIGIN}/dev/outbox`))).body.messages.length, 0);
    assert.equal((await send(emulator, new Request(`${ORIGIN}/dev/outbox/latest?to=email.mfa@example.com`))).status, 404);
    assert.deepEqual((await send(emulator, new Request(`${ORIGIN}/dev/users/totp.enroll@example.com/totp`))).body.enrolling, {});
  });
});
