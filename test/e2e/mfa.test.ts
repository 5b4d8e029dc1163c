import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { TOTP } from 'otpauth';
import { choose, chooseTheOnlyOption, clickButton, dev, devGet, fillAndSubmit, latestMessage, mountFlow, passwordFirst, stepShown, trackTimers, useEmulator } from './e2e-helpers.js';
import type { OktaSuccessEvent } from '../../src/events/okta-success.js';
import type { OktaFlow } from '../../src/flow/okta-flow.js';

const totpNow = (secret: string) => new TOTP({ secret, digits: 6, period: 30 }).generate();

/**
 * The server asks first whether to send a code (Okta's authenticator-verification-data); the person says yes. The
 * phone was chosen in the list by its text message button, so the step offers that way alone ("Text me a code").
 */
async function sendCode(flow: OktaFlow, key: 'okta_email' | 'phone_number'): Promise<void> {
  await stepShown(flow, 'authenticator-verification-data', key);
  clickButton(flow, key === 'okta_email' ? 'Send me an email' : 'Text me a code');
  await stepShown(flow, 'challenge-authenticator', key);
}

interface PendingPushes {
  /** The number a person must pick on the phone: a string of digits, as Okta sends it. */
  pending: { correctAnswer?: string }[];
}

async function succeeded(flow: OktaFlow, act: () => void): Promise<OktaSuccessEvent> {
  const done = oneEvent(flow, 'okta-success') as Promise<OktaSuccessEvent>;
  act();
  return done;
}

