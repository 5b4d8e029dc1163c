import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { renderFlow, settle, show } from '../fixtures/render.js';
import * as consentStates from '../fixtures/consent-states.js';
import { onDemandAuthenticators } from '../../src/authenticators/registry.js';
import type { OktaFlow } from '../../src/flow/okta-flow.js';
import type { OktaProceedEvent } from '../../src/events/okta-proceed.js';
import type { FlowState } from '../../src/state/flow-state.js';

/** The flow at a consent state, once its screens (loaded on demand) are there: `renderFlow` waits for them. */
const renderConsent = (state: FlowState): Promise<OktaFlow> => renderFlow(state);

const consentOf = (flow: OktaFlow) => flow.querySelector('okta-consent')!;
const buttonNamed = (root: Element, name: string) =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === name);

describe('<okta-consent>', () => {
  // First, while nothing has loaded the screen yet: a failed download is no dead end.
  it('says so when its screen cannot be downloaded, and "Try again" brings it', async () => {
    const fetchViews = onDemandAuthenticators.fetch;
    onDemandAuthenticators.fetch = () => Promise.reject(new Error('offline'));
    try {
      const flow = await fixture<OktaFlow>(html`<okta-flow .state=${consentStates.consent}></okta-flow>`);
      const el = consentOf(flow);
      await waitUntil(() => el.querySelector('[role="alert"]'), 'the failure is told');
      expect(el.querySelector('[role="alert"]')!.textContent).to.contain('could not be loaded');
      expect(buttonNamed(el, 'Back to sign in'), 'a way back').not.to.equal(undefined);
      await expect(flow).to.be.accessible();
      onDemandAuthenticators.fetch = fetchViews;
      buttonNamed(el, 'Try again')!.click();
      await waitUntil(() => el.querySelector('form h2'), 'the screen arrives');
      expect(el.querySelector('form h2')!.textContent).to.equal('Allow Acme Reader to access your account?');
    } finally {
      onDemandAuthenticators.fetch = fetchViews;
    }
  });

  it('shows the app, the scopes with their descriptions as text, and focuses the way on', async () => {
    const flow = await renderConsent(consentStates.consent);
    const el = consentOf(flow);
    expect(el.querySelector('form h2')!.textContent).to.equal('Allow Acme Reader to access your account?');
    const logo = el.querySelector('img')!;
    expect(logo.getAttribute('alt'), 'decorative: the name is the heading').to.equal('');
    const scopes = [...el.querySelectorAll('.okta-consent-scope')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(scopes).to.deep.equal(['View your email address. This allows the app to view your email address.', 'View your phone number.']);
    const links = [...el.querySelectorAll<HTMLAnchorElement>('a')].map((a) => [a.textContent, a.href, a.rel]);
    expect(links).to.deep.equal([
      ['Terms of service', 'https://acme.example/terms', 'noopener noreferrer'],
      ['Privacy policy', 'https://acme.example/privacy', 'noopener noreferrer'],
    ]);
    expect(document.activeElement).to.equal(buttonNamed(el, 'Allow'));
    await expect(flow).to.be.accessible();
  });

  it('server text stays text, and a link that is not http(s) is not a link', async () => {
    const doc = consentStates.consentDoc();
    const scopes = (doc.remediation!.value![0].value as { name: string; options?: { label: string }[] }[])[1];
    scopes.options![0].label = '<img src=x onerror=alert(1)>Read mail';
    const app = doc.app as { value: { label: string; termsOfService: { href: string } } };
    app.value.label = '<b>Acme</b>';
    app.value.termsOfService.href = 'javascript:alert(1)';
    const { idxToState } = await import('../../src/state/idx-to-state.js');
    const flow = await renderConsent(idxToState(doc, 1));
    const el = consentOf(flow);
    expect(el.querySelector('form h2')!.textContent).to.equal('Allow <b>Acme</b> to access your account?');
    expect(el.querySelector('form h2 b')).to.equal(null);
    expect(el.querySelector('.okta-consent-scope')!.textContent).to.contain('<img src=x onerror=alert(1)>Read mail');
    expect(el.querySelectorAll('img')).to.have.length(1);
    expect([...el.querySelectorAll('a')].map((a) => a.textContent)).to.deep.equal(['Privacy policy']);
  });

  it('names no app when Okta does not', async () => {
    const flow = await renderConsent(consentStates.consentUnnamedApp);
    const el = consentOf(flow);
    expect(el.querySelector('form h2')!.textContent).to.equal('Allow this app to access your account?');
    expect(el.querySelector('img')).to.equal(null);
    await expect(flow).to.be.accessible();
  });

  it('Allow sends consent: true; Don’t allow sends consent: false', async () => {
    const flow = await renderConsent(consentStates.consent);
    const el = consentOf(flow);
    let sent = oneEvent(el, 'okta-proceed') as Promise<OktaProceedEvent>;
    buttonNamed(el, 'Allow')!.click();
    let event = await sent;
    expect([event.step, event.values]).to.deep.equal(['consent', { consent: true }]);

    sent = oneEvent(el, 'okta-proceed') as Promise<OktaProceedEvent>;
    buttonNamed(el, 'Don’t allow')!.click();
    event = await sent;
    expect([event.step, event.values]).to.deep.equal(['consent', { consent: false }]);
  });

  it('granular consent: a checkbox per scope the person may leave out, sent with Allow', async () => {
    const flow = await renderConsent(consentStates.granularConsent);
    const el = consentOf(flow);
    const boxes = [...el.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(boxes.map((b) => [b.name, b.checked])).to.deep.equal([
      ['optedScopes.email', true],
      ['optedScopes.custom1', true],
    ]);
    // The description is tied to its checkbox.
    const described = document.getElementById(boxes[0].getAttribute('aria-describedby')!)!;
    expect(described.textContent).to.equal('This allows the app to view your email address.');
    expect(document.activeElement).to.equal(boxes[0]);
    await expect(flow).to.be.accessible();
    boxes[1].click();
    const sent = oneEvent(el, 'okta-proceed') as Promise<OktaProceedEvent>;
    buttonNamed(el, 'Allow')!.click();
    const event = await sent;
    expect([event.step, event.values]).to.deep.equal([
      'granular-consent',
      // Keyed by scope name (names may hold dots), the fixed ones included as the server set them.
      { optedScopes: { openid: true, email: true, custom1: false }, consent: true },
    ]);
  });

  it('while the answer is on the way: both buttons refuse, the pressed one shows progress', async () => {
    const flow = await renderConsent(consentStates.consent);
    const el = consentOf(flow);
    const events: unknown[] = [];
    el.addEventListener('okta-proceed', (e) => events.push(e));
    buttonNamed(el, 'Don’t allow')!.click();
    await show(flow, consentStates.consentSubmitting);
    expect(el.querySelector('form')!.getAttribute('aria-busy')).to.equal('true');
    const allow = buttonNamed(el, 'Allow')!;
    const deny = buttonNamed(el, 'Don’t allow')!;
    expect([allow.getAttribute('aria-disabled'), deny.getAttribute('aria-disabled')]).to.deep.equal(['true', 'true']);
    expect(deny.querySelector('.okta-spinner')).not.to.equal(null);
    expect(allow.querySelector('.okta-spinner')).to.equal(null);
    allow.click();
    deny.click();
    await settle(flow);
    expect(events).to.have.length(1);
    await expect(flow).to.be.accessible();
  });

  it('"Stay signed in?" after sign-in: the question, and each answer sent as keepMeSignedIn', async () => {
    const flow = await renderConsent(consentStates.keepSignedIn);
    const el = consentOf(flow);
    expect(el.querySelector('form h2')!.textContent).to.equal('Stay signed in?');
    expect(document.activeElement).to.equal(buttonNamed(el, 'Stay signed in'));
    await expect(flow).to.be.accessible();
    let sent = oneEvent(el, 'okta-proceed') as Promise<OktaProceedEvent>;
    buttonNamed(el, 'Stay signed in')!.click();
    let event = await sent;
    expect([event.step, event.values]).to.deep.equal(['keep-me-signed-in', { keepMeSignedIn: true }]);
    sent = oneEvent(el, 'okta-proceed') as Promise<OktaProceedEvent>;
    buttonNamed(el, 'Don’t stay signed in')!.click();
    event = await sent;
    expect([event.step, event.values]).to.deep.equal(['keep-me-signed-in', { keepMeSignedIn: false }]);
    await show(flow, consentStates.keepSignedInSubmitting);
    expect(buttonNamed(el, 'Don’t stay signed in')!.querySelector('.okta-spinner')).not.to.equal(null);
    await expect(flow).to.be.accessible();
  });

  it('a refused answer: the server’s message as an alert above the screen, which stays', async () => {
    const flow = await renderConsent(consentStates.consentError);
    expect(flow.shadowRoot!.querySelector('[part~="messages"] [role="alert"]')!.textContent).to.contain(
      'The sign-in service could not complete the request.',
    );
    expect(buttonNamed(consentOf(flow), 'Allow')).not.to.equal(undefined);
    await expect(flow).to.be.accessible();
  });
});
