import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { renderFlow, show } from '../fixtures/render.js';
import * as states from '../fixtures/flow-states.js';
import type { OktaProceedEvent } from '../../src/events/okta-proceed.js';
import type { OktaShowStepEvent } from '../../src/events/okta-show-step.js';

describe('<okta-challenge> (email code)', () => {
  it('asks for a one-time code sent to the masked address, with a resend cooldown', async () => {
    const flow = await renderFlow(states.challengeEmail, html`<okta-challenge></okta-challenge>`);
    const el = flow.querySelector('okta-challenge')!;
    const input = el.querySelector<HTMLInputElement>('input[name="credentials.passcode"]')!;
    expect(input.autocomplete).to.equal('one-time-code');
    expect(input.inputMode).to.equal('numeric');
    expect(document.activeElement).to.equal(input);
    expect(el.textContent).to.contain('d***o@example.com');
    expect(el.textContent).to.match(/resend in \d+ s/);
    await expect(flow).to.be.accessible();
  });

  it('sends the code with Enter', async () => {
    const flow = await renderFlow(states.challengeEmail, html`<okta-challenge></okta-challenge>`);
    const el = flow.querySelector('okta-challenge')!;
    await sendKeys({ type: '123 456' });
    const sent = oneEvent(el, 'okta-proceed') as Promise<OktaProceedEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await sent).values).to.deep.equal({ 'credentials.passcode': '123456' });
  });

  it('shows a wrong code as a field error', async () => {
    const flow = await renderFlow(states.challengeEmail, html`<okta-challenge></okta-challenge>`);
    await show(flow, { ...states.challengeEmailWrongCode, revision: 2 });
    const input = flow.querySelector<HTMLInputElement>('okta-challenge input[name="credentials.passcode"]')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(flow.querySelector(`#${input.getAttribute('aria-describedby')}`)!.textContent).to.equal('Invalid code. Try again.');
    await expect(flow).to.be.accessible();
  });

  it('offers "Choose another method", which asks the root to show the list', async () => {
    const flow = await renderFlow(states.challengeEmail, html`<okta-challenge></okta-challenge>`);
    const el = flow.querySelector('okta-challenge')!;
    const link = [...el.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Choose another method')!;
    const asked = oneEvent(el, 'okta-show-step') as Promise<OktaShowStepEvent>;
    link.click();
    expect((await asked).step).to.equal('select-authenticator-authenticate');
  });
});

describe('resend with a visible cooldown', () => {
  it('counts down, then offers "Resend code", which runs the resend action and counts down again', async () => {
    const flow = await renderFlow(states.challengeEmail, html`<okta-challenge></okta-challenge>`);
    const el = flow.querySelector('okta-challenge')!;
    expect(el.textContent).to.match(/resend in 30 s/);
    const realNow = Date.now;
    try {
      const later = realNow() + 31_000;
      Date.now = () => later;
      el.requestUpdate();
      await el.updateComplete;
      const resend = [...el.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Resend code')!;
      const sent = oneEvent(el, 'okta-proceed') as Promise<OktaProceedEvent>;
      resend.click();
      expect((await sent).step).to.equal('currentAuthenticatorEnrollment-resend');
      await el.updateComplete;
      expect(el.textContent).to.match(/resend in 30 s/);
    } finally {
      Date.now = realNow;
    }
  });
});
