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
});
