import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  authenticatorAction,
  authenticatorModule,
  authenticatorModules,
  authenticatorName,
  authenticatorsReady,
  needsOnDemandModules,
  onDemandAuthenticators,
  resolveView,
} from '../../../src/authenticators/registry.js';
import { password } from '../../../src/authenticators/password.js';
import { passwordEnroll } from '../../../src/authenticators/password-enroll.js';
import { PASSWORD_RESET_VIEWS } from '../../../src/authenticators/password-reset.js';
import { PROFILE_VIEWS } from '../../../src/authenticators/profile-form.js';
import { email } from '../../../src/authenticators/email.js';
import { phone } from '../../../src/authenticators/phone.js';
import { passcode } from '../../../src/authenticators/passcode.js';
import { oktaVerify } from '../../../src/authenticators/okta-verify.js';
import { securityQuestion } from '../../../src/authenticators/security-question.js';
import { securityKey } from '../../../src/authenticators/security-key.js';
import { defaultLocalizer } from '../../../src/i18n/localize.js';
import type { FlowStep } from '../../../src/state/flow-state.js';
import * as states from '../../fixtures/flow-states.js';

const t = defaultLocalizer.t.bind(defaultLocalizer);

const step = (name: string, key?: string, fieldNames: string[] = []): FlowStep => ({
  name,
  fixed: {},
  authenticator: key ? { key } : undefined,
  fields: fieldNames.map((n) => ({ name: n, type: 'string', secret: false, required: true, messages: [] })),
});

// Runs first: this file's process has not loaded the on-demand modules yet.
describe('authenticator registry before the on-demand modules are loaded', () => {
  it('shows the password at once: a password sign-in needs nothing else', () => {
    assert.equal(onDemandAuthenticators.status, 'idle');
    assert.equal(resolveView(states.challengePassword.step!, 'verify')?.view, password.verify);
    assert.equal(needsOnDemandModules({ key: 'okta_password' }), false, 'its name, icon and action are here');
    assert.equal(needsOnDemandModules({ key: 'okta_password' }, 'verify'), false);
    assert.deepEqual(authenticatorModules(), [password]);
  });

  it('says setting a password up waits for them: its screen (the policy’s rules) comes on demand', () => {
    assert.equal(password.enroll, undefined);
    assert.equal(resolveView(states.enrollPassword.step!, 'enroll'), undefined);
    assert.equal(needsOnDemandModules({ key: 'okta_password' }, 'enroll'), true);
  });

  it('says every other step must wait for them (its authenticator, an unknown one, or none named)', () => {
    assert.equal(resolveView(states.verifyEmailData.step!, 'verify'), undefined);
    assert.equal(needsOnDemandModules(states.verifyEmailData.step!.authenticator), true);
    assert.equal(needsOnDemandModules({ key: 'acme_token' }), true);
    assert.equal(needsOnDemandModules(undefined), true);
    assert.equal(onDemandAuthenticators.status, 'idle', 'asking does not download');
  });

  it('loads them once, then nothing waits', async () => {
    const first = onDemandAuthenticators.load();
    assert.equal(onDemandAuthenticators.load(), first, 'one download for every step that asks');
    assert.equal(onDemandAuthenticators.status, 'loading');
    await authenticatorsReady();
    assert.equal(onDemandAuthenticators.status, 'loaded');
    assert.equal(needsOnDemandModules(undefined), false);
    assert.equal(needsOnDemandModules({ key: 'acme_token' }), false);
    assert.equal(needsOnDemandModules({ key: 'okta_password' }, 'enroll'), false);
  });
});

