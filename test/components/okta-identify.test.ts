import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { renderFlow, settle, show } from '../fixtures/render.js';
import * as states from '../fixtures/flow-states.js';
import { identify as identifyResponse } from '../fixtures/idx-responses.js';
import { idxToState } from '../../src/state/idx-to-state.js';
import type { OktaProceedEvent } from '../../src/events/okta-proceed.js';

describe('<okta-identify>', () => {
  it('renders a real form in the light DOM with an autocomplete username input and a visible label', async () => {
    const flow = await renderFlow(states.identify, html`<okta-identify></okta-identify>`);
    const el = flow.querySelector('okta-identify')!;
    expect(el.shadowRoot).to.equal(null);
    const input = el.querySelector<HTMLInputElement>('form input[name="identifier"]')!;
    expect(input.autocomplete).to.equal('username');
    expect(el.querySelector(`label[for="${input.id}"]`)!.textContent).to.equal('Username');
    expect(el.querySelector('input[name="rememberMe"][type="checkbox"]')).to.exist;
    expect(el.querySelector('input[type="password"]')).to.equal(null);
    await expect(flow).to.be.accessible();
  });

  it('asks for the password on the same form when the org does', async () => {
    const flow = await renderFlow(states.identifyWithPassword, html`<okta-identify></okta-identify>`);
    const password = flow.querySelector<HTMLInputElement>('okta-identify input[type="password"]')!;
    expect(password.autocomplete).to.equal('current-password');
    expect(password.name).to.equal('credentials.passcode');
    await expect(flow).to.be.accessible();
  });

  it('moves focus to the first field, and Enter sends the form to the root', async () => {
    const flow = await renderFlow(states.identify, html`<okta-identify></okta-identify>`);
    const input = flow.querySelector<HTMLInputElement>('input[name="identifier"]')!;
    expect(document.activeElement).to.equal(input);
    await sendKeys({ type: ' demo@example.com ' });
    // The event starts at the step; the root (here in preview mode) would send it to the server.
    const fromStep = oneEvent(flow.querySelector('okta-identify')!, 'okta-proceed') as Promise<OktaProceedEvent>;
    await sendKeys({ press: 'Enter' });
    const event = await fromStep;
    expect(event.step).to.equal('identify');
    expect(event.values).to.deep.equal({ identifier: 'demo@example.com', rememberMe: false });
  });

  it('keeps the person on the form with a described error when a required field is blank', async () => {
    const flow = await renderFlow(states.identify, html`<okta-identify></okta-identify>`);
    const el = flow.querySelector('okta-identify')!;
    let sent = false;
    el.addEventListener('okta-proceed', () => (sent = true));
    el.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle(flow);
    const input = el.querySelector<HTMLInputElement>('input[name="identifier"]')!;
    expect(sent).to.equal(false);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const error = el.querySelector(`#${input.getAttribute('aria-describedby')}`)!;
    expect(error.textContent).to.contain('cannot be left blank');
    expect(document.activeElement).to.equal(input);
    await expect(flow).to.be.accessible();
  });

  it('shows progress and ignores clicks while a request is in flight', async () => {
    const flow = await renderFlow(states.identifySubmitting, html`<okta-identify></okta-identify>`);
    const el = flow.querySelector('okta-identify')!;
    el.querySelector<HTMLInputElement>('input[name="identifier"]')!.value = 'demo@example.com';
    let sent = 0;
    el.addEventListener('okta-proceed', () => (sent += 1));
    const button = el.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.textContent).to.contain('Signing in');
    button.click();
    button.click();
    expect(sent).to.equal(0);
    await expect(flow).to.be.accessible();
  });

  it('shows the server’s page message as an alert, keeps what was typed, and renders server text as text', async () => {
    const flow = await renderFlow(states.identify, html`<okta-identify></okta-identify>`);
    const input = flow.querySelector<HTMLInputElement>('input[name="identifier"]')!;
    input.value = 'nobody@example.com';
    const hostile = idxToState(
      identifyResponse({
        messages: { value: [{ message: '<img src=x onerror="window.__pwned=1">Authentication failed', class: 'ERROR', i18n: { key: 'errors.E0000004' } }] },
      }),
      2,
    );
    await show(flow, hostile);
    const alert = flow.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('<img src=x onerror="window.__pwned=1">Authentication failed');
    expect(alert.querySelector('img')).to.equal(null);
    expect(input.value).to.equal('nobody@example.com');
    await expect(flow).to.be.accessible();
  });

  it('renders the unknown-user answer of older orgs (class INFO) as a status, accessibly', async () => {
    const flow = await renderFlow(states.identifyUnknownUser, html`<okta-identify></okta-identify>`);
    expect(flow.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('There is no account');
    expect(flow.shadowRoot!.querySelector('[role="alert"]')!.textContent!.trim()).to.equal('');
    expect(flow.querySelector<HTMLInputElement>('input[name="identifier"]')!.value).to.equal('nobody@example.com');
    expect(flow.querySelector('input[aria-invalid="true"]'), 'about no one field').to.equal(null);
    await expect(flow).to.be.accessible();
  });

  it('renders the unknown-user answer of newer orgs (errors.E0000004) as an alert, keeping the username', async () => {
    const flow = await renderFlow(states.identifyAuthenticationFailed, html`<okta-identify></okta-identify>`);
    expect(flow.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Authentication failed');
    expect(flow.querySelector<HTMLInputElement>('input[name="identifier"]')!.value).to.equal('nobody@example.com');
    await expect(flow).to.be.accessible();
  });

  it('keeps what was typed when Okta’s rate limit refuses identify (429 E0000047) and says to wait a minute', async () => {
    const flow = await renderFlow(states.identify, html`<okta-identify></okta-identify>`);
    const input = flow.querySelector<HTMLInputElement>('input[name="identifier"]')!;
    input.value = 'demo@example.com';
    await show(flow, { ...states.identifyRateLimited, revision: 2 });
    expect(flow.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Too many requests. Wait a minute, then try again.');
    expect(flow.querySelector<HTMLInputElement>('input[name="identifier"]')!.value).to.equal('demo@example.com');
  });

  it('is full-keyboard: Tab reaches the checkbox and the button, Space toggles "Keep me signed in"', async () => {
    const flow = await renderFlow(states.identify, html`<okta-identify></okta-identify>`);
    await sendKeys({ press: 'Tab' });
    expect((document.activeElement as HTMLInputElement).name).to.equal('rememberMe');
    await sendKeys({ press: 'Space' });
    expect(flow.querySelector<HTMLInputElement>('input[name="rememberMe"]')!.checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect((document.activeElement as HTMLButtonElement).type).to.equal('submit');
  });

  it('renders nothing when the current step is not identify', async () => {
    const flow = await renderFlow(states.challengePassword, html`<okta-identify></okta-identify>`);
    expect(flow.querySelector('okta-identify')!.querySelector('form')).to.equal(null);
  });
});
