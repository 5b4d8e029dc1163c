import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { connectFlow, renderFlow, settle } from '../fixtures/render.js';
import * as states from '../fixtures/flow-states.js';
import type { OktaFlow } from '../../src/flow/okta-flow.js';

const heading = (flow: OktaFlow) => flow.querySelector('okta-challenge h2')?.textContent?.trim() ?? '';

// The field's label is the server's (localized by Okta from Accept-Language); the button is okta-elements' own.
const submit = (flow: OktaFlow) => flow.querySelector('okta-challenge button[type="submit"]')?.textContent?.trim() ?? '';

/** Waits until the active step's heading reads `text` (a catalogue arrives after the first render). */
async function headingBecomes(flow: OktaFlow, text: string): Promise<void> {
  await waitUntil(() => heading(flow) === text, `heading "${heading(flow)}" never became "${text}"`);
  await settle(flow);
}

describe('<okta-flow> languages', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('shows English (never keys) until the catalogue of its lang arrives, then the step in that language', async () => {
    const flow = await fixture<OktaFlow>(html`<okta-flow lang="de-AT" .state=${states.challengePassword}></okta-flow>`);
    await flow.updateComplete;
    expect(['Verify with your password', 'Mit Ihrem Passwort bestätigen', '']).to.include(heading(flow));
    await headingBecomes(flow, 'Mit Ihrem Passwort bestätigen');
    expect(submit(flow)).to.equal('Bestätigen');
  });

  it('follows the page’s <html lang> when it has none, and a change of its own lang', async () => {
    document.documentElement.lang = 'ja';
    const flow = await renderFlow(states.challengePassword);
    await headingBecomes(flow, 'パスワードで確認');
    flow.setAttribute('lang', 'ar');
    await headingBecomes(flow, 'التحقق باستخدام كلمة المرور');
    flow.setAttribute('lang', 'sw');
    await headingBecomes(flow, 'Verify with your password');
  });

  it('lets the app’s strings win per key in any language', async () => {
    const flow = await fixture<OktaFlow>(
      html`<okta-flow lang="fr" .strings=${{ 'step.verify': 'C’est parti' }} .state=${states.challengePassword}></okta-flow>`,
    );
    await headingBecomes(flow, 'Vérifier avec votre mot de passe');
    expect(submit(flow)).to.equal('C’est parti');
  });

  it('sends Accept-Language of the flow’s language with the requests of its own client', async () => {
    const realFetch = window.fetch;
    const languages: (string | null)[] = [];
    window.fetch = (_input: RequestInfo | URL, init?: RequestInit) => {
      languages.push(new Headers(init?.headers).get('Accept-Language'));
      return Promise.resolve(new Response('{}', { status: 500, headers: { 'Content-Type': 'application/json' } }));
    };
    try {
      const flow = await connectFlow((element) => {
        element.setAttribute('lang', 'he');
        element.setAttribute('issuer', 'https://example.okta.com/oauth2/default');
        element.setAttribute('client-id', 'app');
      });
      await waitUntil(() => languages.length > 0, 'no request was made');
      expect(languages[0]).to.equal('he');
      flow.remove();
    } finally {
      window.fetch = realFetch;
    }
  });
});
