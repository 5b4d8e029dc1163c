import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as fixtures from '../../fixtures/idx-responses.js';
import { idxToState, toMessages } from '../../../src/state/idx-to-state.js';
import type { RawField, RawIdxResponse } from '../../../src/state/raw-idx.js';
import type { FlowState } from '../../../src/state/flow-state.js';

interface Expected {
  status: FlowState['status'];
  step?: string;
  steps: string[];
  authenticator?: string;
  fields: string[];
  poll?: { name: string; kind: 'step' | 'action' };
  current?: string;
  fixed?: Record<string, unknown>;
}

/** What each of the project's IDX responses becomes: the step shown, what the person fills in, what is polled. */
const EXPECTED: Record<string, Expected> = {
  identify: { status: 'ready', step: 'identify', steps: ['identify'], fields: ['identifier', 'rememberMe'] },
  challengePassword: {
    status: 'ready',
    step: 'challenge-authenticator',
    steps: ['challenge-authenticator'],
    authenticator: 'okta_password',
    fields: ['credentials.passcode'],
    current: 'okta_password',
  },
  enrollPassword: {
    status: 'ready',
    step: 'enroll-authenticator',
    steps: ['enroll-authenticator'],
    authenticator: 'okta_password',
    fields: ['credentials.passcode'],
    current: 'okta_password',
  },
  selectAuthenticator: { status: 'ready', step: 'select-authenticator-authenticate', steps: ['select-authenticator-authenticate'], fields: ['authenticator'] },
  selectAuthenticatorToVerify: {
    status: 'ready',
    step: 'select-authenticator-authenticate',
    steps: ['select-authenticator-authenticate'],
    fields: ['authenticator'],
  },
  selectToEnroll: { status: 'ready', step: 'select-authenticator-enroll', steps: ['select-authenticator-enroll', 'skip'], fields: ['authenticator'] },
  selectAuthenticatorToEnroll: {
    status: 'ready',
    step: 'select-authenticator-enroll',
    steps: ['select-authenticator-enroll', 'skip'],
    fields: ['authenticator'],
  },
  sessionExpired: { status: 'terminal', steps: [], fields: [] },
  accessDenied: { status: 'terminal', steps: [], fields: [] },
  userNotAssigned: { status: 'terminal', steps: [], fields: [] },
  challengeEmail: {
    status: 'ready',
    step: 'challenge-authenticator',
    steps: ['challenge-authenticator', 'select-authenticator-authenticate'],
    authenticator: 'okta_email',
    fields: ['credentials.passcode'],
    poll: { name: 'currentAuthenticatorEnrollment-poll', kind: 'action' },
    current: 'okta_email',
  },
  verificationDataEmail: {
    status: 'ready',
    step: 'authenticator-verification-data',
    steps: ['authenticator-verification-data', 'select-authenticator-authenticate'],
    authenticator: 'okta_email',
    fields: ['authenticator.methodType'],
    current: 'okta_email',
    fixed: { 'authenticator.id': 'aut-email' },
  },
  verificationDataPhone: {
    status: 'ready',
    step: 'authenticator-verification-data',
    steps: ['authenticator-verification-data', 'select-authenticator-authenticate'],
    authenticator: 'phone_number',
    fields: ['authenticator.methodType'],
    current: 'phone_number',
    fixed: { 'authenticator.id': 'aut-phone' },
  },
  challengePhone: {
    status: 'ready',
    step: 'challenge-authenticator',
    steps: ['challenge-authenticator', 'select-authenticator-authenticate'],
    authenticator: 'phone_number',
    fields: ['credentials.passcode'],
    current: 'phone_number',
  },
  challengeGoogleAuthenticator: {
    status: 'ready',
    step: 'challenge-authenticator',
    steps: ['challenge-authenticator', 'select-authenticator-authenticate'],
    authenticator: 'google_otp',
    fields: ['credentials.passcode'],
    current: 'google_otp',
  },
  challengeOktaVerifyTotp: {
    status: 'ready',
    step: 'challenge-authenticator',
    steps: ['challenge-authenticator', 'select-authenticator-authenticate'],
    authenticator: 'okta_verify',
    fields: ['credentials.totp'],
    current: 'okta_verify',
  },
  challengeOktaVerifyPush: {
    status: 'ready',
    step: 'challenge-poll',
    steps: ['challenge-poll', 'select-authenticator-authenticate'],
    authenticator: 'okta_verify',
    fields: [],
    poll: { name: 'challenge-poll', kind: 'step' },
    current: 'okta_verify',
  },
  challengeSecurityQuestion: {
    status: 'ready',
    step: 'challenge-authenticator',
    steps: ['challenge-authenticator', 'select-authenticator-authenticate'],
    authenticator: 'security_question',
    fields: ['credentials.answer'],
    current: 'security_question',
    fixed: { 'credentials.questionKey': 'favorite_vacation_location' },
  },
  challengeWebauthn: {
    status: 'ready',
    step: 'challenge-authenticator',
    steps: ['challenge-authenticator', 'select-authenticator-authenticate'],
    authenticator: 'webauthn',
    fields: [],
    current: 'webauthn',
  },
  enrollEmail: {
    status: 'ready',
    step: 'enroll-authenticator',
    steps: ['enroll-authenticator', 'select-authenticator-enroll'],
    authenticator: 'okta_email',
    fields: ['credentials.passcode'],
    poll: { name: 'currentAuthenticator-poll', kind: 'action' },
    current: 'okta_email',
  },
  enrollPhoneData: {
    status: 'ready',
    step: 'authenticator-enrollment-data',
    steps: ['authenticator-enrollment-data', 'select-authenticator-enroll'],
    authenticator: 'phone_number',
    fields: ['authenticator.methodType', 'authenticator.phoneNumber'],
    current: 'phone_number',
    fixed: { 'authenticator.id': 'aut-phone' },
  },
  enrollPhone: {
    status: 'ready',
    step: 'enroll-authenticator',
    steps: ['enroll-authenticator', 'select-authenticator-enroll'],
    authenticator: 'phone_number',
    fields: ['credentials.passcode'],
    current: 'phone_number',
  },
  enrollGoogleAuthenticator: {
    status: 'ready',
    step: 'enroll-authenticator',
    steps: ['enroll-authenticator', 'select-authenticator-enroll'],
    authenticator: 'google_otp',
    fields: ['credentials.passcode'],
    current: 'google_otp',
  },
  enrollOktaVerify: {
    status: 'ready',
    step: 'enroll-poll',
    steps: ['enroll-poll', 'select-enrollment-channel', 'select-authenticator-enroll'],
    fields: [],
    poll: { name: 'enroll-poll', kind: 'step' },
    current: 'okta_verify',
  },
  enrollOktaVerifyChannelData: {
    status: 'ready',
    step: 'enrollment-channel-data',
    steps: ['enrollment-channel-data', 'select-authenticator-enroll'],
    fields: ['email'],
    current: 'okta_verify',
  },
  enrollSecurityQuestion: {
    status: 'ready',
    step: 'enroll-authenticator',
    steps: ['enroll-authenticator', 'select-authenticator-enroll'],
    authenticator: 'security_question',
    fields: ['credentials'],
    current: 'security_question',
  },
  enrollWebauthn: {
    status: 'ready',
    step: 'enroll-authenticator',
    steps: ['enroll-authenticator', 'select-authenticator-enroll'],
    authenticator: 'webauthn',
    fields: [],
    current: 'webauthn',
  },
  enrollProfile: {
    status: 'ready',
    step: 'enroll-profile',
    steps: ['enroll-profile'],
    fields: ['userProfile.firstName', 'userProfile.lastName', 'userProfile.email'],
  },
  identifyWithRecover: { status: 'ready', step: 'identify', steps: ['identify'], fields: ['identifier', 'rememberMe'] },
  identifyRecovery: { status: 'ready', step: 'identify-recovery', steps: ['identify-recovery', 'select-enroll-profile'], fields: ['identifier'] },
  selectToRecover: { status: 'ready', step: 'select-authenticator-authenticate', steps: ['select-authenticator-authenticate'], fields: ['authenticator'] },
  challengeEmailToRecover: {
    status: 'ready',
    step: 'challenge-authenticator',
    steps: ['challenge-authenticator', 'select-authenticator-authenticate'],
    authenticator: 'okta_email',
    fields: ['credentials.passcode'],
    poll: { name: 'currentAuthenticatorEnrollment-poll', kind: 'action' },
    current: 'okta_email',
  },
  resetPassword: {
    status: 'ready',
    step: 'reset-authenticator',
    steps: ['reset-authenticator'],
    authenticator: 'okta_password',
    fields: ['credentials.passcode', 'credentials.revokeSessions'],
    current: 'okta_password',
  },
  expiredPassword: {
    status: 'ready',
    step: 'reenroll-authenticator',
    steps: ['reenroll-authenticator'],
    authenticator: 'okta_password',
    fields: ['credentials.passcode'],
    current: 'okta_password',
  },
  expiringPassword: {
    status: 'ready',
    step: 'reenroll-authenticator-warning',
    steps: ['reenroll-authenticator-warning', 'skip'],
    authenticator: 'okta_password',
    fields: ['credentials.passcode'],
    current: 'okta_password',
  },
  recoveryCompleted: { status: 'terminal', steps: [], fields: [] },
  identifyWithUnlock: { status: 'ready', step: 'identify', steps: ['identify', 'unlock-account'], fields: ['identifier', 'rememberMe'] },
  unlockAccount: {
    status: 'ready',
    step: 'select-authenticator-unlock-account',
    steps: ['select-authenticator-unlock-account'],
    fields: ['identifier', 'authenticator'],
  },
  unlockCompleted: { status: 'terminal', steps: [], fields: [] },
  unlockedOnToSignIn: {
    status: 'ready',
    step: 'challenge-authenticator',
    steps: ['challenge-authenticator'],
    authenticator: 'okta_password',
    fields: ['credentials.passcode'],
    current: 'okta_password',
  },
};