describe('authenticator registry', () => {
  before(authenticatorsReady);

  it('maps each authenticator key Okta sends to its module', () => {
    const complete = authenticatorModule({ key: 'okta_password' })!;
    assert.deepEqual(
      complete,
      { ...password, enroll: passwordEnroll, around: { enroll: { ...PASSWORD_RESET_VIEWS, ...PROFILE_VIEWS } } },
      'the bundled password, with its set-up screen and the new-password and sign-up screens built on it',
    );
    const cases: [string, unknown][] = [
      ['okta_password', complete],
      ['okta_email', email],
      ['phone_number', phone],
      ['google_otp', passcode],
      ['custom_otp', passcode],
      ['okta_verify', oktaVerify],
      ['security_question', securityQuestion],
      ['webauthn', securityKey],
    ];
    for (const [key, module] of cases) assert.equal(authenticatorModule({ key }), module, key);
    const keys = authenticatorModules().flatMap((m) => m.keys);
    assert.equal(new Set(keys).size, keys.length, 'no key belongs to two modules');
  });

  it('gives an unknown authenticator whose step asks for a code the passcode module, and nothing otherwise', () => {
    assert.equal(authenticatorModule({ key: 'acme_token' }, step('challenge-authenticator', 'acme_token', ['credentials.passcode'])), passcode);
    assert.equal(authenticatorModule({ key: 'acme_token' }, step('challenge-authenticator', 'acme_token', ['credentials.totp'])), passcode);
    assert.equal(authenticatorModule({ key: 'duo' }, step('challenge-authenticator', 'duo', ['credentials.duoToken'])), undefined);
    assert.equal(resolveView(step('challenge-authenticator', 'duo', ['credentials.duoToken']), 'verify'), undefined);
  });

  it('shows a reset, an expired and an expiring password with the on-demand password views, in enroll mode', () => {
    assert.equal(resolveView(states.resetPassword.step!, 'enroll')?.view, PASSWORD_RESET_VIEWS['reset-authenticator']);
    assert.equal(resolveView(states.expiredPassword.step!, 'enroll')?.view, PASSWORD_RESET_VIEWS['reenroll-authenticator']);
    assert.equal(resolveView(states.expiringPassword.step!, 'enroll')?.view, PASSWORD_RESET_VIEWS['reenroll-authenticator-warning']);
    assert.equal(resolveView(states.resetPassword.step!, 'verify'), undefined, 'a reset is no challenge');
  });

  it('picks the view by mode: verify for a challenge, enroll for an enrollment, and the steps around them', () => {
    assert.equal(resolveView(states.challengePassword.step!, 'verify')?.view, password.verify);
    assert.equal(resolveView(states.enrollPassword.step!, 'enroll')?.view, passwordEnroll);
    assert.equal(resolveView(states.challengePassword.step!, 'enroll'), undefined, 'a challenge is not an enrollment');
    assert.equal(resolveView(states.verifyEmailData.step!, 'verify')?.module, email);
    assert.equal(resolveView(states.enrollPhoneData.step!, 'enroll')?.module, phone);
    assert.equal(resolveView(states.enrollOktaVerify.step!, 'enroll')?.module, oktaVerify);
  });

  it('reads a step that names no authenticator with the flow’s current one, else the module that has a view for it', () => {
    assert.equal(resolveView(step('challenge-poll'), 'verify', { key: 'okta_verify' })?.module, oktaVerify);
    assert.equal(resolveView(step('challenge-poll'), 'verify')?.module, oktaVerify);
    assert.equal(resolveView(step('enroll-poll'), 'enroll')?.module, oktaVerify);
    assert.equal(resolveView(step('challenge-authenticator', undefined, ['credentials.passcode']), 'verify', { key: 'okta_email' })?.module, email);
  });

  it('names authenticators: the server’s name first, then the module’s, then the fallback', () => {
    assert.equal(authenticatorName(t, { key: 'google_otp' }, 'x'), 'Google Authenticator');
    assert.equal(authenticatorName(t, { key: 'google_otp', displayName: 'Authenticator app' }, 'x'), 'Authenticator app');
    assert.equal(authenticatorName(t, { key: 'acme_token' }, 'Security method'), 'Security method');
    assert.equal(authenticatorName(t, undefined, 'Security method'), 'Security method');
  });

  it('says what choosing an authenticator does, with the masked address', () => {
    assert.equal(authenticatorAction(t, { key: 'okta_email', profile: { email: 'd***o@example.com' } }, false), 'Get a code sent to d***o@example.com');
    assert.equal(authenticatorAction(t, { key: 'okta_email' }, false), 'Get a code sent to your email');
    assert.equal(authenticatorAction(t, { key: 'phone_number' }, true), 'Get a code by text message or call');
    assert.equal(authenticatorAction(t, { key: 'acme_token' }, false), 'Enter a code');
    assert.equal(authenticatorAction(t, { key: 'acme_token' }, true), 'Set it up');
  });
});
