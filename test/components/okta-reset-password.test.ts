import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { renderFlow, settle, show } from '../fixtures/render.js';
import * as states from '../fixtures/flow-states.js';
import type { OktaProceedEvent } from '../../src/events/okta-proceed.js';

const metRules = (el: Element) => [...el.querySelectorAll('.okta-requirements li[data-met]')].map((li) => li.getAttribute('data-rule'));
const headingOf = (el: Element) => el.querySelector('form h2')!.textContent!.trim();
const submitOf = (el: Element) => el.querySelector<HTMLButtonElement>('form button[type="submit"]')!;

describe('<okta-reset-password>', () => {
  it('resets a password with the set-up screen: "Reset your password", the rules, a confirmation, new-password inputs', async () => {
    const flow = await renderFlow(states.resetPassword);
    const el = flow.querySelector('okta-reset-password')!;
    expect(headingOf(el)).to.equal('Reset your password');
    const inputs = el.querySelectorAll<HTMLInputElement>('input[type="password"]');
    expect([...inputs].map((i) => i.autocomplete)).to.deep.equal(['new-password', 'new-password']);
    expect(el.querySelector('input[name="username"]')!.getAttribute('autocomplete')).to.equal('username');
    expect(el.querySelectorAll('.okta-requirements li')).to.have.length(7);
    const revoke = el.querySelector<HTMLInputElement>('input[name="credentials.revokeSessions"][type="checkbox"]')!;
    expect(el.querySelector(`label[for="${revoke.id}"]`)!.textContent).to.equal('Sign me out of all other devices');
    expect(submitOf(el).textContent!.trim()).to.equal('Reset password');
    await expect(flow).to.be.accessible();
  });

  it('ticks each rule as the person types', async () => {
    const flow = await renderFlow(states.resetPassword);
    const el = flow.querySelector('okta-reset-password')!;
    expect(metRules(el)).to.deep.equal([]);
    await sendKeys({ type: 'abc' });
    await settle(flow);
    expect(metRules(el)).to.deep.equal(['minLowerCase', 'excludeUsername', 'excludeAttributes']);
    await sendKeys({ type: 'DEF12!x' });
    await settle(flow);
    expect(metRules(el)).to.have.length(7);
  });

  it('refuses a confirmation that differs, on the confirmation field, and sends nothing', async () => {
    const flow = await renderFlow(states.resetPassword);
    const el = flow.querySelector('okta-reset-password')!;
    let sent = false;
    el.addEventListener('okta-proceed', () => (sent = true));
    const [password, confirm] = el.querySelectorAll<HTMLInputElement>('input[type="password"]');
    password.value = 'Str0ng-Secret!';
    confirm.value = 'Str0ng-Secret?';
    submitOf(el).click();
    await settle(flow);
    expect(sent).to.equal(false);
    expect(password.getAttribute('aria-invalid')).to.equal('false');
    expect(confirm.getAttribute('aria-invalid')).to.equal('true');
    expect(el.querySelector(`#${confirm.getAttribute('aria-describedby')}`)!.textContent).to.equal('Passwords must match');
    expect(document.activeElement).to.equal(confirm);
    await expect(flow).to.be.accessible();
  });

  it('sends the new password and the sessions choice, never the confirmation', async () => {
    const flow = await renderFlow(states.resetPassword);
    const el = flow.querySelector('okta-reset-password')!;
    await sendKeys({ type: 'Str0ng-Secret!' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Str0ng-Secret!' });
    el.querySelector<HTMLInputElement>('input[name="credentials.revokeSessions"]')!.click();
    const sent = oneEvent(el, 'okta-proceed') as Promise<OktaProceedEvent>;
    submitOf(el).click();
    const event = await sent;
    expect(event.step).to.equal('reset-authenticator');
    expect(event.values).to.deep.equal({ 'credentials.passcode': 'Str0ng-Secret!', 'credentials.revokeSessions': true });
  });

  it('puts the server’s refusal (a password used before) on the password field, and empties both fields', async () => {
    const flow = await renderFlow(states.resetPassword);
    const el = flow.querySelector('okta-reset-password')!;
    const [password, confirm] = el.querySelectorAll<HTMLInputElement>('input[type="password"]');
    password.value = 'Old-Passw0rd!';
    confirm.value = 'Old-Passw0rd!';
    await show(flow, { ...states.resetPasswordRefused, revision: 2 });
    expect(password.getAttribute('aria-invalid')).to.equal('true');
    expect(confirm.getAttribute('aria-invalid')).to.equal('false');
    const error = flow.querySelector(`#${password.getAttribute('aria-describedby')!.split(' ').pop()}`)!;
    expect(error.textContent).to.contain('cannot be any of your last 4 passwords');
    expect([password.value, confirm.value]).to.deep.equal(['', '']);
    await expect(flow).to.be.accessible();
  });

  it('shows progress while saving', async () => {
    const flow = await renderFlow(states.resetPasswordSubmitting);
    expect(submitOf(flow.querySelector('okta-reset-password')!).getAttribute('aria-disabled')).to.equal('true');
  });

  it('an expired password: "Your password has expired", "Change password", no sessions choice nor "Remind me later"', async () => {
    const flow = await renderFlow(states.expiredPassword);
    const el = flow.querySelector('okta-reset-password')!;
    expect(headingOf(el)).to.equal('Your password has expired');
    expect(submitOf(el).textContent!.trim()).to.equal('Change password');
    expect(el.querySelector('input[name="credentials.revokeSessions"]')).to.equal(null);
    expect([...el.querySelectorAll('.okta-links button')].map((b) => b.textContent!.trim())).to.deep.equal(['Back to sign in']);
    await expect(flow).to.be.accessible();
  });

  it('an expiring password: the days left, "Change password", and "Remind me later" sends skip', async () => {
    const flow = await renderFlow(states.expiringPassword);
    const el = flow.querySelector('okta-reset-password')!;
    expect(headingOf(el)).to.equal('Your password will expire in 4 days');
    expect(submitOf(el).textContent!.trim()).to.equal('Change password');
    const later = [...el.querySelectorAll<HTMLButtonElement>('.okta-links button')].find((b) => b.textContent!.trim() === 'Remind me later')!;
    const sent = oneEvent(el, 'okta-proceed') as Promise<OktaProceedEvent>;
    later.click();
    const event = await sent;
    expect(event.step).to.equal('skip');
    expect(event.values).to.deep.equal({});
    await expect(flow).to.be.accessible();
  });

  it('says why to change it once: Okta’s sentence above the form, else its own hint', async () => {
    const flow = await renderFlow(states.expiringPassword);
    expect(flow.shadowRoot!.querySelector('[part~="messages"] [role="status"]')!.textContent).to.contain('will be locked out');
    expect(flow.querySelector('okta-reset-password form > p.okta-hint')).to.equal(null);
    await show(flow, states.expiringPasswordWithoutMessage);
    expect(flow.querySelector('okta-reset-password form > p.okta-hint')!.textContent).to.equal(
      'Change it now, so that you are not locked out when it expires.',
    );
  });

  it('words the warning as the Sign-In Widget does for today, one day, and no count', async () => {
    const flow = await renderFlow(states.expiringPasswordToday);
    expect(headingOf(flow.querySelector('okta-reset-password')!)).to.equal('Your password will expire later today');
    await show(flow, states.expiringPasswordSoon);
    expect(headingOf(flow.querySelector('okta-reset-password')!)).to.equal('Your password is expiring soon');
    const oneDay = { ...states.expiringPassword, revision: 5 };
    const step = oneDay.step!;
    const withOneDay = { ...step, authenticator: { ...step.authenticator!, settings: { ...step.authenticator!.settings, daysToExpiry: 1 } } };
    await show(flow, { ...oneDay, step: withOneDay, steps: [withOneDay, ...oneDay.steps.slice(1)] });
    expect(headingOf(flow.querySelector('okta-reset-password')!)).to.equal('Your password will expire in 1 day');
  });

  it('takes the app’s heading', async () => {
    const flow = await renderFlow(states.resetPassword, html`<okta-reset-password heading="Choose a new password"></okta-reset-password>`);
    expect(headingOf(flow.querySelector('okta-reset-password')!)).to.equal('Choose a new password');
  });
});