/** Every exported IDX response of the fixtures (functions called with their defaults). */
function allResponses(): [string, RawIdxResponse][] {
  return Object.entries(fixtures)
    .map(([name, value]) => [name, typeof value === 'function' ? (value as () => unknown)() : value] as const)
    .filter((entry): entry is readonly [string, RawIdxResponse] => {
      const raw = entry[1] as { version?: unknown } | null;
      return raw !== null && typeof raw === 'object' && raw.version === '1.0.0';
    })
    .map(([name, raw]) => [name, raw]);
}

describe('idxToState: every fixture', () => {
  const responses = allResponses();

  it('has an expectation for each IDX response the fixtures export', () => {
    assert.deepEqual(responses.map(([name]) => name).sort(), Object.keys(EXPECTED).sort());
  });

  for (const [name, raw] of responses) {
    it(name, () => {
      const expected = EXPECTED[name];
      const state = idxToState(raw, 7);
      assert.equal(state.status, expected.status);
      assert.equal(state.step?.name, expected.step);
      assert.deepEqual(state.steps.map((s) => s.name), expected.steps);
      assert.equal(state.step?.authenticator?.key, expected.authenticator);
      assert.deepEqual(state.step?.fields.map((f) => f.name) ?? [], expected.fields);
      assert.deepEqual(state.poll && { name: state.poll.name, kind: state.poll.kind }, expected.poll);
      assert.equal(state.currentAuthenticator?.key, expected.current);
      assert.deepEqual(state.step?.fixed ?? {}, expected.fixed ?? {});
      assert.equal(state.revision, 7);
      assert.ok(!state.step?.fields.some((f) => f.name === 'stateHandle'), 'stateHandle is never a field');
    });
  }
});

