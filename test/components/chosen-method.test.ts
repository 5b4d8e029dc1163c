import { expect, html, oneEvent } from '@open-wc/testing';
import { renderFlow, show } from '../fixtures/render.js';
import * as states from '../fixtures/flow-states.js';
import type { OktaProceedEvent } from '../../src/events/okta-proceed.js';
import type { OktaFlow } from '../../src/flow/okta-flow.js';

const steps = html`<okta-select-authenticator></okta-select-authenticator><okta-challenge></okta-challenge>`;

/** Clicks the list's button with that text (a choice of method). */
function chooseInList(flow: OktaFlow, text: string): void {
  const button = [...flow.querySelectorAll<HTMLButtonElement>('okta-select-authenticator button[name="choice"]')].find(
    (b) => b.textContent!.trim() === text,
  );
  button!.click();
}

/** Submits the active step and returns what it asked the flow to send. */
async function submitted(flow: OktaFlow): Promise<OktaProceedEvent> {
  const sent = oneEvent(flow, 'okta-proceed') as Promise<OktaProceedEvent>;
  flow.querySelector<HTMLButtonElement>('okta-challenge button[type="submit"]')!.click();
  return sent;
}

describe('a method chosen in the list of authenticators', () => {
  it('"Call me with a code": the data step asks nothing more and sends voice', async () => {
    const flow = await renderFlow(states.selectVerify, steps);
    chooseInList(flow, 'Call me with a code');
    await show(flow, states.verifyPhoneData);
    expect(flow.querySelector('okta-challenge input[type="radio"]'), 'no second question').to.equal(null);
    expect(flow.querySelector('okta-challenge fieldset')).to.equal(null);
    expect(flow.querySelector('okta-challenge button[type="submit"]')!.textContent!.trim()).to.equal('Call me with a code');
    expect((await submitted(flow)).values).to.deep.equal({ 'authenticator.methodType': 'voice' });
  });

  it('"Text me a code": sends SMS', async () => {
    const flow = await renderFlow(states.selectVerify, steps);
    chooseInList(flow, 'Text me a code');
    await show(flow, states.verifyPhoneData);
    expect(flow.querySelector('okta-challenge input[type="radio"]')).to.equal(null);
    expect((await submitted(flow)).values).to.deep.equal({ 'authenticator.methodType': 'sms' });
  });

  it('without a choice in the list, the data step still asks SMS or voice', async () => {
    const flow = await renderFlow(states.verifyPhoneData, steps);
    expect(flow.querySelectorAll('okta-challenge input[type="radio"]').length).to.equal(2);
  });
});
