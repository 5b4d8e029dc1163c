import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { renderFlow, settle, show } from '../fixtures/render.js';
import * as states from '../fixtures/flow-states.js';
import { accessDenied as accessDeniedResponse, identify as identifyResponse } from '../fixtures/idx-responses.js';
import type { OktaFlow } from '../../src/flow/okta-flow.js';
import type { OktaErrorEvent } from '../../src/events/okta-error.js';
import type { IdxAuthClient } from '../../src/flow/auth-client.js';

describe('<okta-flow>', () => {
  it('renders the default steps itself when it has no children', async () => {
    const flow = await renderFlow(states.challengePassword);
    const tags = [...flow.children].map((c) => c.localName);
    expect(tags).to.deep.equal(['okta-identify', 'okta-select-authenticator', 'okta-challenge', 'okta-enroll', 'okta-reset-password', 'okta-register', 'okta-consent', 'okta-redirect-idp', 'okta-generic-step']);
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
    expect(root.querySelector('[role="alert"]')!.textContent).to.contain('The session has expired.');
    expect(root.querySelector('[part~="terminal"] button')!.textContent).to.equal('Start over');
    expect(flow.querySelector('form')).to.equal(null);
    await expect(flow).to.be.accessible();
  });

  for (const [name, ending, text, button] of [
    ['an expired transaction', states.expired, 'The session has expired.', 'Start over'],
    ['access denied by a policy', states.accessDenied, 'You do not have permission to perform the requested action.', 'Back to sign in'],
    ['a user not assigned to the app', states.userNotAssigned, 'User is not assigned to this application.', 'Back to sign in'],
  ] as const) {
    it(`moves focus from the vanished form to the message when the flow ends (${name}), with "${button}" next`, async () => {
      const flow = await renderFlow(states.challengePassword);
      expect(document.activeElement).to.equal(flow.querySelector('input[name="credentials.passcode"]'));
      await show(flow, ending);
      const message = flow.shadowRoot!.querySelector<HTMLElement>('[role="alert"] [part~="message"]')!;
      expect(message.textContent).to.equal(text);
      expect(flow.shadowRoot!.activeElement, 'focus is on the message that says why').to.equal(message);
      expect(message.tabIndex, 'focusable from script, not a Tab stop').to.equal(-1);
      const buttons = [...flow.shadowRoot!.querySelectorAll('[part~="terminal"] button')].map((b) => b.textContent);
      expect(buttons).to.deep.equal([button]);
      expect(flow.querySelector('form')).to.equal(null);
      await expect(flow).to.be.accessible();
    });
  }

  it('an access-denied start that okta-auth-js throws (403 ion+json): okta-error, the message focused, "Back to sign in" starts again', async () => {
    const denied = Object.assign(new Error(''), {
      name: 'AuthApiError',
      xhr: { status: 403, headers: { 'content-type': 'application/ion+json; okta-version=1.0.0' }, responseText: JSON.stringify(accessDeniedResponse) },
    });
    const starts: string[] = [];
    const authClient: IdxAuthClient = {
      options: { issuer: 'https://example.okta.com/oauth2/default' },
      idx: {
        start: () => {
          starts.push('start');
          return starts.length === 1
            ? Promise.reject(denied)
            : Promise.resolve({ status: 'PENDING', rawIdxState: identifyResponse(), requestDidSucceed: true, actions: {} } as never);
        },
        proceed: () => Promise.reject(new Error('not expected')),
        cancel: () => Promise.reject(new Error('not expected')),
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
    const event = await failed;
    expect(event.code).to.equal('access-denied');
    expect(event.message).to.equal('You do not have permission to perform the requested action.');
    await settle(flow);
    await waitUntil(() => flow.shadowRoot!.activeElement?.getAttribute('part')?.includes('message'), 'focus never reached the message');
    const back = flow.shadowRoot!.querySelector<HTMLButtonElement>('[part~="terminal"] button')!;
    expect(back.textContent).to.equal('Back to sign in');
    back.click();
    await waitUntil(() => flow.querySelector('okta-identify form') !== null, 'identify never came back');
    expect(starts).to.have.length(2);
  });

  it('a message is focusable from script only at an end, not after a failure the person can retry', async () => {
    const flow = await renderFlow(states.starting);
    await show(flow, states.corsError);
    expect(flow.shadowRoot!.querySelector('[part~="message"]')!.hasAttribute('tabindex')).to.equal(false);
    await show(flow, states.expired);
    expect(flow.shadowRoot!.querySelector('[part~="message"]')!.getAttribute('tabindex')).to.equal('-1');
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