describe('idxToState: details', () => {
  it('reads each identity provider of a redirect-idp remediation, and shows the form when they are listed above it', () => {
    const provider = (type: string, id: string, name: string) => ({
      name: 'redirect-idp',
      type,
      idp: { id, name },
      href: `https://org.example/sso/idps/${id}?stateToken=s`,
      method: 'GET',
    });
    const identify = { name: 'identify', value: [{ name: 'identifier', label: 'Username' }] };
    const below = idxToState({ remediation: { value: [identify, provider('GOOGLE', 'g1', 'Google IdP'), provider('SAML2', 's1', 'Acme SSO')] } } as RawIdxResponse, 1);
    assert.equal(below.step?.name, 'identify');
    assert.deepEqual(
      below.steps.map((step) => step.redirect),
      [undefined, { href: 'https://org.example/sso/idps/g1?stateToken=s', type: 'GOOGLE', id: 'g1', name: 'Google IdP' }, { href: 'https://org.example/sso/idps/s1?stateToken=s', type: 'SAML2', id: 's1', name: 'Acme SSO' }],
    );
    const above = idxToState({ remediation: { value: [provider('GOOGLE', 'g1', 'Google IdP'), identify] } } as RawIdxResponse, 1);
    assert.equal(above.step?.name, 'identify', 'the form, not a provider, is the step shown');
    assert.deepEqual(above.steps.map((step) => step.name), ['redirect-idp', 'identify'], 'the server order is kept for the buttons');
    const sole = idxToState({ remediation: { value: [provider('OIDC', 'o1', 'Corp')] } } as RawIdxResponse, 1);
    assert.equal(sole.step?.redirect?.name, 'Corp', 'a sole provider is the step');
    const unusable = idxToState({ remediation: { value: [{ ...provider('GOOGLE', 'g', 'G'), href: 42 }] } } as unknown as RawIdxResponse, 1);
    assert.equal(unusable.step?.redirect, undefined, 'no href, no way to go');
  });

  it('says a password is being recovered from the recovery’s first step to the reset, and not at sign-in', () => {
    for (const raw of [fixtures.identifyRecovery(), fixtures.selectToRecover(), fixtures.challengeEmailToRecover(), fixtures.resetPassword()]) {
      assert.equal(idxToState(raw, 1).recovering, true, String(raw.remediation?.value?.[0]?.name));
    }
    for (const raw of [fixtures.identifyWithRecover(), fixtures.challengeEmail(), fixtures.selectAuthenticatorToVerify(), fixtures.expiredPassword()]) {
      assert.equal(idxToState(raw, 1).recovering, false, String(raw.remediation?.value?.[0]?.name));
    }
  });

  it('offers recovery at identify when Okta puts `recover` on the current authenticator there', () => {
    assert.equal(idxToState(fixtures.identifyWithRecover(), 1).canRecoverPassword, true);
    assert.deepEqual(idxToState(fixtures.identifyWithRecover(), 1).actions, ['currentAuthenticator-recover']);
    assert.equal(idxToState(fixtures.identify(), 1).canRecoverPassword, false);
  });

  it('reads the days left of an expiring password, and the policy’s rules with them', () => {
    const settings = idxToState(fixtures.expiringPassword({ daysToExpiry: 4 }), 1).step?.authenticator?.settings;
    assert.equal(settings?.daysToExpiry, 4);
    assert.equal(settings?.complexity?.minLength, 8);
    assert.equal(idxToState(fixtures.expiringPassword(), 1).step?.authenticator?.settings?.daysToExpiry, undefined);
  });

  it('puts Okta’s top-level wrong-password message on the password field, with its i18n key, not on the page', () => {
    const raw = fixtures.challengePassword({ wrongPassword: true });
    assert.equal(JSON.stringify(raw.remediation).includes('incorrectPassword'), false, 'the fixture has Okta’s shape: the field is bare');
    const state = idxToState(raw, 1);
    const passcode = state.step!.fields.find((f) => f.name === 'credentials.passcode')!;
    assert.deepEqual(passcode.messages, [{ text: 'Password is incorrect', key: 'incorrectPassword', level: 'error' }]);
    assert.equal(passcode.secret, true);
    assert.deepEqual(state.messages, []);
  });

  it('keeps a field-level message on its field (an invalid one-time code)', () => {
    const state = idxToState(fixtures.challengeEmail({ wrongCode: true }), 1);
    const passcode = state.step!.fields.find((f) => f.name === 'credentials.passcode')!;
    assert.deepEqual(passcode.messages.map((m) => m.key), ['api.authn.error.PASSCODE_INVALID']);
    assert.deepEqual(state.messages, []);
  });

  it('leaves page messages that are about no field (unknown user, INFO) on the page', () => {
    const state = idxToState(fixtures.identify({ identifier: 'nobody@example.com', messages: fixtures.unknownUser }), 1);
    assert.deepEqual(state.messages.map((m) => [m.key, m.level]), [['idx.unknown.user', 'info']]);
    assert.ok(state.step!.fields.every((f) => f.messages.length === 0));
  });

  it('offers password recovery only when the authenticator carries `recover`', () => {
    assert.equal(idxToState(fixtures.challengePassword({ recover: true }), 1).canRecoverPassword, true);
    assert.equal(idxToState(fixtures.challengePassword(), 1).canRecoverPassword, false);
  });

  it('reads the user and the enrolled authenticators', () => {
    const state = idxToState(fixtures.challengePassword(), 1);
    assert.deepEqual(state.user, { identifier: 'demo@example.com', firstName: 'Dana', lastName: 'Demo' });
    assert.deepEqual(state.enrollments?.map((e) => e.key), ['okta_password']);
  });

  it('turns an authenticator list into options that carry their authenticator and fixed values', () => {
    const simple = idxToState(fixtures.selectAuthenticator(), 1).step!.fields[0];
    assert.deepEqual(simple.options!.map((o) => o.value), [
      { id: 'aut-password', methodType: 'password' },
      { id: 'aut-email', methodType: 'email' },
    ]);
    const field = idxToState(fixtures.selectAuthenticatorToVerify(), 1).step!.fields[0];
    assert.equal(field.type, 'choice');
    assert.ok(field.options!.length > 0);
    for (const option of field.options!) {
      assert.equal(typeof option.authenticator?.key, 'string', `${option.label} names its authenticator`);
      assert.equal(typeof (option.value as { id?: unknown }).id, 'string', `${option.label} fixes its id`);
    }
  });

  it('keeps server messages with their level, key and params (a rejected push’s on its step, which says it)', () => {
    const state = idxToState(fixtures.challengeOktaVerifyPush({ rejected: true }), 1);
    assert.deepEqual(state.messages, [], 'not on the page as well');
    assert.deepEqual(state.step?.messages, [
      { text: 'You have chosen to reject this login.', key: 'api.authn.poll.error.push_rejected', params: [], level: 'error' },
    ]);
    assert.equal(state.step?.name, 'resend');
    assert.equal(state.poll, undefined, 'a denied push is not polled');
  });

  it('ends in a terminal state with the expiry message when the session expired', () => {
    const state = idxToState(fixtures.sessionExpired, 1);
    assert.equal(state.status, 'terminal');
    assert.equal(state.messages[0].key, 'idx.session.expired');
  });

  it('drops empty messages and maps INFO and WARNING levels', () => {
    assert.deepEqual(
      toMessages({ value: [{ message: '' }, { message: 'a', class: 'INFO' }, { message: 'b', class: 'WARNING' }, { message: 'c' }] }).map(
        (m) => m.level,
      ),
      ['info', 'warning', 'error'],
    );
  });
});

