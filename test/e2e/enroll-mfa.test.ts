import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { choose, chooseTheOnlyOption, dev, fillAndSubmit, latestMessage, mountFlow, passwordFirst, stepShown, useEmulator, clickButton } from './e2e-helpers.js';

describe('multi-factor enrollment end to end', () => {
  const emulator = useEmulator();

  it('email: the code sent to the profile address enrolls it', async () => {
    const flow = mountFlow(emulator.enrollmentIssuer);
    await passwordFirst(flow, 'enroll.email@example.com');
    await chooseTheOnlyOption(flow, 'okta_email');
    // Once chosen, enrollment sends the code to the profile address at once: no "send me an email" step first.
    await stepShown(flow, 'enroll-authenticator', 'okta_email');
    const { code } = await latestMessage(emulator.enrollmentIssuer, 'enroll.email@example.com');
    const done = oneEvent(flow, 'okta-success');
    fillAndSubmit(flow, { 'credentials.passcode': code });
    await done;
  });

  it('phone: an invalid number is refused on its field, then a valid one gets a code that enrolls it', async () => {
    const flow = mountFlow(emulator.enrollmentIssuer);
    await passwordFirst(flow, 'enroll.phone@example.com');
    await chooseTheOnlyOption(flow, 'phone_number');
    await stepShown(flow, 'authenticator-enrollment-data', 'phone_number');
    fillAndSubmit(flow, { 'authenticator.phoneNumber': '12' });
    await waitUntil(() => flow.state.status === 'ready' && flow.querySelector('[active] input[name="authenticator.phoneNumber"][aria-invalid="true"]') !== null, 'invalid number accepted', { timeout: 10000 });
    fillAndSubmit(flow, { 'authenticator.phoneNumber': '+15555550177' });
    await stepShown(flow, 'enroll-authenticator', 'phone_number');
    const { code } = await latestMessage(emulator.enrollmentIssuer, '+15555550177');
    const done = oneEvent(flow, 'okta-success');
    fillAndSubmit(flow, { 'credentials.passcode': code });
    await done;
  });

  it('Okta Verify: the QR code is shown and the flow completes by polling once the app activates', async () => {
    const flow = mountFlow(emulator.enrollmentIssuer);
    await passwordFirst(flow, 'enroll.verify@example.com');
    await chooseTheOnlyOption(flow, 'okta_verify');
    await stepShown(flow, 'enroll-poll');
    expect(flow.querySelector<HTMLImageElement>('[active] img.okta-qr')!.src).to.match(/^data:image\/png;base64,/);
    const done = oneEvent(flow, 'okta-success');
    await dev(emulator.enrollmentIssuer, 'okta-verify/activate', { identifier: 'enroll.verify@example.com' });
    await done;
  });

  it('security question: a question of one’s own, with an answer long enough', async () => {
    const flow = mountFlow(emulator.issuer);
    await passwordFirst(flow, 'optional@example.com');
    await stepShown(flow, 'select-authenticator-enroll');
    await choose(flow, 'security_question');
    await stepShown(flow, 'enroll-authenticator', 'security_question');
    const select = flow.querySelector<HTMLSelectElement>('[active] select')!;
    select.value = 'custom';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => flow.querySelector('[active] input[name="credentials.question"]') !== null);
    fillAndSubmit(flow, { 'credentials.question': 'Name of my first bicycle?', 'credentials.answer': 'abc' });
    await waitUntil(() => flow.querySelector('[active] input[name="credentials.answer"][aria-invalid="true"]') !== null, 'a short answer was accepted');
    const done = oneEvent(flow, 'okta-success');
    fillAndSubmit(flow, { 'credentials.question': 'Name of my first bicycle?', 'credentials.answer': 'Blue Flash' });
    // The other optional method is offered next; it can wait.
    await stepShown(flow, 'select-authenticator-enroll');
    expect([...flow.querySelectorAll('[active] .okta-option')].map((o) => o.getAttribute('data-authenticator'))).not.to.include('security_question');
    clickButton(flow, 'Set up later');
    await done;
  });
});

describe('Okta Verify enrollment by a link', () => {
  const emulator = useEmulator();

  it('"Can’t scan?", a link by email, then the flow completes once the app activates', async () => {
    const flow = mountFlow(emulator.enrollmentIssuer);
    await passwordFirst(flow, 'enroll.verify@example.com');
    await chooseTheOnlyOption(flow, 'okta_verify');
    await stepShown(flow, 'enroll-poll');
    clickButton(flow, 'Can’t scan? Get a link by email or text message');
    await stepShown(flow, 'select-enrollment-channel');
    flow.querySelector<HTMLInputElement>('[active] input[value="email"]')!.click();
    clickButton(flow, 'Next');
    await stepShown(flow, 'enrollment-channel-data');
    fillAndSubmit(flow, { email: 'enroll.verify@example.com' });
    await stepShown(flow, 'enroll-poll');
    const done = oneEvent(flow, 'okta-success');
    await dev(emulator.enrollmentIssuer, 'okta-verify/activate', { identifier: 'enroll.verify@example.com' });
    await done;
  });
});
