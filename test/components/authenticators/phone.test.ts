import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { renderFlow, settle } from '../../fixtures/render.js';
import * as states from '../../fixtures/flow-states.js';
import type { OktaProceedEvent } from '../../../src/events/okta-proceed.js';
import type { OktaFlow } from '../../../src/flow/okta-flow.js';

const countryOf = (flow: OktaFlow) => flow.querySelector<HTMLSelectElement>('okta-enroll select[name="country"]')!;
const numberOf = (flow: OktaFlow) => flow.querySelector<HTMLInputElement>('okta-enroll input[name="authenticator.phoneNumber"]')!;

/** The enrollment data step with its whole country list (the phone library loads on demand). */
async function phoneStep(): Promise<OktaFlow> {
  const flow = await renderFlow(states.enrollPhoneData, html`<okta-enroll></okta-enroll>`);
  await waitUntil(() => countryOf(flow).options.length > 200, 'the country list never arrived', { timeout: 10000 });
  await settle(flow);
  return flow;
}

function submitWith(flow: OktaFlow, region: string, typed: string): void {
  countryOf(flow).value = region;
  numberOf(flow).value = typed;
  flow.querySelector<HTMLButtonElement>('okta-enroll button[type="submit"]')!.click();
}

describe('phone enrollment (the phone module)', () => {
  it('is usable at once, then lists every region with its dialling code and "Other"', async () => {
    const flow = await renderFlow(states.enrollPhoneData, html`<okta-enroll></okta-enroll>`);
    // Before the library arrives: the number field, the submit, and a select saying it is loading.
    expect(numberOf(flow).autocomplete).to.equal('tel-national');
    expect(flow.querySelector('okta-enroll button[type="submit"]')!.textContent!.trim()).to.equal('Send code');
    const loading = [...countryOf(flow).options].map((o) => o.text);
    expect(loading.length === 1 ? loading[0] : 'already loaded').to.be.oneOf(['Loading countries…', 'already loaded']);
    await waitUntil(() => countryOf(flow).options.length > 200, 'the country list never arrived', { timeout: 10000 });
    const labels = [...countryOf(flow).options].map((o) => o.text);
    expect(labels).to.include('Italy (+39)');
    expect(labels).to.include('Liechtenstein (+423)');
    expect(labels[labels.length - 1]).to.equal('Other (type the number with its + code)');
    const region = new Intl.Locale(navigator.language).region ?? 'US';
    expect(countryOf(flow).value).to.equal(region);
    await expect(flow).to.be.accessible();
  });

  it('refuses a number that cannot be one in the chosen country on its field, before sending', async () => {
    const flow = await phoneStep();
    let sent = false;
    flow.addEventListener('okta-proceed', () => (sent = true));
    submitWith(flow, 'GB', '12');
    await settle(flow);
    expect(sent).to.equal(false);
    const input = numberOf(flow);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const errorId = input.getAttribute('aria-describedby')!.split(' ').pop()!;
    expect(document.getElementById(errorId)!.textContent).to.equal(
      'Enter a valid phone number for the chosen country, or type it with its + code',
    );
    expect(document.activeElement).to.equal(input);
    await expect(flow).to.be.accessible();
  });

  it('sends the number in E.164 (Italy keeps its leading 0), the chosen method, and never the country', async () => {
    const flow = await phoneStep();
    flow.querySelector<HTMLInputElement>('okta-enroll input[value="voice"]')!.checked = true;
    const sent = oneEvent(flow, 'okta-proceed') as Promise<OktaProceedEvent>;
    submitWith(flow, 'IT', '06 1234 5678');
    const event = await sent;
    expect(event.step).to.equal('authenticator-enrollment-data');
    expect(event.values).to.deep.equal({ 'authenticator.methodType': 'voice', 'authenticator.phoneNumber': '+390612345678' });
  });

  it('lets a + code override the chosen country', async () => {
    const flow = await phoneStep();
    const sent = oneEvent(flow, 'okta-proceed') as Promise<OktaProceedEvent>;
    submitWith(flow, 'GB', '+1 (555) 555-0177');
    expect((await sent).values['authenticator.phoneNumber']).to.equal('+15555550177');
  });
});