describe('idxToState: poll refresh from the server is clamped', () => {
  const withRefresh = (refresh: unknown): RawIdxResponse => {
    const raw = fixtures.challengeOktaVerifyPush();
    const [first, ...rest] = raw.remediation!.value!;
    return { ...raw, remediation: { value: [{ ...first, refresh }, ...rest] } };
  };
  const cases: [unknown, number][] = [
    ['abc', 4000],
    [3e9, 60000],
    [Infinity, 4000],
    [NaN, 4000],
    [undefined, 4000],
    [null, 4000],
    [-5, 1000],
    [0, 1000],
    [10, 1000],
    ['2500', 2500],
    [4000, 4000],
  ];
  for (const [refresh, expected] of cases) {
    it(`refresh ${String(refresh)} → ${expected} ms`, () => {
      assert.equal(idxToState(withRefresh(refresh), 1).poll?.refresh, expected);
    });
  }

  it('clamps an action poll (an emailed link) the same way', () => {
    const raw = fixtures.challengeEmail();
    const holder = raw.currentAuthenticatorEnrollment!.value as Record<string, unknown>;
    const poll = holder.poll as Record<string, unknown>;
    const state = idxToState({ ...raw, currentAuthenticatorEnrollment: { value: { ...holder, poll: { ...poll, refresh: 'abc' } } } }, 1);
    assert.equal(state.poll?.refresh, 4000);
    const fast = idxToState({ ...raw, currentAuthenticatorEnrollment: { value: { ...holder, poll: { ...poll, refresh: 3e9 } } } }, 1);
    assert.equal(fast.poll?.refresh, 60000);
  });
});

