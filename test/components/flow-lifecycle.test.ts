import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { renderFlow, settle, show } from '../fixtures/render.js';
import * as states from '../fixtures/flow-states.js';
import { identify as identifyResponse } from '../fixtures/idx-responses.js';
import { StepElement } from '../../src/step/step-element.js';
import type { FlowStep } from '../../src/state/flow-state.js';
import type { OktaFlow } from '../../src/flow/okta-flow.js';
import type { OktaErrorEvent } from '../../src/events/okta-error.js';
import type { IdxAuthClient } from '../../src/flow/auth-client.js';
import { FRAME_FALLBACK_MS } from '../../src/flow/late-config.js';

/** An app's own identify step, told apart from the default by what it renders. */
class OwnIdentify extends StepElement {
  static override handles(step: FlowStep): boolean {
    return step.name === 'identify';
  }

  protected override renderStep(): TemplateResult {
    return html`<form class="own-identify"><p>Our own sign-in</p></form>`;
  }
}
customElements.define('test-own-identify', OwnIdentify);

/** A client whose start answers identify when `answer()` is called (or at once with `immediate`). */
function stubClient(immediate = true): { client: IdxAuthClient; starts: number; answer(): void } {
  let release: () => void = () => undefined;
  const answered = immediate ? Promise.resolve() : new Promise<void>((resolve) => (release = resolve));
  const stub = {
    starts: 0,
    answer: () => release(),
    client: {
      options: { issuer: 'https://example.okta.com/oauth2/default' },
      idx: {
        start: async () => {
          stub.starts += 1;
          await answered;
          return { status: 'PENDING', rawIdxState: identifyResponse(), requestDidSucceed: true, actions: {} } as never;
        },
        proceed: () => Promise.reject(new Error('not expected')),
        cancel: () => Promise.reject(new Error('not expected')),
        canProceed: () => false,
      },
      transactionManager: { clear: () => undefined },
      tokenManager: { setTokens: () => undefined },
    } as IdxAuthClient,
  };
  return stub;
}

/** Resolves on the next task (a framework's next turn). */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Adds an unconfigured `<okta-flow>` to the page and records every okta-error it fires. */
async function connectBare(): Promise<{ flow: OktaFlow; errors: OktaErrorEvent[] }> {
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  const flow = document.createElement('okta-flow') as OktaFlow;
  const errors: OktaErrorEvent[] = [];
  flow.addEventListener('okta-error', (event) => errors.push(event as OktaErrorEvent));
  holder.append(flow);
  return { flow, errors };
}

const alertText = (flow: OktaFlow) => flow.shadowRoot!.querySelector('[role="alert"]')!.textContent!.trim();

