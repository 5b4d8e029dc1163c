import { expect, html, oneEvent } from '@open-wc/testing';
import { renderFlow } from '../fixtures/render.js';
import * as states from '../fixtures/flow-states.js';
import type { OktaProceedEvent } from '../../src/events/okta-proceed.js';

describe('<okta-generic-step>', () => {
  it('renders a remediation no other child handles, as a labelled radio group', async () => {
    const flow = await renderFlow(states.genericSelect, html`<okta-identify></okta-identify>`);
    const generic = flow.querySelector('okta-generic-step')!;
    expect(generic, 'the root adds the fallback itself').to.exist;
    expect(generic.querySelector('legend')!.textContent).to.equal('Authenticator');
    expect([...generic.querySelectorAll('label')].map((l) => l.textContent)).to.deep.equal(['Password', 'Email']);
    await expect(flow).to.be.accessible();
  });

  it('sends the chosen option’s fixed values', async () => {
    const flow = await renderFlow(states.genericSelect, html`<okta-generic-step></okta-generic-step>`);
    const generic = flow.querySelector('okta-generic-step')!;
    generic.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1].click();
    const sent = oneEvent(generic, 'okta-proceed') as Promise<OktaProceedEvent>;
    generic.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    const event = await sent;
    expect(event.step).to.equal('select-authenticator-authenticate');
    expect(event.values).to.deep.equal({ authenticator: { id: 'aut-email', methodType: 'email' } });
  });

  it('renders the identify step too when it is the only child', async () => {
    const flow = await renderFlow(states.identifyWithPassword, html`<okta-generic-step></okta-generic-step>`);
    const inputs = [...flow.querySelectorAll<HTMLInputElement>('okta-generic-step input')].map((i) => `${i.name}:${i.type}`);
    expect(inputs).to.deep.equal(['identifier:text', 'credentials.passcode:password', 'rememberMe:checkbox']);
    await expect(flow).to.be.accessible();
  });
});

describe('<okta-generic-step> from the keyboard', () => {
  it('arrow keys pick an option and Enter sends it', async () => {
    const { sendKeys } = await import('@web/test-runner-commands');
    const flow = await renderFlow(states.genericSelect, html`<okta-generic-step></okta-generic-step>`);
    const generic = flow.querySelector('okta-generic-step')!;
    expect(document.activeElement).to.equal(generic.querySelector('input[type="radio"]'));
    await sendKeys({ press: 'ArrowDown' });
    const sent = oneEvent(generic, 'okta-proceed') as Promise<OktaProceedEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await sent).values).to.deep.equal({ authenticator: { id: 'aut-email', methodType: 'email' } });
  });
});