/** Responses real orgs sent (see captures/NOTICE.md), where shapes differ from the project's own fixtures. */
describe('idxToState: real Okta captures', () => {
  const capture = (path: string) => JSON.parse(readFileSync(new URL(`./captures/${path}`, import.meta.url), 'utf8')) as RawIdxResponse;

  it('a wrong password: Okta sends it at the top level with the field bare; the state puts it on the password field', () => {
    const raw = capture('idx-java/identify-first-error-response.json');
    assert.deepEqual(raw.messages?.value?.map((m) => m.i18n?.key), ['incorrectPassword']);
    const state = idxToState(raw, 1);
    assert.equal(state.step?.name, 'challenge-authenticator');
    assert.deepEqual(state.messages, []);
    assert.deepEqual(
      state.step?.fields.map((f) => [f.name, f.messages.map((m) => [m.key, m.level, m.text])]),
      [['credentials.passcode', [['incorrectPassword', 'error', 'Password is incorrect']]]],
    );
    assert.equal(state.canRecoverPassword, true);
  });

  it('a security question: its key is fixed and sent, the answer is asked', () => {
    const state = idxToState(capture('idx-java/challenge-security-question-response.json'), 1);
    assert.deepEqual(state.step?.fields.map((f) => f.name), ['credentials.answer']);
    assert.deepEqual(state.step?.fixed, { 'credentials.questionKey': 'first_computer_game' });
    assert.equal(state.step?.authenticator?.key, 'security_question');
    assert.deepEqual(state.user, { identifier: 'some.user@example.com', firstName: 'Some', lastName: 'User' });
  });

  it('an email challenge polls with the server’s own refresh, and offers resend', () => {
    const state = idxToState(capture('idx-java/poll-response.json'), 1);
    assert.deepEqual(state.poll, { name: 'currentAuthenticatorEnrollment-poll', kind: 'action', refresh: 6202 });
    assert.deepEqual(state.actions, ['currentAuthenticatorEnrollment-resend', 'currentAuthenticatorEnrollment-poll']);
  });

  it('Okta Verify enrollment polls as a step, beside the channel choice and skip', () => {
    const state = idxToState(capture('idx-swift/enroll-poll-response.json'), 1);
    assert.deepEqual(state.steps.map((s) => s.name), ['enroll-poll', 'select-enrollment-channel', 'select-authenticator-enroll', 'skip']);
    assert.deepEqual(state.poll, { name: 'enroll-poll', kind: 'step', refresh: 4000 });
    assert.equal(state.currentAuthenticator?.key, 'okta_verify');
  });

  it('an invalid code puts its message on the field', () => {
    const state = idxToState(capture('idx-swift/invalid-password-response.json'), 1);
    const field = state.step!.fields.find((f) => f.name === 'credentials.passcode')!;
    assert.deepEqual(field.messages.map((m) => m.key), ['api.authn.error.PASSCODE_INVALID']);
    assert.deepEqual(state.messages, []);
  });
});

