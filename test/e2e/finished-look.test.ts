import { expect, waitUntil } from '@open-wc/testing';
import { chooseTheOnlyOption, dev, fillAndSubmit, mountFlow, passwordFirst, stepShown, useEmulator } from './e2e-helpers.js';

/** The page-level messages `<okta-flow>` shows above the step. */
const pageMessages = (flow: HTMLElement) => [...flow.shadowRoot!.querySelectorAll('.message')].map((m) => m.textContent!.trim());
const links = (flow: HTMLElement) => [...flow.querySelectorAll('[active] .okta-links button')].map((b) => b.textContent!.trim());

describe('a finished look, end to end', () => {
  const emulator = useEmulator();

  it('a user who sets up a password alone is not offered "Choose another method" (its list holds the password alone)', async () => {
    const flow = mountFlow(emulator.issuer);
    await stepShown(flow, 'identify');
    fillAndSubmit(flow, { identifier: 'new@example.com' });
    await chooseTheOnlyOption(flow, 'okta_password');
    await stepShown(flow, 'enroll-authenticator', 'okta_password');
    expect(links(flow)).to.deep.equal(['Back to sign in']);
  });

  it('an invalid phone number is said once, beside its field (Okta sends it on the page as well)', async () => {
    const flow = mountFlow(emulator.enrollmentIssuer);
    await passwordFirst(flow, 'enroll.phone@example.com');
    await chooseTheOnlyOption(flow, 'phone_number');
    await stepShown(flow, 'authenticator-enrollment-data', 'phone_number');
    fillAndSubmit(flow, { 'authenticator.phoneNumber': '12' });
    await waitUntil(() => flow.state.status === 'ready' && flow.querySelector('[active] input[aria-invalid="true"]') !== null, 'invalid number accepted', { timeout: 10000 });
    expect(pageMessages(flow)).to.deep.equal([]);
    expect(flow.querySelector('[active] .okta-field-error')?.textContent?.trim()).to.equal('Invalid Phone Number.');
  });

  it('a rejected push is said once, by the push view beside "Send push again"', async () => {
    const flow = mountFlow(emulator.issuer);
    await passwordFirst(flow, 'push@example.com');
    await chooseTheOnlyOption(flow, 'okta_verify');
    await stepShown(flow, 'challenge-poll', 'okta_verify');
    await dev(emulator.issuer, 'push/deny', { identifier: 'push@example.com' });
    await stepShown(flow, 'resend', 'okta_verify');
    expect(flow.querySelector('[active] .okta-push')?.textContent).to.contain('not approved');
    expect(pageMessages(flow)).to.deep.equal([]);
  });
});
