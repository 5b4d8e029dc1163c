import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { TOTP } from 'otpauth';
import { chooseIfListed, clickButton, dev, devGet, fillAndSubmit, latestMessage, mountFlow, passwordFirst, stepShown, useEmulator } from './e2e-helpers.js';
import type { OktaSuccessEvent } from '../../src/events/okta-success.js';
import type { OktaFlow } from '../../src/flow/okta-flow.js';

const totpNow = (secret: string) => new TOTP({ secret, digits: 6, period: 30 }).generate();

/** Answers the "send me a code" data step when the server asks for it first. */
async function sendCodeIfAsked(flow: OktaFlow): Promise<void> {
  if (flow.state.step?.name !== 'authenticator-verification-data') return;
  clickButton(flow, flow.state.step.authenticator?.key === 'okta_email' ? 'Send me an email' : 'Send code');
  await stepShown(flow, 'challenge-authenticator');
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
    await sendCodeIfAsked(flow);
    expect(flow.state.step!.authenticator!.key).to.equal('okta_email');
    fillAndSubmit(flow, { 'credentials.passcode': '000000' });
    await waitUntil(() => flow.querySelector('[active] input[aria-invalid="true"]') !== null, 'no field error', { timeout: 10000 });
    const { code } = await latestMessage(emulator.issuer, 'email.mfa@example.com');
    const { tokens } = await succeeded(flow, () => fillAndSubmit(flow, { 'credentials.passcode': code }));
    expect(tokens.idToken!.claims.amr).to.include('mfa');
  });

  it('email: clicking the magic link completes sign-in by polling', async () => {
    const flow = mountFlow(emulator.issuer);
    await passwordFirst(flow, 'email.mfa@example.com');
    await sendCodeIfAsked(flow);
    expect(flow.state.poll?.kind).to.equal('action');
    const done = oneEvent(flow, 'okta-success');
    const { magicLink } = await latestMessage(emulator.issuer, 'email.mfa@example.com');
    await fetch(magicLink!);
    await done;
  });

  it('SMS: the code texted to the phone signs in', async () => {
    const flow = mountFlow(emulator.issuer);
    await passwordFirst(flow, 'sms.mfa@example.com');
    await sendCodeIfAsked(flow);
    expect(flow.state.step!.authenticator!.key).to.equal('phone_number');
    const { code, channel } = await latestMessage(emulator.issuer, '+15555550100');
    expect(channel).to.equal('sms');
    await succeeded(flow, () => fillAndSubmit(flow, { 'credentials.passcode': code }));
  });

  it('Google Authenticator: enrolled at first sign-in from the QR code’s secret, verified by TOTP', async () => {
    const flow = mountFlow(emulator.issuer);
    await passwordFirst(flow, 'totp.enroll@example.com');
    await chooseIfListed(flow, 'google_otp');
    const qr = flow.querySelector<HTMLImageElement>('[active] img.okta-qr')!;
    expect(qr.src).to.match(/^data:image\/png;base64,/);
    const secret = flow.querySelector('[active] .okta-secret')!.textContent!.trim();
    await succeeded(flow, () => fillAndSubmit(flow, { 'credentials.passcode': totpNow(secret) }));
  });

  it('Okta Verify: a push approved through the dev API completes sign-in; polling runs on its own', async () => {
    const flow = mountFlow(emulator.issuer);
    await passwordFirst(flow, 'push@example.com');
    await chooseIfListed(flow, 'okta_verify');
    await stepShown(flow, 'challenge-poll');
    const { pending } = await devGet<{ pending: { correctAnswer?: number }[] }>(emulator.issuer, 'push/pending?identifier=push@example.com');
    const answer = pending[0]?.correctAnswer;
    if (answer !== undefined) expect(flow.querySelector('[active] .okta-number-challenge')!.textContent).to.equal(String(answer));
    const done = oneEvent(flow, 'okta-success');
    await dev(emulator.issuer, 'push/approve', { identifier: 'push@example.com', answer });
    await done;
  });

  it('Okta Verify: a denied push says so and offers to send it again', async () => {
    const flow = mountFlow(emulator.issuer);
    await passwordFirst(flow, 'push@example.com');
    await chooseIfListed(flow, 'okta_verify');
    await stepShown(flow, 'challenge-poll');
    const { pending } = await devGet<{ pending: { correctAnswer?: number }[] }>(emulator.issuer, 'push/pending?identifier=push@example.com');
    await dev(emulator.issuer, 'push/deny', { identifier: 'push@example.com', answer: pending[0]?.correctAnswer });
    await waitUntil(() => flow.querySelector('[active] .okta-push')?.textContent?.includes('not approved'), 'no rejected message', { timeout: 15000 });
    expect([...flow.querySelectorAll('[active] button')].map((b) => b.textContent!.trim())).to.include('Send push again');
  });

  it('security question: the enrolled question is asked and the answer checked', async () => {
    const flow = mountFlow(emulator.issuer);
    await passwordFirst(flow, 'question@example.com');
    expect(flow.state.step!.authenticator!.key).to.equal('security_question');
    fillAndSubmit(flow, { 'credentials.answer': 'Porto' });
    await waitUntil(() => flow.state.status === 'ready' && flow.querySelector('[active] input[aria-invalid="true"]') !== null, 'the wrong answer was not refused on its field', { timeout: 10000 });
    await succeeded(flow, () => fillAndSubmit(flow, { 'credentials.answer': 'Lisbon' }));
  });

  it('a person with several authenticators can choose another one', async () => {
    const flow = mountFlow(emulator.issuer);
    await passwordFirst(flow, 'choose@example.com');
    if (flow.state.step!.name !== 'select-authenticator-authenticate') clickButton(flow, 'Choose another method');
    await stepShown(flow, 'select-authenticator-authenticate');
    const keys = [...flow.querySelectorAll('[active] .okta-option')].map((o) => o.getAttribute('data-authenticator'));
    expect(keys).to.include.members(['okta_email', 'phone_number', 'security_question']);
    flow.querySelector<HTMLButtonElement>('[active] [data-authenticator="security_question"] button')!.click();
    await stepShown(flow, 'challenge-authenticator');
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
    await chooseIfListed(flow, 'webauthn');
    expect(flow.state.step!.authenticator!.key).to.equal('webauthn');
    await succeeded(flow, () => clickButton(flow, 'Set up'));
    flow.remove();
    sessionStorage.clear();

    const again = mountFlow(emulator.issuer);
    await passwordFirst(again, 'passkey@example.com');
    await chooseIfListed(again, 'webauthn');
    expect(again.state.step!.authenticator!.key).to.equal('webauthn');
    const { tokens } = await succeeded(again, () => clickButton(again, 'Verify'));
    expect(tokens.idToken!.claims.amr).to.include('hwk');
  });

  it('polling stops when <okta-flow> is removed', async () => {
    const flow = mountFlow(emulator.issuer);
    await passwordFirst(flow, 'push@example.com');
    await chooseIfListed(flow, 'okta_verify');
    await stepShown(flow, 'challenge-poll');
    const original = window.fetch;
    let calls = 0;
    window.fetch = (input, init) => {
      calls += 1;
      return original(input, init);
    };
    try {
      flow.remove();
      await new Promise((resolve) => setTimeout(resolve, (flow.state.poll?.refresh ?? 4000) + 1500));
      expect(calls).to.equal(0);
    } finally {
      window.fetch = original;
    }
  });
});