/** One remediation built by hand, for shapes the fixtures do not show (every field type, odd server input). */
const oneStep = (value: unknown[], extra: Partial<RawIdxResponse> = {}): RawIdxResponse => ({
  version: '1.0.0',
  stateHandle: 'h',
  remediation: { value: [{ name: 'custom-step', value: value as RawField[] }] },
  ...extra,
});

describe('idxToState: what each input becomes', () => {
  const fieldsOf = (value: unknown[]) => idxToState(oneStep(value), 1).step!;

  it('takes the type the server names (boolean, number, integer), text for anything else, a choice when there are options', () => {
    const step = fieldsOf([
      { name: 'rememberMe', type: 'boolean' },
      { name: 'age', type: 'number' },
      { name: 'count', type: 'integer' },
      { name: 'birthday', type: 'date' },
      { name: 'nickname' },
      { name: 'channel', type: 'string', options: [{ label: 'SMS', value: 'sms' }] },
      { name: 'empty', type: 'boolean', options: [] },
    ]);
    assert.deepEqual(step.fields.map((f) => [f.name, f.type]), [
      ['rememberMe', 'boolean'],
      ['age', 'number'],
      ['count', 'integer'],
      ['birthday', 'string'],
      ['nickname', 'string'],
      ['channel', 'choice'],
      ['empty', 'boolean'],
    ]);
  });

  it('is required or secret only when the server says so', () => {
    const step = fieldsOf([
      { name: 'identifier', label: 'Username', required: true },
      { name: 'rememberMe', type: 'boolean', required: false },
      { name: 'passcode', secret: true, minLength: 4, maxLength: 8 },
      { name: 'note', required: 'yes', secret: 'yes' },
    ]);
    assert.deepEqual(step.fields.map((f) => [f.name, f.required, f.secret]), [
      ['identifier', true, false],
      ['rememberMe', false, false],
      ['passcode', false, true],
      ['note', false, false],
    ]);
    assert.deepEqual([step.fields[0].label, step.fields[2].minLength, step.fields[2].maxLength], ['Username', 4, 8]);
  });

  it('prefills a text, number or boolean value, and nothing from null or an object', () => {
    const step = fieldsOf([
      { name: 'identifier', value: 'dana@example.com' },
      { name: 'count', type: 'integer', value: 0 },
      { name: 'rememberMe', type: 'boolean', value: false },
      { name: 'nickname', value: null },
      { name: 'profile', value: { a: 1 } },
      { name: 'unset' },
    ]);
    assert.deepEqual(step.fields.map((f) => [f.name, f.value]), [
      ['identifier', 'dana@example.com'],
      ['count', 0],
      ['rememberMe', false],
      ['nickname', undefined],
      ['profile', undefined],
      ['unset', undefined],
    ]);
  });

  it('never asks for the stateHandle (the SDK sends it), even when the server forgets to hide it', () => {
    const step = fieldsOf([{ name: 'stateHandle', value: 'h', required: true }, { name: 'identifier' }]);
    assert.deepEqual(step.fields.map((f) => f.name), ['identifier']);
    assert.deepEqual(step.fixed, {});
  });

  it('hides invisible inputs; sends fixed values of nested forms, leaves top-level ones to the SDK', () => {
    const step = fieldsOf([
      { name: 'hidden', visible: false },
      { name: 'flowId', value: 'top', mutable: false },
      {
        name: 'authenticator',
        form: {
          value: [
            { name: 'id', value: 'aut-1', mutable: false },
            { name: 'order', value: 2, mutable: false },
            { name: 'enrollmentId', value: null, mutable: false },
            { name: 'meta', value: { x: 1 }, mutable: false },
            { name: 'methodType', options: [{ label: 'SMS', value: 'sms' }] },
          ],
        },
      },
      // `resend` and a few others nest their form under `value.form`.
      { name: 'resend', value: { form: { value: [{ name: 'reason', label: 'Why' }] } } },
    ]);
    assert.deepEqual(step.fields.map((f) => f.name), ['authenticator.methodType', 'resend.reason']);
    assert.deepEqual(step.fixed, { 'authenticator.id': 'aut-1', 'authenticator.order': 2 });
  });
});

