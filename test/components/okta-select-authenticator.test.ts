import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { renderFlow, settle } from '../fixtures/render.js';
import * as states from '../fixtures/flow-states.js';
import * as idx from '../fixtures/idx-responses.js';
import { idxToState } from '../../src/state/idx-to-state.js';
import type { FlowState } from '../../src/state/flow-state.js';
import type { RawIdxResponse } from '../../src/state/raw-idx.js';
import type { OktaProceedEvent } from '../../src/events/okta-proceed.js';

const element = html`<okta-select-authenticator></okta-select-authenticator>`;

/**
 * The list as Okta sends it when one authenticator is left (idx-swift/MFA-SOP/05-challenge-answer.json: Email
 * alone after the password; MFA-SOP/07: the security question alone to set up): the fixture's list cut to `key`.
 */
function listOfOne(raw: RawIdxResponse, key: string): FlowState {
  const copy = structuredClone(raw) as unknown as {
    remediation: { value: { name: string; value: { name: string; options?: { relatesTo?: string }[] }[] }[] };
  } & Record<string, unknown>;
  const keyAt = (path: string) => {
    const [, holder, index] = /^\$\.(\w+)\.value\[(\d+)\]$/.exec(path)!;
    return (copy[holder] as { value: { key: string }[] }).value[Number(index)].key;
  };
  for (const form of copy.remediation.value) {
    for (const field of form.value) {
      if (field.name === 'authenticator' && field.options) field.options = field.options.filter((o) => keyAt(o.relatesTo!) === key);
    }
  }
  copy.remediation.value = copy.remediation.value.filter((form) => form.name !== 'skip');
  return idxToState(copy as unknown as RawIdxResponse, 1);
}

const buttonsOf = (root: Element) => [...root.querySelectorAll<HTMLButtonElement>('.okta-option button')];

/** Every proceed the element asks for while `act` runs. */
async function proceedsDuring(root: HTMLElement, act: () => Promise<void> | void): Promise<OktaProceedEvent[]> {
  const sent: OktaProceedEvent[] = [];
  const listener = (event: OktaProceedEvent) => sent.push(event);
  root.addEventListener('okta-proceed', listener);
  await act();
  root.removeEventListener('okta-proceed', listener);
  return sent;
}