describe('<okta-flow> configuration that arrives late', () => {
  it('waits quietly while the configuration is incomplete: the loading line, no alert, no okta-error', async () => {
    const { flow, errors } = await connectBare();
    await flow.updateComplete;
    expect(flow.state.status).to.equal('starting');
    expect(flow.shadowRoot!.querySelector('[part="loading"]')!.getAttribute('role')).to.equal('status');
    expect(alertText(flow)).to.equal('');
    expect(errors).to.deep.equal([]);
    await expect(flow).to.be.accessible();
  });

  it('starts with no okta-error when a framework sets its configuration one task after another', async () => {
    // Start right after a frame, so the tasks below all run before the next one (the chain a framework makes).
    await nextFrame();
    const { flow, errors } = await connectBare();
    const stub = stubClient();
    await nextTask();
    flow.setAttribute('redirect-uri', `${location.origin}/callback`);
    await nextTask();
    flow.setAttribute('issuer', 'https://example.okta.com/oauth2/default');
    await nextTask();
    flow.authClient = stub.client;
    await waitUntil(() => flow.querySelector('okta-identify[active] form') !== null, 'identify never showed');
    // Well past the fair chance: still no error.
    await nextFrame();
    await nextFrame();
    await nextTask();
    expect(errors.map((e) => e.code)).to.deep.equal([]);
    expect(stub.starts).to.equal(1);
    expect(alertText(flow)).to.equal('');
  });

  it('reports config-error only after the first animation frame that follows connection, and one task more', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const flow = document.createElement('okta-flow') as OktaFlow;
    let framePassed = false;
    const failed = oneEvent(flow, 'okta-error') as Promise<OktaErrorEvent>;
    holder.append(flow);
    requestAnimationFrame(() => (framePassed = true));
    await flow.updateComplete;
    await nextTask();
    expect(flow.state.status, 'no error on the first update').to.equal('starting');
    const event = await failed;
    expect(framePassed, 'a frame passed first').to.equal(true);
    expect(event.code).to.equal('config-error');
    await settle(flow);
    expect(alertText(flow)).to.contain('not configured');
  });

  it('where no animation frame comes (a background tab), a timer stands in for it', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const flow = document.createElement('okta-flow') as OktaFlow;
    const errors: OktaErrorEvent[] = [];
    flow.addEventListener('okta-error', (event) => errors.push(event as OktaErrorEvent));
    const original = window.requestAnimationFrame;
    // A hidden page: frames are requested but never run.
    window.requestAnimationFrame = () => 0;
    try {
      holder.append(flow);
      const connected = performance.now();
      await waitUntil(() => errors.length === 1, 'no config-error without frames', { timeout: FRAME_FALLBACK_MS * 3 });
      expect(errors[0].code).to.equal('config-error');
      expect(performance.now() - connected).to.be.at.least(FRAME_FALLBACK_MS - 50);
      expect(flow.state.status).to.equal('error');
    } finally {
      window.requestAnimationFrame = original;
    }
  });

  it('starts as soon as the configuration is complete, even after config-error, and clears the error', async () => {
    const { flow, errors } = await connectBare();
    await waitUntil(() => errors.length === 1, 'no config-error');
    await settle(flow);
    expect(alertText(flow)).to.contain('not configured');
    const stub = stubClient();
    flow.authClient = stub.client;
    await waitUntil(() => flow.querySelector('okta-identify[active] form') !== null, 'identify never showed');
    expect(alertText(flow)).to.equal('');
    expect(flow.state.error).to.equal(undefined);
    expect(errors).to.have.length(1);
  });

  it('configuration taken away mid-flow: back to waiting, then config-error after the fair chance', async () => {
    const { flow, errors } = await connectBare();
    const stub = stubClient();
    flow.authClient = stub.client;
    await waitUntil(() => flow.state.step?.name === 'identify', 'never started');
    flow.authClient = undefined;
    await flow.updateComplete;
    expect(flow.state.status).to.equal('starting');
    expect(errors).to.deep.equal([]);
    await waitUntil(() => errors.length === 1, 'no config-error');
    expect(errors[0].code).to.equal('config-error');
  });

  it('a new authClient for another issuer starts a new transaction, never resuming the old one', async () => {
    const { flow, errors } = await connectBare();
    const first = stubClient();
    const cleared: string[] = [];
    first.client.transactionManager.clear = () => cleared.push('first');
    flow.authClient = first.client;
    await waitUntil(() => flow.state.step?.name === 'identify', 'never started');
    const second = stubClient();
    // The shared storage still holds a transaction (the old issuer's) until someone clears it.
    let saved = true;
    let resumed = false;
    Object.assign(second.client, {
      options: { issuer: 'https://other.okta.com/oauth2/default' },
      idx: { ...second.client.idx, canProceed: () => saved, proceed: () => ((resumed = true), Promise.reject(new Error('resumed'))) },
      transactionManager: { clear: () => (saved = false) },
    });
    flow.authClient = second.client;
    await waitUntil(() => second.starts === 1 && flow.state.step?.name === 'identify', 'the second client never started');
    expect(resumed, 'nothing resumed at the new issuer').to.equal(false);
    expect(cleared, "the old issuer's transaction is cleared").to.deep.equal(['first']);
    expect(errors).to.deep.equal([]);
  });
});

