import { expect } from '@open-wc/testing';
import { chooseTheOnlyOption, fillAndSubmit, mountFlow, stepShown, useEmulator } from './e2e-helpers.js';

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
});
