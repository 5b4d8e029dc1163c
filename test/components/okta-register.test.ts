import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { renderFlow, settle, show } from '../fixtures/render.js';
import * as states from '../fixtures/registration-states.js';
import { identify } from '../fixtures/flow-states.js';
import type { OktaProceedEvent } from '../../src/events/okta-proceed.js';
import type { OktaFlow } from '../../src/flow/okta-flow.js';

const registerOf = (flow: OktaFlow) => flow.querySelector('okta-register')!;
const headingOf = (el: Element) => el.querySelector('form h2')!.textContent!.trim();
const submitOf = (el: Element) => el.querySelector<HTMLButtonElement>('form button[type="submit"]')!;
const input = (el: Element, name: string) => el.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
const labelOf = (el: Element, control: Element) => el.querySelector(`label[for="${control.id}"]`)!.textContent!.trim();
const errorOf = (el: Element, control: Element) => {
  const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => el.querySelector(`#${id}`)?.textContent?.trim()).join(' ');
};
const linkNamed = (el: Element, name: string) => [...el.querySelectorAll<HTMLButtonElement>('.okta-links button')].find((b) => b.textContent!.trim() === name);
const banner = (el: Element) => el.querySelector('[data-form-error]');

/** Resolves with the next okta-proceed the element sends, or fails the test when it sends none. */
const nextProceed = (el: Element) => oneEvent(el, 'okta-proceed') as Promise<OktaProceedEvent>;

function fill(el: Element, values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) input(el, name).value = value;
}

