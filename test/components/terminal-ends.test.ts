import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { connectFlow, renderFlow } from '../fixtures/render.js';
import * as idx from '../fixtures/idx-responses.js';
import * as states from '../fixtures/flow-states.js';
import { endDocs, ends } from '../fixtures/consent-states.js';
import { TERMINAL_ENDS } from '../../src/flow/terminal-ends.js';
import { onDemandAuthenticators } from '../../src/authenticators/registry.js';
import type { OktaFlow } from '../../src/flow/okta-flow.js';
import type { IdxAuthClient } from '../../src/flow/auth-client.js';
import type { RawIdxResponse } from '../../src/state/raw-idx.js';

const partOf = (flow: OktaFlow, part: string) => flow.shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`);

describe('the ends of the account flows', () => {
  // First, while nothing has loaded the on-demand modules: the headings are not in the main bundle.
  it('shows the message and the button at once, and the heading when its words arrive', async () => {
    let arrive!: () => void;
    const fetchModules = onDemandAuthenticators.fetch;
    onDemandAuthenticators.fetch = () => new Promise((resolve) => (arrive = () => resolve(import('../../src/authenticators/on-demand.js'))));
    try {
      const flow = await fixture<OktaFlow>(html`<okta-flow .state=${ends.checkEmail.state}></okta-flow>`);
      expect(partOf(flow, 'message')!.textContent).to.equal('To finish signing in, check your email.');
      expect(partOf(flow, 'terminal')!.querySelector('button')!.textContent!.trim()).to.equal('Back to sign in');
      expect(partOf(flow, 'terminal-heading'), 'no heading before its words').to.equal(null);
      expect(onDemandAuthenticators.status, 'the end asked for them').to.equal('loading');
      arrive();
      await waitUntil(() => partOf(flow, 'terminal-heading'), 'the heading arrives');
      expect(partOf(flow, 'terminal-heading')!.textContent).to.equal('Check your email');
      await expect(flow).to.be.accessible();
    } finally {
      onDemandAuthenticators.fetch = fetchModules;
    }
  });

  for (const [name, end] of Object.entries(ends)) {
    it(`${name}: "${end.heading}", the server’s message focused, and "${end.action}"`, async () => {
      const flow = await renderFlow(end.state);
      expect(partOf(flow, 'terminal-heading')!.textContent).to.equal(end.heading);
      const message = end.state.messages[0];
      const shown = partOf(flow, 'message')!;
      expect(shown.textContent).to.equal(message.text);
      // An error is an alert; news (check your email, return to the tab) is a status.
      expect(shown.parentElement!.getAttribute('role')).to.equal(message.level === 'error' ? 'alert' : 'status');
      expect(partOf(flow, 'terminal')!.querySelector('button')!.textContent!.trim()).to.equal(end.action);
      expect(flow.querySelectorAll('form').length, 'no step form is left on screen').to.equal(0);
      await expect(flow).to.be.accessible();
    });
  }

  it('moves focus to the server’s message when the flow reaches an end', async () => {
    const flow = await renderFlow(states.identify);
    flow.state = ends.returnToTab.state;
    await flow.updateComplete;
    expect(flow.shadowRoot!.activeElement).to.equal(partOf(flow, 'message'));
  });

  it('the button goes on: "Back to sign in" starts a new sign-in at the username', async () => {
    const started: string[] = [];
    const pending = (raw: RawIdxResponse) => Promise.resolve({ status: 'PENDING', rawIdxState: raw, requestDidSucceed: true, actions: {} } as never);
    // The first transaction ends at once (a declined consent); the next one asks for the username.
    const answers = [endDocs.consentDeclined, idx.identify()];
    const client: IdxAuthClient = {
      options: { issuer: 'https://example.okta.com/oauth2/default' },
      idx: {
        start: () => {
          started.push('start');
          return pending(answers[Math.min(started.length - 1, 1)]);
        },
        proceed: () => pending(idx.identify()),
        cancel: () => pending(idx.identify()),
        canProceed: () => false,
      },
      transactionManager: { clear: () => undefined, load: () => undefined },
      tokenManager: { setTokens: () => undefined },
    } as unknown as IdxAuthClient;
    const flow = await connectFlow((f) => (f.authClient = client));
    await waitUntil(() => partOf(flow, 'terminal-heading'), 'the end is shown');
    expect(partOf(flow, 'terminal-heading')!.textContent).to.equal('Access not allowed');
    partOf(flow, 'terminal')!.querySelector('button')!.click();
    await waitUntil(() => flow.querySelector('okta-identify input[name="identifier"]'), 'a new sign-in');
    expect(started).to.deep.equal(['start', 'start']);
    expect(partOf(flow, 'terminal-heading')).to.equal(null);
  });

  it('a user not assigned to the app (Okta’s sentence has no key) reads as access denied', async () => {
    const flow = await renderFlow(states.userNotAssigned);
    expect(partOf(flow, 'terminal-heading')!.textContent).to.equal('Access denied');
    expect(partOf(flow, 'message')!.textContent).to.equal('User is not assigned to this application.');
  });

  it('an expired transaction keeps no heading and "Start over"', async () => {
    const flow = await renderFlow(states.expired);
    expect(partOf(flow, 'terminal-heading')).to.equal(null);
    expect(partOf(flow, 'terminal')!.querySelector('button')!.textContent!.trim()).to.equal('Start over');
  });

  it('an app’s own words replace a heading by its key', async () => {
    const flow = await renderFlow(ends.checkEmail.state);
    flow.strings = { 'end.checkEmail.heading': 'Look in your inbox' };
    await flow.updateComplete;
    expect(partOf(flow, 'terminal-heading')!.textContent).to.equal('Look in your inbox');
  });

  it('every row names a heading of the catalogue', async () => {
    const flow = await renderFlow(states.identify);
    const t = (flow as unknown as { localizer: { t(key: string): string } }).localizer;
    for (const [key, end] of Object.entries(TERMINAL_ENDS)) expect(t.t(end.heading), key).not.to.equal(end.heading);
  });
});
