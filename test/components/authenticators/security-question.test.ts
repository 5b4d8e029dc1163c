import { expect, html, oneEvent } from '@open-wc/testing';
import { renderFlow, settle } from '../../fixtures/render.js';
import * as states from '../../fixtures/flow-states.js';
import type { OktaProceedEvent } from '../../../src/events/okta-proceed.js';
import type { OktaFlow } from '../../../src/flow/okta-flow.js';

const inEnroll = <T extends Element>(flow: OktaFlow, selector: string) => flow.querySelector<T>(`okta-enroll ${selector}`)!;

async function choose(flow: OktaFlow, questionKey: string): Promise<void> {
  const select = inEnroll<HTMLSelectElement>(flow, 'select[name="credentials.questionKey"]');
  select.value = questionKey;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(flow);
}

describe('security question enrollment (the security-question module)', () => {
  it('sends the chosen question’s key, read from the select like any field, with the answer', async () => {
    const flow = await renderFlow(states.enrollQuestion, html`<okta-enroll></okta-enroll>`);
    await choose(flow, 'name_of_first_plush_toy');
    inEnroll<HTMLInputElement>(flow, 'input[name="credentials.answer"]').value = 'Bunny';
    const sent = oneEvent(flow, 'okta-proceed') as Promise<OktaProceedEvent>;
    inEnroll<HTMLButtonElement>(flow, 'button[type="submit"]').click();
    expect((await sent).values).to.deep.equal({ 'credentials.questionKey': 'name_of_first_plush_toy', 'credentials.answer': 'Bunny' });
  });

  it('asks for the person’s own question only when they choose to write one, and requires it then', async () => {
    const flow = await renderFlow(states.enrollQuestion, html`<okta-enroll></okta-enroll>`);
    expect(flow.querySelector('okta-enroll input[name="credentials.question"]')).to.equal(null);
    await choose(flow, 'custom');
    const question = inEnroll<HTMLInputElement>(flow, 'input[name="credentials.question"]');
    inEnroll<HTMLInputElement>(flow, 'input[name="credentials.answer"]').value = 'Bunny';
    let sent = false;
    flow.addEventListener('okta-proceed', () => (sent = true));
    inEnroll<HTMLButtonElement>(flow, 'button[type="submit"]').click();
    await settle(flow);
    expect(sent).to.equal(false);
    expect(question.getAttribute('aria-invalid')).to.equal('true');
    expect(document.getElementById(question.getAttribute('aria-describedby')!)!.textContent).to.equal('This field cannot be left blank');
  });

  it('refuses an answer shorter than 4 characters in the browser, with the hint that says so', async () => {
    const flow = await renderFlow(states.enrollQuestion, html`<okta-enroll></okta-enroll>`);
    const answer = inEnroll<HTMLInputElement>(flow, 'input[name="credentials.answer"]');
    answer.value = 'abc';
    let sent = false;
    flow.addEventListener('okta-proceed', () => (sent = true));
    inEnroll<HTMLButtonElement>(flow, 'button[type="submit"]').click();
    await settle(flow);
    expect(sent).to.equal(false);
    const described = answer.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)!.textContent);
    expect(described).to.deep.equal(['At least 4 characters.', 'The answer must be at least 4 characters long']);
    await expect(flow).to.be.accessible();
  });
});
