import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { renderFlow, settle } from '../fixtures/render.js';
import * as states from '../fixtures/flow-states.js';
import type { OktaFlow } from '../../src/flow/okta-flow.js';
import type { OktaErrorEvent } from '../../src/events/okta-error.js';
import type { IdxAuthClient } from '../../src/flow/auth-client.js';

describe('<okta-flow>', () => {
  it('renders the default steps itself when it has no children', async () => {
    const flow = await renderFlow(states.challengePassword);
    const tags = [...flow.children].map((c) => c.localName);
    expect(tags).to.deep.equal(['okta-identify', 'okta-select-authenticator', 'okta-challenge', 'okta-enroll', 'okta-generic-step']);
    expect(flow.querySelector('okta-challenge')!.active).to.equal(true);
    expect(flow.querySelector('okta-identify')!.active).to.equal(false);
    await expect(flow).to.be.accessible();
  });

  it('announces loading while the transaction starts', async () => {
    const flow = await renderFlow(states.starting);
    expect(flow.shadowRoot!.querySelector('[part="loading"]')!.getAttribute('role')).to.equal('status');
    expect(flow.querySelector('form')).to.equal(null);
    await expect(flow).to.be.accessible();
  });

  it('shows an expired transaction as a terminal message with a way to start over', async () => {
    const flow = await renderFlow(states.expired);
    const root = flow.shadowRoot!;
    expect(root.querySelector('[role="alert"]')!.textContent).to.contain('logged out due to inactivity');
    expect(root.querySelector('[part~="terminal"] button')!.textContent).to.equal('Start over');
    expect(flow.querySelector('form')).to.equal(null);
    await expect(flow).to.be.accessible();
  });

  it('explains a CORS refusal in plain words, naming the origin to trust', async () => {
    // The browser hides why a request failed. The issuer still answers a no-cors probe (the test server serves
    // test/fixtures/issuer/.well-known/openid-configuration), so the flow must call it a CORS refusal.
    const refused = Object.assign(new Error('Failed to fetch'), { name: 'AuthApiError' });
    const authClient: IdxAuthClient = {
      options: { issuer: `${location.origin}/test/fixtures/issuer` },
      idx: {
        start: () => Promise.reject(refused),
        proceed: () => Promise.reject(refused),
        cancel: () => Promise.reject(refused),
        canProceed: () => false,
      },
      transactionManager: { clear: () => undefined },
      tokenManager: { setTokens: () => undefined },
    };
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const flow = document.createElement('okta-flow') as OktaFlow;
    flow.authClient = authClient;
    const failed = oneEvent(flow, 'okta-error') as Promise<OktaErrorEvent>;
    holder.append(flow);
    expect((await failed).code).to.equal('cors-error');
    await settle(flow);
    const alert = flow.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
    expect(alert).to.contain(`(${location.origin})`);
    expect(alert).to.contain('Trusted Origins');
    const buttons = [...flow.shadowRoot!.querySelectorAll('[part~="terminal"] button')].map((b) => b.textContent!.trim());
    expect(buttons).to.deep.equal(['Try again', 'Start over']);
    await expect(flow).to.be.accessible();
  });

  it('says so once signed in', async () => {
    const flow = await renderFlow(states.success);
    expect(flow.shadowRoot!.querySelector('[part="success"]')!.textContent).to.contain('signed in');
    await expect(flow).to.be.accessible();
  });

  it('is accessible in the dark scheme', async () => {
    const flow = await renderFlow(states.identify);
    flow.theme = 'dark';
    await settle(flow);
    expect(getComputedStyle(flow).colorScheme).to.equal('dark');
    await expect(flow).to.be.accessible();
  });

  it('fires a typed config-error when neither issuer and client-id nor authClient is set', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const flow = document.createElement('okta-flow') as OktaFlow;
    const failed = oneEvent(flow, 'okta-error') as Promise<OktaErrorEvent>;
    holder.append(flow);
    const event = await failed;
    expect(event.code).to.equal('config-error');
    expect(event.bubbles && event.composed).to.equal(true);
    await settle(flow);
    expect(flow.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('not configured');
  });
});