describe('<okta-register>', () => {
  describe('"Sign up" on the sign-in form', () => {
    it('shows only where Okta offers select-enroll-profile, and asks for that step', async () => {
      const plain = await renderFlow(identify);
      expect(linkNamed(plain.querySelector('okta-identify')!, 'Sign up')).to.equal(undefined);

      const flow = await renderFlow(states.identifyWithSignUp);
      const el = flow.querySelector('okta-identify')!;
      const link = linkNamed(el, 'Sign up');
      expect(link, 'the sign-up link').not.to.equal(undefined);
      await expect(flow).to.be.accessible();
      const sent = nextProceed(el);
      link!.click();
      const event = await sent;
      expect(event.step).to.equal('select-enroll-profile');
      expect(event.values).to.deep.equal({});
    });
  });

  describe('enroll-profile', () => {
    it('renders the org’s attributes as labelled native inputs in a form, with their autofill tokens', async () => {
      const flow = await renderFlow(states.registration);
      const el = registerOf(flow);
      expect(el.hasAttribute('active')).to.equal(true);
      expect(headingOf(el)).to.equal('Create an account');
      const form = el.querySelector('form')!;
      const email = input(el, 'userProfile.email');
      const first = input(el, 'userProfile.firstName');
      const last = input(el, 'userProfile.lastName');
      expect([email, first, last].every((i) => i.form === form && i.getRootNode() === document)).to.equal(true);
      expect([email.type, email.autocomplete, labelOf(el, email)]).to.deep.equal(['email', 'email', 'Email']);
      expect([first.autocomplete, labelOf(el, first), first.maxLength, first.required]).to.deep.equal(['given-name', 'First name', 50, true]);
      expect([last.autocomplete, labelOf(el, last)]).to.deep.equal(['family-name', 'Last name']);
      expect(el.querySelector('input[type="password"]')).to.equal(null);
      expect(submitOf(el).textContent!.trim()).to.equal('Sign up');
      expect(document.activeElement).to.equal(email);
      await expect(flow).to.be.accessible();
    });

    it('checks required attributes in the browser: each error on its field, a line above the form, focus on the first', async () => {
      const flow = await renderFlow(states.registration);
      const el = registerOf(flow);
      let sent = false;
      el.addEventListener('okta-proceed', () => (sent = true));
      fill(el, { 'userProfile.firstName': 'Ada' });
      submitOf(el).click();
      await settle(flow);
      expect(sent).to.equal(false);
      const email = input(el, 'userProfile.email');
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(errorOf(el, email)).to.equal('This field cannot be left blank');
      expect(input(el, 'userProfile.firstName').getAttribute('aria-invalid')).to.equal('false');
      expect(input(el, 'userProfile.lastName').getAttribute('aria-invalid')).to.equal('true');
      expect(banner(el)!.getAttribute('role')).to.equal('alert');
      expect(banner(el)!.textContent).to.contain('We found some errors');
      expect(document.activeElement).to.equal(email);
      await expect(flow).to.be.accessible();
    });

    it('checks the schema’s lengths, even for a value the input’s maxlength did not stop (filled by script)', async () => {
      const flow = await renderFlow(states.registration);
      const el = registerOf(flow);
      fill(el, { 'userProfile.email': 'a@', 'userProfile.firstName': 'x'.repeat(51), 'userProfile.lastName': 'Lovelace' });
      submitOf(el).click();
      await settle(flow);
      expect(errorOf(el, input(el, 'userProfile.email'))).to.equal('Enter at least 3 characters');
      expect(errorOf(el, input(el, 'userProfile.firstName'))).to.equal('Enter at most 50 characters');
      expect(input(el, 'userProfile.lastName').getAttribute('aria-invalid')).to.equal('false');
    });

    it('sends the attributes by their userProfile paths', async () => {
      const flow = await renderFlow(states.registration);
      const el = registerOf(flow);
      await sendKeys({ type: 'ada@example.com' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Ada' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Lovelace' });
      const sent = nextProceed(el);
      await sendKeys({ press: 'Enter' });
      const event = await sent;
      expect(event.step).to.equal('enroll-profile');
      expect(event.values).to.deep.equal({ 'userProfile.email': 'ada@example.com', 'userProfile.firstName': 'Ada', 'userProfile.lastName': 'Lovelace' });
    });

    it('"Back to sign in" asks for Okta’s select-identify (same transaction), not a restart', async () => {
      const flow = await renderFlow(states.registration);
      const el = registerOf(flow);
      let restarted = false;
      el.addEventListener('okta-restart', () => (restarted = true));
      const sent = nextProceed(el);
      linkNamed(el, 'Back to sign in')!.click();
      const event = await sent;
      expect(event.step).to.equal('select-identify');
      expect(restarted).to.equal(false);
    });

    it('with a password at sign-up: the policy’s rules, new-password inputs, and the confirmation never sent', async () => {
      const flow = await renderFlow(states.registrationWithPassword);
      const el = registerOf(flow);
      const passwords = [...el.querySelectorAll<HTMLInputElement>('input[type="password"]')];
      expect(passwords.map((p) => [p.name, p.autocomplete])).to.deep.equal([
        ['credentials.passcode', 'new-password'],
        ['confirmPassword', 'new-password'],
      ]);
      expect([...el.querySelectorAll('.okta-requirements li')].map((li) => li.getAttribute('data-rule'))).to.deep.equal(['minLength', 'minLowerCase', 'minUpperCase', 'minNumber', 'excludeAttributes']);
      await expect(flow).to.be.accessible();
      fill(el, { 'userProfile.email': 'ada@example.com', 'userProfile.firstName': 'Ada', 'userProfile.lastName': 'Lovelace' });
      passwords[0].value = 'Engine-1843';
      passwords[1].value = 'Engine-1842';
      submitOf(el).click();
      await settle(flow);
      expect(errorOf(el, passwords[1])).to.equal('Passwords must match');
      expect(banner(el)).not.to.equal(null);
      passwords[1].value = 'Engine-1843';
      const sent = nextProceed(el);
      submitOf(el).click();
      const event = await sent;
      expect(event.values).to.deep.equal({
        'userProfile.email': 'ada@example.com',
        'userProfile.firstName': 'Ada',
        'userProfile.lastName': 'Lovelace',
        'credentials.passcode': 'Engine-1843',
      });
    });

    it('beside the password, a hidden username follows the email as it is typed (for password managers), never sent', async () => {
      const flow = await renderFlow(states.registrationWithPassword);
      const el = registerOf(flow);
      const username = el.querySelector<HTMLInputElement>('input[name="username"]')!;
      expect([username.hidden, username.autocomplete, username.value]).to.deep.equal([true, 'username', '']);
      await sendKeys({ type: 'ada@example.com' });
      await settle(flow);
      expect(username.value).to.equal('ada@example.com');
      fill(el, { 'userProfile.firstName': 'Ada', 'userProfile.lastName': 'Lovelace', 'credentials.passcode': 'Engine-1843', confirmPassword: 'Engine-1843' });
      const sent = nextProceed(el);
      submitOf(el).click();
      expect((await sent).values).not.to.have.property('username');
      // Without a password on the form there is nothing for a password manager to save.
      const plain = await renderFlow(states.registration);
      expect(registerOf(plain).querySelector('input[name="username"]')).to.equal(null);
    });

    it('checks the policy’s "no username, no names" against what was typed above, as the Okta org will', async () => {
      const flow = await renderFlow(states.registrationWithPassword);
      const el = registerOf(flow);
      const met = () => [...el.querySelectorAll('.okta-requirements li[data-met]')].map((li) => li.getAttribute('data-rule'));
      await sendKeys({ type: 'ada@example.com' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Augusta' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'King' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Ada-King-1843' });
      await settle(flow);
      const rules = [...el.querySelectorAll('.okta-requirements li')].map((li) => li.getAttribute('data-rule'));
      expect(rules).to.include.members(['excludeUsername', 'excludeAttributes']);
      expect(met()).not.to.include('excludeUsername');
      expect(met()).not.to.include('excludeAttributes');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Ada-King-1843' });
      let sent = false;
      el.addEventListener('okta-proceed', () => (sent = true));
      submitOf(el).click();
      await settle(flow);
      expect(sent).to.equal(false);
      expect(errorOf(el, input(el, 'credentials.passcode'))).to.contain('no parts of your username');
      input(el, 'credentials.passcode').select();
      await sendKeys({ type: 'Orbit-Lantern-42' });
      await settle(flow);
      expect(met()).to.include.members(['excludeUsername', 'excludeAttributes']);
    });

    it('refuses a password that breaks the policy before sending', async () => {
      const flow = await renderFlow(states.registrationWithPassword);
      const el = registerOf(flow);
      let sent = false;
      el.addEventListener('okta-proceed', () => (sent = true));
      fill(el, { 'userProfile.email': 'ada@example.com', 'userProfile.firstName': 'Ada', 'userProfile.lastName': 'Lovelace', 'credentials.passcode': 'short', confirmPassword: 'short' });
      submitOf(el).click();
      await settle(flow);
      expect(sent).to.equal(false);
      expect(errorOf(el, input(el, 'credentials.passcode'))).to.contain('Password requirements were not met');
    });

    it('renders a list as a select, a whole number as a number input, a boolean as a checkbox, and sends the server’s types', async () => {
      const flow = await renderFlow(states.registrationWithOptions);
      const el = registerOf(flow);
      const country = el.querySelector<HTMLSelectElement>('select[name="userProfile.countryCode"]')!;
      expect([...country.options].map((o) => o.textContent)).to.deep.equal(['Select an option', 'France', 'Japan', 'United States']);
      expect([country.value, country.required, country.getAttribute('autocomplete'), labelOf(el, country)]).to.deep.equal(['', true, 'country', 'Country']);
      expect(input(el, 'userProfile.employeeCount').type).to.equal('number');
      expect(input(el, 'userProfile.newsletter').type).to.equal('checkbox');
      expect(input(el, 'userProfile.middleName').autocomplete).to.equal('additional-name');
      await expect(flow).to.be.accessible();

      fill(el, { 'userProfile.email': 'ada@example.com', 'userProfile.firstName': 'Ada', 'userProfile.lastName': 'Lovelace' });
      submitOf(el).click();
      await settle(flow);
      expect(country.getAttribute('aria-invalid')).to.equal('true');
      expect(errorOf(el, country)).to.equal('This field cannot be left blank');
      await expect(flow).to.be.accessible();

      country.value = 'JP';
      input(el, 'userProfile.employeeCount').value = '12';
      input(el, 'userProfile.newsletter').click();
      const sent = nextProceed(el);
      submitOf(el).click();
      const event = await sent;
      // The optional middle name left blank is not sent; the number is a number, the checkbox a boolean.
      expect(event.values).to.deep.equal({
        'userProfile.email': 'ada@example.com',
        'userProfile.firstName': 'Ada',
        'userProfile.lastName': 'Lovelace',
        'userProfile.countryCode': 'JP',
        'userProfile.employeeCount': 12,
        'userProfile.newsletter': true,
      });
    });

    it('refuses a whole-number attribute that is not one', async () => {
      const flow = await renderFlow(states.registrationWithOptions);
      const el = registerOf(flow);
      input(el, 'userProfile.employeeCount').value = '2.5';
      submitOf(el).click();
      await settle(flow);
      expect(errorOf(el, input(el, 'userProfile.employeeCount'))).to.equal('Enter a number');
    });

    it('shows progress while signing up', async () => {
      const flow = await renderFlow(states.registrationSubmitting);
      const submit = submitOf(registerOf(flow));
      expect(submit.getAttribute('aria-disabled')).to.equal('true');
      expect(submit.textContent!.trim()).to.equal('Signing up…');
      await expect(flow).to.be.accessible();
    });

    it('an account that exists: Okta’s message on the email field, focus there, and everything typed kept', async () => {
      const flow = await renderFlow(states.registrationWithPassword);
      const el = registerOf(flow);
      fill(el, {
        'userProfile.email': 'taken@example.com',
        'userProfile.firstName': 'Ada',
        'userProfile.lastName': 'Lovelace',
        'credentials.passcode': 'Engine-1843',
        confirmPassword: 'Engine-1843',
      });
      await show(flow, states.registrationDuplicate);
      const email = input(el, 'userProfile.email');
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(errorOf(el, email)).to.equal('A user with this Email already exists');
      expect(document.activeElement).to.equal(email);
      expect(banner(el)).not.to.equal(null);
      expect(['userProfile.email', 'userProfile.firstName', 'userProfile.lastName', 'credentials.passcode', 'confirmPassword'].map((n) => input(el, n).value)).to.deep.equal([
        'taken@example.com',
        'Ada',
        'Lovelace',
        'Engine-1843',
        'Engine-1843',
      ]);
      await expect(flow).to.be.accessible();
    });

    it('an invalid value: every message Okta put on the field', async () => {
      const flow = await renderFlow(states.registrationInvalidEmail);
      const el = registerOf(flow);
      expect(errorOf(el, input(el, 'userProfile.email'))).to.equal(
        "'Email' must be in the form of an email address Provided value for property 'Email' does not match required pattern",
      );
      await expect(flow).to.be.accessible();
    });

    it('takes the app’s heading and wording', async () => {
      const flow = await renderFlow(states.registration, html`<okta-register heading="Join Example"></okta-register>`);
      expect(headingOf(registerOf(flow))).to.equal('Join Example');
      flow.strings = { 'register.submit': 'Create my account' };
      await settle(flow);
      expect(submitOf(registerOf(flow)).textContent!.trim()).to.equal('Create my account');
    });
  });

  describe('profile-update', () => {
    it('asks for the missing attributes after sign-in, with no "Skip" unless Okta offers it', async () => {
      const flow = await renderFlow(states.profileUpdate);
      const el = registerOf(flow);
      expect(headingOf(el)).to.equal('Complete your profile');
      const phone = input(el, 'userProfile.mobilePhone');
      expect([phone.type, phone.autocomplete, phone.required]).to.deep.equal(['tel', 'tel', true]);
      expect(input(el, 'userProfile.city').autocomplete).to.equal('address-level2');
      expect(linkNamed(el, 'Skip')).to.equal(undefined);
      expect(linkNamed(el, 'Back to sign in')).not.to.equal(undefined);
      await expect(flow).to.be.accessible();
      const sent = nextProceed(el);
      phone.value = '+1 555 0100';
      submitOf(el).click();
      const event = await sent;
      expect(event.step).to.equal('profile-update');
      // The blank optional city is left out.
      expect(event.values).to.deep.equal({ 'userProfile.mobilePhone': '+1 555 0100' });
    });

    it('"Skip" sends Okta’s skip where it is offered', async () => {
      const flow = await renderFlow(states.profileUpdateWithSkip);
      const el = registerOf(flow);
      await expect(flow).to.be.accessible();
      const sent = nextProceed(el);
      linkNamed(el, 'Skip')!.click();
      const event = await sent;
      expect(event.step).to.equal('skip');
      expect(event.values).to.deep.equal({});
    });

    it('shows progress while saving', async () => {
      const flow = await renderFlow(states.profileUpdateSubmitting);
      expect(submitOf(registerOf(flow)).getAttribute('aria-disabled')).to.equal('true');
      await expect(flow).to.be.accessible();
    });
  });

  describe('ends', () => {
    it('"Check your email" after a sign-up activated by email, with Okta’s sentence and the way back', async () => {
      const flow = await renderFlow(states.checkEmail);
      const root = flow.shadowRoot!;
      expect(root.querySelector('[part~="terminal-heading"]')!.textContent).to.equal('Check your email');
      expect(root.querySelector('[part~="messages"]')!.textContent).to.contain('To finish signing in, check your email.');
      expect(root.querySelector('[part~="terminal"] button')!.textContent!.trim()).to.equal('Back to sign in');
      await expect(flow).to.be.accessible();
    });
  });
});