describe('idxToState: options of a choice', () => {
  it('an authenticator to pick: its label, what choosing it sends, and the inputs it asks for', () => {
    const state = idxToState(fixtures.challengeEmail(), 1);
    const [email, phone] = state.steps[1].fields[0].options!;
    assert.deepEqual([email.label, email.value, email.authenticator?.key, 'fields' in email], ['Email', { id: 'aut-email', methodType: 'email' }, 'okta_email', false]);
    // The phone's method is the person's to pick: it is an input, not a fixed value sent as undefined.
    assert.deepEqual(phone.value, { id: 'aut-phone' });
    assert.equal(phone.label, 'Phone');
    assert.deepEqual(phone.fields?.map((f) => [f.name, f.type, f.options?.map((o) => o.label)]), [['methodType', 'choice', ['SMS', 'Voice call']]]);
    assert.deepEqual(phone.authenticator?.methods, ['sms', 'voice']);
  });

  it('a plain option keeps its value, is labelled by its value when it has no label, and asks for nothing more', () => {
    const step = idxToState(oneStep([{ name: 'channel', options: [{ value: 'sms' }, { label: 'Voice call', value: 'voice' }, { label: 'Broken' }] }]), 1).step!;
    assert.deepEqual(step.fields[0].options, [
      { label: 'sms', value: 'sms' },
      { label: 'Voice call', value: 'voice' },
      { label: 'Broken', value: undefined },
    ]);
  });
});