describe('Okta Verify code instead of a push', () => {
  const emulator = useEmulator();

  it('"Choose another method", then "Enter a code": the TOTP from the enrolled secret signs in', async () => {
    const flow = mountFlow(emulator.issuer);
    await passwordFirst(flow, 'push@example.com');
    if (flow.state.step!.name !== 'select-authenticator-authenticate') clickButton(flow, 'Choose another method');
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
    await chooseIfListed(first, 'google_otp');
    const secret = first.querySelector('[active] .okta-secret')!.textContent!.trim();
    await succeeded(first, () => fillAndSubmit(first, { 'credentials.passcode': totpNow(secret) }));
    first.remove();
    sessionStorage.clear();

    const again = mountFlow(emulator.issuer);
    await passwordFirst(again, 'totp.enroll@example.com');
    expect(again.state.step!.name).to.equal('challenge-authenticator');
    expect(again.state.step!.authenticator!.key).to.equal('google_otp');
    fillAndSubmit(again, { 'credentials.passcode': '000000' === totpNow(secret) ? '111111' : '000000' });
    await waitUntil(() => again.state.status === 'ready' && again.querySelector('[active] input[aria-invalid="true"]') !== null, 'a wrong code was accepted', { timeout: 10000 });
    await succeeded(again, () => fillAndSubmit(again, { 'credentials.passcode': totpNow(secret) }));
  });
});
