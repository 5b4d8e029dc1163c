import { expect, html } from '@open-wc/testing';
import { renderFlow } from '../fixtures/render.js';
import * as states from '../fixtures/flow-states.js';

/** The page-level messages `<okta-flow>` shows above the step. */
const pageMessages = (flow: HTMLElement) => [...flow.shadowRoot!.querySelectorAll('.message')].map((m) => m.textContent!.trim());

describe('one message per situation', () => {
  it('a rejected push: the view’s "not approved" beside "Send push again", nothing above it', async () => {
    const flow = await renderFlow(states.challengePushRejected, html`<okta-challenge></okta-challenge>`);
    const el = flow.querySelector('okta-challenge')!;
    expect(pageMessages(flow)).to.deep.equal([]);
    expect(el.querySelector('.okta-push')!.textContent).to.contain('not approved');
    expect([...el.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.include('Send push again');
    await expect(flow).to.be.accessible();
  });

  it('an invalid phone number: said once, beside the field', async () => {
    const flow = await renderFlow(states.enrollPhoneDataInvalid, html`<okta-enroll></okta-enroll>`);
    const input = flow.querySelector<HTMLInputElement>('okta-enroll input[name="authenticator.phoneNumber"]')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const texts = [...pageMessages(flow), ...[...flow.querySelectorAll('okta-enroll .okta-field-error')].map((e) => e.textContent!.trim())];
    expect(texts.filter((t) => /invalid phone/i.test(t))).to.have.length(1);
    await expect(flow).to.be.accessible();
  });
});
