/**
 * The sign-up form is not part of a password sign-in: its screen and words arrive with the on-demand modules,
 * and the main bundle holds only `<okta-register>`'s shell and the "Sign up" link. This file runs in a page of its
 * own, so nothing has loaded those modules yet.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import * as states from '../fixtures/registration-states.js';
import type { OktaFlow } from '../../src/flow/okta-flow.js';
import { onDemandAuthenticators } from '../../src/authenticators/registry.js';

describe('<okta-register> before the on-demand modules are here', () => {
  it('"Sign up" needs nothing more; the sign-up form says "Loading…" (not the generic form), then shows and focuses the email', async () => {
    let arrive!: () => void;
    onDemandAuthenticators.fetch = () => new Promise((resolve) => (arrive = () => resolve(import('../../src/authenticators/on-demand.js'))));

    const signIn = await fixture<OktaFlow>(html`<okta-flow .state=${states.identifyWithSignUp}></okta-flow>`);
    await signIn.updateComplete;
    const identify = signIn.querySelector('okta-identify')!;
    await waitUntil(() => identify.querySelector('form'), 'no sign-in form');
    expect([...identify.querySelectorAll('.okta-links button')].map((b) => b.textContent!.trim())).to.include('Sign up');
    expect(onDemandAuthenticators.status, 'the sign-in form loads nothing').to.equal('idle');
    signIn.remove();

    const flow = await fixture<OktaFlow>(html`<okta-flow .state=${states.registrationWithPassword}></okta-flow>`);
    const register = flow.querySelector('okta-register')!;
    await waitUntil(() => register.active && register.querySelector('[role="status"]'), 'no wait shown by <okta-register>');
    expect(register.textContent).to.contain('Loading…');
    expect(flow.querySelector('okta-generic-step form'), 'the generic form does not take the step').to.equal(null);
    expect(onDemandAuthenticators.status).to.equal('loading');
    arrive();
    await waitUntil(() => register.querySelector('form input[name="userProfile.email"]'), 'the sign-up form never came');
    expect(register.querySelector('form h2')!.textContent).to.equal('Create an account');
    expect(register.querySelector('.okta-requirements')!.textContent).to.contain('At least 8 characters');
    await waitUntil(() => document.activeElement === register.querySelector('input[name="userProfile.email"]'), 'the email is not focused');
    await expect(flow).to.be.accessible();
  });
});
