import { expect, waitUntil } from '@open-wc/testing';
import { renderFlow } from '../fixtures/render.js';
import * as states from '../fixtures/flow-states.js';

/**
 * The passkey prompt is the browser's: while it is open the step shows that it waits, and a second click
 * must not start a second ceremony (the browser would refuse it and the step would report a failure).
 */
describe('WebAuthn step while the browser prompt is open', () => {
  const container = navigator.credentials as unknown as Record<string, unknown>;
  afterEach(() => delete container.get);

  it('shows a busy, disabled button and a status, ignores a second click, and comes back when the prompt closes', async () => {
    let calls = 0;
    let refuse!: (error: unknown) => void;
    container.get = () => {
      calls += 1;
      return new Promise((_resolve, reject) => (refuse = reject));
    };
    const flow = await renderFlow(states.challengeWebauthn);
    const button = () => flow.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    button().click();
    await waitUntil(() => button().disabled, 'the button is disabled while the prompt is open');
    expect(button().getAttribute('aria-busy')).to.equal('true');
    expect(flow.querySelector('[role="status"]')?.textContent).to.contain('Waiting for your passkey');
    // A second submit (Enter, or a click that raced the render) starts nothing and reports nothing.
    flow.querySelector('form')!.requestSubmit();
    await new Promise((r) => requestAnimationFrame(r));
    expect(calls).to.equal(1);
    expect(flow.querySelector('[role="alert"]')).to.equal(null);
    refuse(new DOMException('closed', 'NotAllowedError'));
    await waitUntil(() => !button().disabled, 'the button comes back after the prompt');
    expect(button().hasAttribute('aria-busy')).to.equal(false);
    expect(flow.querySelector('[role="alert"]')?.textContent).to.contain('cancelled');
    expect(flow.querySelector('[role="status"]')?.textContent?.trim()).to.equal('');
  });
});