describe('multi-factor sign-in end to end (real verification in the emulator)', () => {
  const emulator = useEmulator();

  it('email: a wrong code is refused on the field, the code from the outbox signs in', async () => {
    const flow = mountFlow(emulator.issuer);
    await passwordFirst(flow, 'email.mfa@example.com');
    await chooseTheOnlyOption(flow, 'okta_email');
    await sendCode(flow, 'okta_email');
    fillAndSubmit(flow, { 'credentials.passcode': '000000' });
    await waitUntil(() => flow.querySelector('[active] input[aria-invalid="true"]') !== null, 'no field error', { timeout: 10000 });
    const { code } = await latestMessage(emulator.issuer, 'email.mfa@example.com');
    const { tokens } = await succeeded(flow, () => fillAndSubmit(flow, { 'credentials.passcode': code }));
    expect(tokens.idToken!.claims.amr).to.include('mfa');
  });

  it('email: clicking the magic link completes sign-in by polling', async () => {
    const flow = mountFlow(emulator.issuer);
    await passwordFirst(flow, 'email.mfa@example.com');
    await chooseTheOnlyOption(flow, 'okta_email');
    await sendCode(flow, 'okta_email');
    expect(flow.state.poll?.kind).to.equal('action');
    const done = oneEvent(flow, 'okta-success');
    const { magicLink } = await latestMessage(emulator.issuer, 'email.mfa@example.com');
    await fetch(magicLink!);
    await done;
  });

  it('SMS: the code texted to the phone signs in', async () => {
    const flow = mountFlow(emulator.issuer);
    await passwordFirst(flow, 'sms.mfa@example.com');
    await chooseTheOnlyOption(flow, 'phone_number');
    await sendCode(flow, 'phone_number');
    const { code, channel } = await latestMessage(emulator.issuer, '+15555550100');
    expect(channel).to.equal('sms');
    await succeeded(flow, () => fillAndSubmit(flow, { 'credentials.passcode': code }));
  });

  it('Google Authenticator: enrolled at first sign-in from the QR code’s secret, verified by TOTP', async () => {
    const flow = mountFlow(emulator.issuer);
    await passwordFirst(flow, 'totp.enroll@example.com');
    await chooseTheOnlyOption(flow, 'google_otp');
    await stepShown(flow, 'enroll-authenticator', 'google_otp');
    const qr = flow.querySelector<HTMLImageElement>('[active] img.okta-qr')!;
    expect(qr.src).to.match(/^data:image\/png;base64,/);
    const secret = flow.querySelector('[active] .okta-secret')!.textContent!.trim();
    await succeeded(flow, () => fillAndSubmit(flow, { 'credentials.passcode': totpNow(secret) }));
  });

  it('Okta Verify: a push approved through the dev API completes sign-in; polling runs on its own', async () => {
    const flow = mountFlow(emulator.issuer);
    await passwordFirst(flow, 'push@example.com');
    await chooseTheOnlyOption(flow, 'okta_verify');
    await stepShown(flow, 'challenge-poll', 'okta_verify');
    const { pending } = await devGet<PendingPushes>(emulator.issuer, 'push/pending?identifier=push@example.com');
    expect(pending).to.have.length(1);
    // This user has no number challenge: none is invented.
    expect(pending[0].correctAnswer).to.equal(undefined);
    expect(flow.querySelector('[active] .okta-number-challenge')).to.equal(null);
    const done = oneEvent(flow, 'okta-success');
    await dev(emulator.issuer, 'push/approve', { identifier: 'push@example.com' });
    await done;
  });

  it('Okta Verify number challenge: the number shown is the one the phone asks for', async () => {
    const flow = mountFlow(emulator.enrollmentIssuer);
    await passwordFirst(flow, 'push.number@example.com');
    await chooseTheOnlyOption(flow, 'okta_verify');
    await stepShown(flow, 'challenge-poll', 'okta_verify');
    const { pending } = await devGet<PendingPushes>(emulator.enrollmentIssuer, 'push/pending?identifier=push.number@example.com');
    expect(pending).to.have.length(1);
    const answer = pending[0].correctAnswer;
    expect(answer, 'the emulator shows no number challenge for this user').to.be.a('string').and.match(/^\d+$/);
    expect(flow.querySelector('[active] .okta-number-challenge')?.textContent?.trim()).to.equal(answer);
    const done = oneEvent(flow, 'okta-success');
    await dev(emulator.enrollmentIssuer, 'push/approve', { identifier: 'push.number@example.com', answer });
    await done;
  });

  it('Okta Verify: a denied push says so and offers to send it again', async () => {
    const flow = mountFlow(emulator.issuer);
    await passwordFirst(flow, 'push@example.com');
    await chooseTheOnlyOption(flow, 'okta_verify');
    await stepShown(flow, 'challenge-poll', 'okta_verify');
    await dev(emulator.issuer, 'push/deny', { identifier: 'push@example.com' });
    await waitUntil(() => flow.querySelector('[active] .okta-push')?.textContent?.includes('not approved'), 'no rejected message', { timeout: 15000 });
    expect([...flow.querySelectorAll('[active] button')].map((b) => b.textContent!.trim())).to.include('Send push again');
  });

  it('security question: the enrolled question is asked and the answer checked', async () => {
    const flow = mountFlow(emulator.issuer);
    await passwordFirst(flow, 'question@example.com');
    await chooseTheOnlyOption(flow, 'security_question');
    await stepShown(flow, 'challenge-authenticator', 'security_question');
    fillAndSubmit(flow, { 'credentials.answer': 'Porto' });
    await waitUntil(() => flow.state.status === 'ready' && flow.querySelector('[active] input[aria-invalid="true"]') !== null, 'the wrong answer was not refused on its field', { timeout: 10000 });
    await succeeded(flow, () => fillAndSubmit(flow, { 'credentials.answer': 'Lisbon' }));
  });

  it('a person with several authenticators picks one from the list, then chooses another one', async () => {
    const flow = mountFlow(emulator.issuer);
    await passwordFirst(flow, 'choose@example.com');
    await stepShown(flow, 'select-authenticator-authenticate');
    const keys = [...flow.querySelectorAll('[active] .okta-option')].map((o) => o.getAttribute('data-authenticator'));
    expect(keys).to.have.members(['okta_email', 'phone_number', 'security_question']);
    await choose(flow, 'okta_email');
    await stepShown(flow, 'authenticator-verification-data', 'okta_email');
    clickButton(flow, 'Choose another method');
    await stepShown(flow, 'select-authenticator-authenticate');
    await choose(flow, 'security_question');
    await stepShown(flow, 'challenge-authenticator', 'security_question');
    await succeeded(flow, () => fillAndSubmit(flow, { 'credentials.answer': 'Spinach' }));
  });

  it('an optional enrollment can be skipped', async () => {
    const flow = mountFlow(emulator.issuer);
    await passwordFirst(flow, 'optional@example.com');
    await stepShown(flow, 'select-authenticator-enroll');
    await succeeded(flow, () => clickButton(flow, 'Set up later'));
  });

  it('WebAuthn: a passkey is enrolled, then challenged, with Chrome’s virtual authenticator', async () => {
    await executeServerCommand('virtual-authenticator');
    const flow = mountFlow(emulator.issuer);
    await passwordFirst(flow, 'passkey@example.com');
    await chooseTheOnlyOption(flow, 'webauthn');
    await stepShown(flow, 'enroll-authenticator', 'webauthn');
    await succeeded(flow, () => clickButton(flow, 'Set up'));
    flow.remove();
    sessionStorage.clear();

    const again = mountFlow(emulator.issuer);
    await passwordFirst(again, 'passkey@example.com');
    await chooseTheOnlyOption(again, 'webauthn');
    await stepShown(again, 'challenge-authenticator', 'webauthn');
    const { tokens } = await succeeded(again, () => clickButton(again, 'Verify'));
    expect(tokens.idToken!.claims.amr).to.include('hwk');
  });

  it('polling stops when <okta-flow> is removed', async () => {
    const timers = trackTimers();
    const original = window.fetch;
    let polls = 0;
    let callsAfterRemoval = 0;
    let removed = false;
    window.fetch = (input, init) => {
      if (removed) callsAfterRemoval += 1;
      if (String(input instanceof Request ? input.url : input).endsWith('/poll')) polls += 1;
      return original(input, init);
    };
    try {
      const flow = mountFlow(emulator.issuer);
      await passwordFirst(flow, 'push@example.com');
      await chooseTheOnlyOption(flow, 'okta_verify');
      await stepShown(flow, 'challenge-poll', 'okta_verify');
      // Polling runs: a poll has gone out and the next one is scheduled (the driver waits at least a second).
      await waitUntil(() => polls >= 1 && timers.pendingIds(1000).length > 0, 'the push was never polled', { timeout: 15000 });
      const scheduled = timers.pendingIds();
      removed = true;
      flow.remove();
      // Every timer pending at removal (the next poll among them) has now run or been cleared.
      await waitUntil(() => timers.settled(scheduled), 'a timer pending at removal never ran', { timeout: 15000 });
      expect(callsAfterRemoval).to.equal(0);
    } finally {
      window.fetch = original;
      timers.restore();
    }
  });
});

