/**
 * Setting a password up is not part of a password sign-in: its screen (the policy's rules, the checklist)
 * arrives with the on-demand modules. This file runs in a page of its own, so nothing has loaded them yet.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/index.js';
import * as states from '../../fixtures/flow-states.js';
import type { OktaFlow } from '../../../src/flow/okta-flow.js';
import { onDemandAuthenticators } from '../../../src/authenticators/registry.js';

describe('setting a password up, before the on-demand modules are here', () => {
  it('says "Loading…" in <okta-enroll> (not the generic form), then shows the rules and focuses the new password', async () => {
    let arrive!: () => void;
    onDemandAuthenticators.fetch = () =>
      new Promise((resolve) => (arrive = () => resolve(import('../../../src/authenticators/on-demand.js'))));
    const flow = await fixture<OktaFlow>(html`<okta-flow .state=${states.enrollPassword}></okta-flow>`);
    const enroll = flow.querySelector('okta-enroll')!;
    await waitUntil(() => enroll.active && enroll.querySelector('[role="status"]'), 'no wait shown by <okta-enroll>');
    expect(enroll.textContent).to.contain('Loading…');
    expect(flow.querySelector('okta-generic-step form'), 'the generic form does not take the step').to.equal(null);
    expect(onDemandAuthenticators.status).to.equal('loading');
    arrive();
    await waitUntil(() => enroll.querySelector('form input[autocomplete="new-password"]'), 'the set-up screen never came');
    expect(enroll.querySelectorAll('.okta-requirements li').length).to.be.greaterThan(3);
    expect(enroll.querySelector('.okta-requirements')!.textContent).to.contain('At least 8 characters');
    await waitUntil(() => document.activeElement === enroll.querySelector('input[name="credentials.passcode"]'), 'the new password is not focused');
    await expect(flow).to.be.accessible();
  });
});
