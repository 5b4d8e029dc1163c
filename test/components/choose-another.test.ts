import { expect, html } from '@open-wc/testing';
import { renderFlow } from '../fixtures/render.js';
import * as states from '../fixtures/flow-states.js';
import type { FlowState, FlowStep } from '../../src/state/flow-state.js';

const links = (el: Element) => [...el.querySelectorAll('.okta-links button')].map((b) => b.textContent!.trim());

/** The state with its authenticator list cut down to the options for `keep` alone. */
function listOnly(state: FlowState, keep: (key: string | undefined) => boolean): FlowState {
  const cut = (step: FlowStep): FlowStep =>
    step.name.startsWith('select-authenticator-')
      ? { ...step, fields: step.fields.map((f) => ({ ...f, options: f.options?.filter((o) => keep(o.authenticator?.key)) })) }
      : step;
  return { ...state, steps: state.steps.map(cut), step: state.step && cut(state.step) };
}

describe('"Choose another method" only when there is another method', () => {
  it('is offered when the list holds another authenticator', async () => {
    const flow = await renderFlow(states.challengeEmail, html`<okta-challenge></okta-challenge>`);
    expect(links(flow.querySelector('okta-challenge')!)).to.include('Choose another method');
  });

  it('is not offered when the list holds the current authenticator alone (a list of one is a dead end)', async () => {
    const alone = listOnly(states.challengeEmail, (key) => key === 'okta_email');
    expect(alone.steps.some((s) => s.name.startsWith('select-authenticator-'))).to.equal(true);
    const flow = await renderFlow(alone, html`<okta-challenge></okta-challenge>`);
    const el = flow.querySelector('okta-challenge')!;
    expect(links(el)).to.deep.equal(['Back to sign in']);
    await expect(flow).to.be.accessible();
  });

  it('is offered beside a push when the list holds Okta Verify alone with its code as another way', async () => {
    // Okta lists the authenticator being verified too (the emulator does): here the verify list's Okta Verify alone.
    const list = listOnly(states.selectVerify, (key) => key === 'okta_verify').step!;
    expect(list.fields[0].options).to.have.length(1);
    const alone: FlowState = { ...states.challengePush, steps: [states.challengePush.step!, list] };
    const flow = await renderFlow(alone, html`<okta-challenge></okta-challenge>`);
    expect(links(flow.querySelector('okta-challenge')!)).to.include('Choose another method');
  });

  it('is not offered while setting up the list’s only authenticator, whatever its ways', async () => {
    const alone = listOnly(states.enrollPhoneData, (key) => key === 'phone_number');
    const flow = await renderFlow(alone, html`<okta-enroll></okta-enroll>`);
    expect(links(flow.querySelector('okta-enroll')!)).to.deep.equal(['Back to sign in']);
  });
});