describe('Okta Verify code instead of a push', () => {
  const emulator = useEmulator();

  it('"Choose another method", then "Enter a code": the TOTP from the enrolled secret signs in', async () => {
    const flow = mountFlow(emulator.issuer);
    await passwordFirst(flow, 'push@example.com');
    await chooseTheOnlyOption(flow, 'okta_verify');
    await stepShown(flow, 'challenge-poll', 'okta_verify');
    clickButton(flow, 'Choose another method');
    await stepShown(flow, 'select-authenticator-authenticate');
    const codeButton = [...flow.querySelectorAll<HTMLButtonElement>('[active] [data-authenticator="okta_verify"] button')].find(
      (b) => b.textContent!.trim() === 'Enter a code',
    )!;
    codeButton.click();
    await stepShown(flow, 'challenge-authenticator');
    expect(flow.querySelector('[active] input[name="credentials.totp"]')).not.to.equal(null);
    const { enrolled } = await devGet<{ enrolled: { okta_verify?: string } }>(emulator.issuer, 'users/push@example.com/totp');
    await succeeded(flow, () => fillAndSubmit(flow, { 'credentials.totp': totpNow(enrolled.okta_verify!) }));
  });
});

describe('Google Authenticator after enrollment', () => {
  const emulator = useEmulator();

  it('a later sign-in asks for the code of the enrolled secret', async () => {
    const first = mountFlow(emulator.issuer);
    await passwordFirst(first, 'totp.enroll@example.com');
    await chooseTheOnlyOption(first, 'google_otp');
    await stepShown(first, 'enroll-authenticator', 'google_otp');
    const secret = first.querySelector('[active] .okta-secret')!.textContent!.trim();
    await succeeded(first, () => fillAndSubmit(first, { 'credentials.passcode': totpNow(secret) }));
    first.remove();
    sessionStorage.clear();

    const again = mountFlow(emulator.issuer);
    await passwordFirst(again, 'totp.enroll@example.com');
    await chooseTheOnlyOption(again, 'google_otp');
    await stepShown(again, 'challenge-authenticator', 'google_otp');
    fillAndSubmit(again, { 'credentials.passcode': '000000' === totpNow(secret) ? '111111' : '000000' });
    await waitUntil(() => again.state.status === 'ready' && again.querySelector('[active] input[aria-invalid="true"]') !== null, 'a wrong code was accepted', { timeout: 10000 });
    await succeeded(again, () => fillAndSubmit(again, { 'credentials.passcode': totpNow(secret) }));
  });
});
