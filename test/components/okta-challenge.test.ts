import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { renderFlow, show } from '../fixtures/render.js';
import * as states from '../fixtures/flow-states.js';
import { challengePassword as challengePasswordResponse } from '../fixtures/idx-responses.js';
import { idxToState } from '../../src/state/idx-to-state.js';
import type { OktaProceedEvent } from '../../src/events/okta-proceed.js';
import type { OktaRestartEvent } from '../../src/events/okta-restart.js';

describe('<okta-challenge> (password)', () => {
  it('asks for the current password, says who is signing in, and offers recovery when the server does', async () => {
    const flow = await renderFlow(states.challengePassword, html`<okta-challenge></okta-challenge>`);
    const el = flow.querySelector('okta-challenge')!;
    const password = el.querySelector<HTMLInputElement>('form input[type="password"]')!;
    expect(password.autocomplete).to.equal('current-password');
    expect(document.activeElement).to.equal(password);
    expect(el.textContent).to.contain('demo@example.com');
    expect(el.querySelector<HTMLInputElement>('input[autocomplete="username"]')!.value).to.equal('demo@example.com');
    expect([...el.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.include('Forgot password?');
    await expect(flow).to.be.accessible();
  });

  it('has no "Forgot password?" when the server offers no recovery', async () => {
    const flow = await renderFlow(states.challengePasswordNoRecovery, html`<okta-challenge></okta-challenge>`);
    expect([...flow.querySelectorAll('okta-challenge button')].map((b) => b.textContent!.trim())).not.to.include('Forgot password?');
  });

  it('sends the password with Enter as credentials.passcode', async () => {
    const flow = await renderFlow(states.challengePassword, html`<okta-challenge></okta-challenge>`);
    const el = flow.querySelector('okta-challenge')!;
    await sendKeys({ type: 'Okta-Demo-2026!' });
    const sent = oneEvent(el, 'okta-proceed') as Promise<OktaProceedEvent>;
    await sendKeys({ press: 'Enter' });
    const event = await sent;
    expect(event.step).to.equal('challenge-authenticator');
    expect(event.values).to.deep.equal({ 'credentials.passcode': 'Okta-Demo-2026!' });
  });

  it('shows Okta’s top-level wrong password on the field: marked invalid, described by it, cleared and focused', async () => {
    const flow = await renderFlow(states.challengePassword, html`<okta-challenge></okta-challenge>`);
    const password = flow.querySelector<HTMLInputElement>('okta-challenge input[type="password"]')!;
    password.value = 'wrong';
    // Okta's shape: the message at the top level, the field bare (fixtures.challengePassword({ wrongPassword: true })).
    const raw = challengePasswordResponse({ wrongPassword: true, recover: true });
    expect(raw.messages?.value?.[0]?.i18n?.key).to.equal('incorrectPassword');
    expect(JSON.stringify(raw.remediation)).not.to.contain('incorrectPassword');
    await show(flow, idxToState(raw, 2));
    expect(password.getAttribute('aria-invalid')).to.equal('true');
    const described = flow.querySelector(`#${password.getAttribute('aria-describedby')}`)!;
    expect(described.textContent).to.equal('Password is incorrect');
    expect(password.value, 'the refused secret is not kept').to.equal('');
    expect(document.activeElement, 'focus on the field to fix, which announces its description').to.equal(password);
    expect(flow.shadowRoot!.querySelector('[role="alert"]')!.textContent!.trim(), 'said once, beside the field').to.equal('');
    await expect(flow).to.be.accessible();
  });

  it('renders the server’s field message as text, never as markup', async () => {
    const flow = await renderFlow(states.challengePassword, html`<okta-challenge></okta-challenge>`);
    const raw = challengePasswordResponse({ wrongPassword: true });
    const hostile = { ...raw, messages: { value: [{ message: '<img src=x>Wrong', i18n: { key: 'incorrectPassword' }, class: 'ERROR' }] } };
    await show(flow, idxToState(hostile, 2));
    const password = flow.querySelector<HTMLInputElement>('okta-challenge input[type="password"]')!;
    const described = flow.querySelector(`#${password.getAttribute('aria-describedby')}`)!;
    expect(described.textContent).to.equal('<img src=x>Wrong');
    expect(described.querySelector('img')).to.equal(null);
  });

  it('shows a server message on a field in the app’s words when it replaces that message’s i18n key', async () => {
    const flow = await renderFlow(states.challengePassword, html`<okta-challenge></okta-challenge>`);
    flow.strings = { incorrectPassword: 'That is not your password.', 'step.verify': 'Continue' };
    await show(flow, { ...states.challengeWrongPassword, revision: 2 });
    const password = flow.querySelector<HTMLInputElement>('okta-challenge input[type="password"]')!;
    expect(flow.querySelector(`#${password.getAttribute('aria-describedby')}`)!.textContent).to.equal('That is not your password.');
    expect(flow.querySelector('okta-challenge button[type="submit"]')!.textContent!.trim()).to.equal('Continue');
  });

  it('shows progress while verifying and is accessible', async () => {
    const flow = await renderFlow(states.challengeSubmitting, html`<okta-challenge></okta-challenge>`);
    const button = flow.querySelector<HTMLButtonElement>('okta-challenge button[type="submit"]')!;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.textContent).to.contain('Verifying');
    await expect(flow).to.be.accessible();
  });

  it('"Back to sign in" asks the root to start over, from the keyboard, without sending the form', async () => {
    const flow = await renderFlow(states.challengePasswordNoRecovery, html`<okta-challenge></okta-challenge>`);
    const el = flow.querySelector('okta-challenge')!;
    el.querySelector<HTMLInputElement>('input[type="password"]')!.value = 'typed but not sent';
    const proceeds: OktaProceedEvent[] = [];
    flow.addEventListener('okta-proceed', (event) => proceeds.push(event));
    const back = [...el.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Back to sign in')!;
    back.focus();
    const restart = oneEvent(flow, 'okta-restart') as Promise<OktaRestartEvent>;
    await sendKeys({ press: 'Enter' });
    const event = await restart;
    // The restart reached the root from this step, and Enter on its button did not submit the password.
    expect(event.target).to.equal(el);
    expect(proceeds).to.deep.equal([]);
  });

  it('does not claim challenges it cannot answer: the generic form renders them', async () => {
    const other = {
      ...states.challengePassword,
      step: {
        ...states.challengePassword.step!,
        fields: [{ name: 'credentials.duoToken', type: 'string' as const, secret: false, required: true, messages: [] }],
        authenticator: { key: 'duo', displayName: 'Hardware token' },
      },
    };
    const flow = await renderFlow(other, html`<okta-challenge></okta-challenge>`);
    expect(flow.querySelector('okta-challenge form')).to.equal(null);
    const generic = flow.querySelector('okta-generic-step')!;
    expect(generic.active).to.equal(true);
    expect(generic.querySelector('form')!.textContent).to.contain('Hardware token');
  });
});