describe('<okta-select-authenticator>', () => {
  it('lists each authenticator with its name, an icon hidden from screen readers, and what choosing it does', async () => {
    const flow = await renderFlow(states.selectVerify, element);
    const el = flow.querySelector('okta-select-authenticator')!;
    expect(el.querySelector('h2')!.textContent).to.equal('Verify it’s you with a security method');
    const options = [...el.querySelectorAll('.okta-option')];
    expect(options.map((o) => o.getAttribute('data-authenticator'))).to.deep.equal([
      'okta_email',
      'phone_number',
      'google_otp',
      'okta_verify',
      'security_question',
      'webauthn',
    ]);
    expect(options.map((o) => o.querySelector('strong')!.textContent)).to.deep.equal([
      'Email',
      'Phone',
      'Google Authenticator',
      'Okta Verify',
      'Security Question',
      // The server's display name of the person's own key wins over the generic one.
      'MacBook Touch ID',
    ]);
    for (const option of options) expect(option.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    // Each button is described by what choosing its authenticator does.
    const google = buttonsOf(options[2])[0];
    expect(document.getElementById(google.getAttribute('aria-describedby')!)!.textContent).to.equal('Enter a code from Google Authenticator');
    expect(google.getAttribute('aria-label')).to.equal('Select: Google Authenticator');
    await expect(flow).to.be.accessible();
  });

  it('sends, for each choice, the authenticator the server offered and the method of the button', async () => {
    const flow = await renderFlow(states.selectVerify, element);
    const el = flow.querySelector('okta-select-authenticator')!;
    const sent = await proceedsDuring(el, () => buttonsOf(el).forEach((button) => button.click()));
    expect(sent.map((e) => e.step)).to.deep.equal(Array(8).fill('select-authenticator-authenticate'));
    expect(sent.map((e) => e.values)).to.deep.equal([
      { authenticator: { id: 'aut-email', methodType: 'email' } },
      { authenticator: { id: 'aut-phone', methodType: 'sms' } },
      { authenticator: { id: 'aut-phone', methodType: 'voice' } },
      { authenticator: { id: 'aut-google', methodType: 'otp' } },
      { authenticator: { id: 'aut-okta-verify', methodType: 'push' } },
      { authenticator: { id: 'aut-okta-verify', methodType: 'totp' } },
      { authenticator: { id: 'aut-question', methodType: 'security_question' } },
      { authenticator: { id: 'aut-webauthn', methodType: 'webauthn' } },
    ]);
  });

  it('offers a phone’s SMS and voice as two buttons, each named with the authenticator', async () => {
    const flow = await renderFlow(states.selectVerify, element);
    const phone = flow.querySelector('okta-select-authenticator .okta-option[data-authenticator="phone_number"]')!;
    const [sms, voice] = buttonsOf(phone);
    expect([sms.textContent!.trim(), voice.textContent!.trim()]).to.deep.equal(['Text me a code', 'Call me with a code']);
    expect([sms.getAttribute('aria-label'), voice.getAttribute('aria-label')]).to.deep.equal([
      'Text me a code: Phone',
      'Call me with a code: Phone',
    ]);
  });

  it('is used from the keyboard: the first choice has focus, Enter and Space choose', async () => {
    const flow = await renderFlow(states.selectVerify, element);
    const el = flow.querySelector('okta-select-authenticator')!;
    const [email, sms] = buttonsOf(el);
    expect(document.activeElement).to.equal(email);
    const first = oneEvent(el, 'okta-proceed') as Promise<OktaProceedEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await first).values).to.deep.equal({ authenticator: { id: 'aut-email', methodType: 'email' } });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(sms);
    const second = oneEvent(el, 'okta-proceed') as Promise<OktaProceedEvent>;
    await sendKeys({ press: 'Space' });
    expect((await second).values).to.deep.equal({ authenticator: { id: 'aut-phone', methodType: 'sms' } });
  });

  it('to set up: its own heading, Okta Verify as one choice, and "Set up later" that sends skip', async () => {
    const flow = await renderFlow(states.selectEnroll, element);
    const el = flow.querySelector('okta-select-authenticator')!;
    expect(el.querySelector('h2')!.textContent).to.equal('Set up security methods');
    expect(el.querySelector('.okta-hint')!.textContent).to.equal('Choose a method to set up.');
    const oktaVerify = el.querySelector('.okta-option[data-authenticator="okta_verify"]')!;
    expect(buttonsOf(oktaVerify).map((b) => b.textContent!.trim())).to.deep.equal(['Select']);
    const later = [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Set up later')!;
    const sent = await proceedsDuring(el, () => later.click());
    expect(sent.map((e) => [e.step, e.values])).to.deep.equal([['skip', {}]]);
    await expect(flow).to.be.accessible();
  });

  it('has no "Set up later" when the server offers no skip', async () => {
    const flow = await renderFlow(states.selectVerify, element);
    const labels = [...flow.querySelectorAll('okta-select-authenticator button')].map((b) => b.textContent!.trim());
    expect(labels).not.to.include('Set up later');
  });

  it('sends nothing while a choice is being sent, and says so on every button', async () => {
    const flow = await renderFlow(states.selectVerifySubmitting, element);
    const el = flow.querySelector('okta-select-authenticator')!;
    const buttons = buttonsOf(el);
    expect(buttons.every((b) => b.getAttribute('aria-disabled') === 'true')).to.equal(true);
    expect(await proceedsDuring(el, () => buttons[0].click())).to.deep.equal([]);
    await expect(flow).to.be.accessible();
  });

  it('a list of one (as Okta sends the next authenticator) reads as that method, with its action and focus on it', async () => {
    const flow = await renderFlow(listOfOne(idx.selectAuthenticatorToVerify(), 'okta_email'), element);
    const el = flow.querySelector('okta-select-authenticator')!;
    expect(el.querySelector('h2')!.textContent).to.equal('Verify it’s you with a security method');
    expect(el.querySelector('form > .okta-hint')!.textContent).to.equal('Verify with the method below.');
    const options = [...el.querySelectorAll('.okta-option')];
    expect(options.map((o) => o.querySelector('strong')!.textContent)).to.deep.equal(['Email']);
    const [only] = buttonsOf(el);
    expect(buttonsOf(el)).to.have.length(1);
    expect(only.getAttribute('aria-label')).to.equal('Select: Email');
    expect(document.getElementById(only.getAttribute('aria-describedby')!)!.textContent).to.match(/^Get a code sent to /);
    expect(document.activeElement).to.equal(only);
    const sent = oneEvent(el, 'okta-proceed') as Promise<OktaProceedEvent>;
    await sendKeys({ press: 'Enter' });
    expect([(await sent).step, (await sent).values]).to.deep.equal([
      'select-authenticator-authenticate',
      { authenticator: { id: 'aut-email', methodType: 'email' } },
    ]);
    await expect(flow).to.be.accessible();
  });

  it('a list of one to set up says so in the singular, and a phone alone still offers SMS and voice', async () => {
    const flow = await renderFlow(listOfOne(idx.selectAuthenticatorToEnroll(), 'security_question'), element);
    const el = flow.querySelector('okta-select-authenticator')!;
    expect(el.querySelector('h2')!.textContent).to.equal('Set up a security method');
    expect(el.querySelector('form > .okta-hint')!.textContent).to.equal('Set up the method below to continue.');
    expect(buttonsOf(el).map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Select: Security Question']);
    expect([...el.querySelectorAll('button')].map((b) => b.textContent!.trim())).not.to.include('Set up later');
    await expect(flow).to.be.accessible();

    const phone = await renderFlow(listOfOne(idx.selectAuthenticatorToVerify(), 'phone_number'), element);
    const phoneList = phone.querySelector('okta-select-authenticator')!;
    expect(buttonsOf(phoneList).map((b) => b.textContent!.trim())).to.deep.equal(['Text me a code', 'Call me with a code']);
    expect(document.activeElement).to.equal(buttonsOf(phoneList)[0]);
  });

  it('speaks the app’s words: any key replaced through <okta-flow>’s strings', async () => {
    const flow = await renderFlow(states.selectEnroll, element);
    flow.strings = { 'select.skip': 'Maybe later', 'select.enroll.heading': 'Add a way to sign in' };
    await settle(flow);
    const el = flow.querySelector('okta-select-authenticator')!;
    expect(el.querySelector('h2')!.textContent).to.equal('Add a way to sign in');
    expect([...el.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.include('Maybe later');
    expect(el.querySelector('.okta-hint')!.textContent).to.equal('Choose a method to set up.');
  });
});
