import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { renderFlow, settle, show } from '../fixtures/render.js';
import * as states from '../fixtures/flow-states.js';
import type { OktaProceedEvent } from '../../src/events/okta-proceed.js';

const metRules = (el: Element) => [...el.querySelectorAll('.okta-requirements li[data-met]')].map((li) => li.getAttribute('data-rule'));

describe('<okta-enroll> (password)', () => {
  it('shows the policy’s requirements next to a new-password field and a confirmation', async () => {
    const flow = await renderFlow(states.enrollPassword, html`<okta-enroll></okta-enroll>`);
    const el = flow.querySelector('okta-enroll')!;
    const inputs = el.querySelectorAll<HTMLInputElement>('input[type="password"]');
    expect(inputs.length).to.equal(2);
    expect([...inputs].map((i) => i.autocomplete)).to.deep.equal(['new-password', 'new-password']);
    const rules = [...el.querySelectorAll('.okta-requirements li')].map((li) => li.getAttribute('data-rule'));
    expect(rules).to.deep.equal(['minLength', 'minLowerCase', 'minUpperCase', 'minNumber', 'minSymbol', 'excludeUsername', 'excludeAttributes']);
    expect(inputs[0].getAttribute('aria-describedby')).to.contain(el.querySelector('.okta-requirements')!.id);
    await expect(flow).to.be.accessible();
  });

  it('checks each requirement as the person types', async () => {
    const flow = await renderFlow(states.enrollPassword, html`<okta-enroll></okta-enroll>`);
    const el = flow.querySelector('okta-enroll')!;
    await sendKeys({ type: 'abc' });
    await settle(flow);
    expect(metRules(el)).to.deep.equal(['minLowerCase', 'excludeUsername', 'excludeAttributes']);
    await sendKeys({ type: 'DEF12!x' });
    await settle(flow);
    expect(metRules(el)).to.have.length(7);
  });

  it('refuses in the browser a password that misses a rule or a confirmation that differs', async () => {
    const flow = await renderFlow(states.enrollPassword, html`<okta-enroll></okta-enroll>`);
    const el = flow.querySelector('okta-enroll')!;
    let sent = false;
    el.addEventListener('okta-proceed', () => (sent = true));
    const [password, confirm] = el.querySelectorAll<HTMLInputElement>('input[type="password"]');
    password.value = 'short';
    confirm.value = 'different';
    el.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle(flow);
    expect(sent).to.equal(false);
    expect(password.getAttribute('aria-invalid')).to.equal('true');
    expect(confirm.getAttribute('aria-invalid')).to.equal('true');
    expect(el.querySelector(`#${confirm.getAttribute('aria-describedby')}`)!.textContent).to.equal('Passwords must match');
    expect(document.activeElement).to.equal(password);
    await expect(flow).to.be.accessible();
  });

  it('sends only the new password, not the confirmation', async () => {
    const flow = await renderFlow(states.enrollPassword, html`<okta-enroll></okta-enroll>`);
    const el = flow.querySelector('okta-enroll')!;
    await sendKeys({ type: 'Str0ng-Secret!' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Str0ng-Secret!' });
    const sent = oneEvent(el, 'okta-proceed') as Promise<OktaProceedEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await sent).values).to.deep.equal({ 'credentials.passcode': 'Str0ng-Secret!' });
  });

  it('shows the server’s refusal on the password field', async () => {
    const flow = await renderFlow(states.enrollPassword, html`<okta-enroll></okta-enroll>`);
    await show(flow, { ...states.enrollWeakPassword, revision: 2 });
    const password = flow.querySelector<HTMLInputElement>('okta-enroll input[type="password"]')!;
    expect(password.getAttribute('aria-invalid')).to.equal('true');
    expect(flow.querySelector(`#${password.getAttribute('aria-describedby')!.split(' ').pop()}`)!.textContent).to.contain('requirements were not met');
    await expect(flow).to.be.accessible();
  });

  it('shows progress while saving', async () => {
    const flow = await renderFlow(states.enrollSubmitting, html`<okta-enroll></okta-enroll>`);
    expect(flow.querySelector('okta-enroll button[type="submit"]')!.getAttribute('aria-disabled')).to.equal('true');
    await expect(flow).to.be.accessible();
  });
});
