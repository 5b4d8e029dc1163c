/**
 * A challenge for an authenticator okta-elements may not know: `<okta-challenge>` takes it while the
 * on-demand modules load (one of them could show it), then hands it to the generic form when none can.
 * A page of its own, so nothing has loaded the modules before.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/index.js';
import * as states from '../../fixtures/flow-states.js';
import type { OktaFlow } from '../../../src/flow/okta-flow.js';
import type { FlowState } from '../../../src/state/flow-state.js';
import { onDemandAuthenticators } from '../../../src/authenticators/registry.js';

/** A Duo-like challenge: no code field, so no module has a view for it. */
const duo: FlowState = {
  ...states.challengeEmail,
  step: {
    name: 'challenge-authenticator',
    fixed: {},
    authenticator: { key: 'duo', displayName: 'Duo Security' },
    fields: [{ name: 'credentials.duoToken', label: 'Duo token', type: 'string', secret: false, required: true, messages: [] }],
  },
};

describe('an authenticator no module knows', () => {
  it('waits in <okta-challenge> while the modules load, then the generic form shows it, focused', async () => {
    let finish!: () => void;
    onDemandAuthenticators.fetch = () =>
      new Promise((resolve) => (finish = () => resolve(import('../../../src/authenticators/on-demand.js'))));
    const flow = await fixture<OktaFlow>(html`<okta-flow .state=${duo}></okta-flow>`);
    const challenge = flow.querySelector('okta-challenge')!;
    await waitUntil(() => challenge.active && challenge.querySelector('[role="status"]'), 'okta-challenge did not wait');
    finish();
    const generic = flow.querySelector('okta-generic-step')!;
    await waitUntil(() => generic.active && generic.querySelector('input[name="credentials.duoToken"]'), 'the generic form never took the step');
    await generic.updateComplete;
    expect(challenge.active).to.equal(false);
    expect(challenge.querySelector('form, [role="status"]')).to.equal(null);
    expect(document.activeElement).to.equal(generic.querySelector('input[name="credentials.duoToken"]'));
  });
});