describe('<okta-flow> light DOM and hydration', () => {
  it('never changes its light DOM on upgrade and connection; the defaults come with the first step', async () => {
    const stub = stubClient(false);
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records.filter((r) => r.target !== holder)));
    observer.observe(holder, { childList: true, subtree: true, attributes: true, characterData: true });
    // As a server renders it (and a framework then hydrates it): markup parsed into the page.
    holder.innerHTML = '<okta-flow client-id="app"></okta-flow>';
    const flow = holder.querySelector('okta-flow') as OktaFlow;
    flow.authClient = stub.client;
    await flow.updateComplete;
    await nextFrame();
    await nextTask();
    expect(stub.starts, 'the transaction is starting').to.equal(1);
    expect(changes.map((r) => `${r.type} ${(r.target as Element).localName}`), 'light DOM untouched').to.deep.equal([]);
    expect(flow.childNodes.length).to.equal(0);
    expect(flow.shadowRoot!.querySelector('[part="loading"]')).not.to.equal(null);
    observer.disconnect();
    stub.answer();
    await waitUntil(() => flow.querySelector('okta-identify[active] form') !== null, 'identify never showed');
    expect(flow.querySelectorAll(':scope > [data-okta-default]').length).to.equal(9);
  });

  it('adds no defaults while a state without a step is previewed, and adds them with the first step', async () => {
    const flow = await renderFlow(states.starting);
    expect(flow.children.length).to.equal(0);
    await show(flow, states.expired);
    expect(flow.children.length, 'an end shows no step').to.equal(0);
    await show(flow, states.identify);
    expect(flow.querySelector('okta-identify[data-okta-default][active] form')).not.to.equal(null);
  });

  it('marks no child active before there is a step (nothing reflected onto server-rendered children)', async () => {
    const flow = await renderFlow(states.starting, html`<okta-identify></okta-identify><okta-generic-step></okta-generic-step>`);
    expect(flow.querySelectorAll('[active]').length).to.equal(0);
    await show(flow, states.identify);
    expect(flow.querySelector('okta-identify')!.hasAttribute('active')).to.equal(true);
  });
});

describe('<okta-flow> custom steps removed mid-flow', () => {
  it('give way to the defaults with the same state; added again, they replace the defaults', async () => {
    const flow = await renderFlow(states.identify, html`<test-own-identify></test-own-identify>`);
    expect(flow.querySelector('test-own-identify[active] form.own-identify')).not.to.equal(null);
    expect(flow.querySelector('[data-okta-default]')).to.equal(null);
    const revision = flow.state.revision;

    // A framework re-render (`*ngIf`, a conditional in JSX) takes the app's step away.
    flow.querySelector('test-own-identify')!.remove();
    await waitUntil(() => flow.querySelector('okta-identify[data-okta-default][active] form') !== null, 'the defaults never came back');
    expect(flow.querySelector('okta-identify [name="identifier"]')).not.to.equal(null);
    expect(flow.state.revision, 'same state, no new request').to.equal(revision);

    flow.append(document.createElement('test-own-identify'));
    await waitUntil(() => flow.querySelector('test-own-identify[active] form.own-identify') !== null, 'the own step never showed');
    expect(flow.querySelector('[data-okta-default]')).to.equal(null);
  });

  it('an app child that is not a step does not keep the defaults away', async () => {
    const flow = await renderFlow(states.identify, html`<test-own-identify></test-own-identify><p>Need help? Call us.</p>`);
    flow.querySelector('test-own-identify')!.remove();
    await waitUntil(() => flow.querySelector('okta-identify[data-okta-default][active] form') !== null, 'the defaults never came back');
    expect(flow.querySelector('p')!.textContent).to.equal('Need help? Call us.');
  });
});