describe('idxToState: authenticators', () => {
  const authenticators = {
    value: [
      { key: 'phone_number', id: 'aut-phone', type: 'phone', displayName: 'Phone', methods: [{ type: 'sms' }, { type: 'voice' }, {}] },
      { id: 'aut-nokey', displayName: 'No key' },
    ],
  };

  it('resolves a relatesTo path, keeps only the methods that have a type, and ignores one without a key', () => {
    const raw = oneStep([{ name: 'x' }], { authenticators });
    raw.remediation!.value![0].relatesTo = '$.authenticators.value[0]';
    const step = idxToState(raw, 1).step!;
    assert.equal(step.authenticator?.key, 'phone_number');
    assert.deepEqual(step.authenticator?.methods, ['sms', 'voice']);
    raw.remediation!.value![0].relatesTo = ['$.authenticators.value[1]'];
    assert.equal(idxToState(raw, 1).step!.authenticator, undefined);
  });

  it('lists the enrolled authenticators that have a key, with their WebAuthn credential and transports', () => {
    const raw = oneStep([{ name: 'x' }], {
      authenticatorEnrollments: {
        value: [
          { key: 'webauthn', credentialId: 'cred-1', profile: { transports: ['usb'] } },
          { displayName: 'No key' },
          { key: 'webauthn', credentialId: 'cred-2', transports: ['internal'] },
        ],
      },
    });
    assert.deepEqual(
      idxToState(raw, 1).enrollments?.map((e) => [e.key, e.credentialId, e.transports]),
      [
        ['webauthn', 'cred-1', ['usb']],
        ['webauthn', 'cred-2', ['internal']],
      ],
    );
  });
});

describe('idxToState: polls, actions and recovery', () => {
  it('offers recovery only for a `recover` action, not for any action', () => {
    const state = idxToState(fixtures.challengeEmail(), 1);
    assert.deepEqual(state.actions, ['currentAuthenticatorEnrollment-resend', 'currentAuthenticatorEnrollment-poll']);
    assert.equal(state.canRecoverPassword, false);
  });

  it('polls a remediation named `poll` as a step, like one ending in `-poll`', () => {
    const raw: RawIdxResponse = { version: '1.0.0', remediation: { value: [{ name: 'poll', refresh: 2000, value: [] }] } };
    assert.deepEqual(idxToState(raw, 1).poll, { name: 'poll', kind: 'step', refresh: 2000 });
  });

  it('a remediation without inputs (no `value`) asks for nothing and fixes nothing', () => {
    const raw: RawIdxResponse = { version: '1.0.0', remediation: { value: [{ name: 'skip' }] } };
    assert.deepEqual(idxToState(raw, 1).step, { name: 'skip', fields: [], fixed: {}, authenticator: undefined });
  });

  it('gives a refresh only to steps the server asked to repeat', () => {
    const state = idxToState(fixtures.challengeOktaVerifyPush(), 1);
    assert.equal(state.steps[0].refresh, 4000);
    assert.equal('refresh' in state.steps[1], false);
    assert.equal('refresh' in idxToState(fixtures.identify(), 1).step!, false);
  });
});

describe('toMessages', () => {
  it('drops a message without text (a key alone, a number, nothing)', () => {
    assert.deepEqual(toMessages({ value: [{ i18n: { key: 'only.key' } }, { message: 5 as unknown as string }, {}, { message: 'Kept' }] }), [
      { text: 'Kept', key: undefined, level: 'error' },
    ]);
    assert.deepEqual(toMessages(undefined), []);
  });
});
