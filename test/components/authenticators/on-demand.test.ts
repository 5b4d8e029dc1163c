/**
 * Every authenticator but the password is one file fetched when a step first needs it. This file runs in
 * a page of its own, so nothing has loaded them before its first test; the tests run in order.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/index.js';
import * as states from '../../fixtures/flow-states.js';
import type { OktaFlow } from '../../../src/flow/okta-flow.js';
import type { FlowState } from '../../../src/state/flow-state.js';
import { onDemandAuthenticators } from '../../../src/authenticators/registry.js';

type OnDemand = typeof import('../../../src/authenticators/on-demand.js');

/** Replaces the download by one the test settles by hand, and counts the downloads. */
function controlDownloads() {
  const downloads: { resolve(): void; reject(): void }[] = [];
  onDemandAuthenticators.fetch = () =>
    new Promise<OnDemand>((resolve, reject) =>
      downloads.push({
        resolve: () => resolve(import('../../../src/authenticators/on-demand.js')),
        reject: () => reject(new TypeError('Failed to fetch dynamically imported module')),
      }),
    );
  return downloads;
}

/** `<okta-flow>` in preview mode, rendered once, without waiting for any module (unlike `renderFlow`). */
async function render(state: FlowState): Promise<OktaFlow> {
  const flow = await fixture<OktaFlow>(html`<okta-flow .state=${state}></okta-flow>`);
  await flow.updateComplete;
  for (const child of Array.from(flow.children)) await (child as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return flow;
}

const texts = (root: Element, selector: string) => [...root.querySelectorAll(selector)].map((node) => node.textContent!.trim());

describe('authenticator modules loaded on demand', () => {
  it('a password sign-in shows the password at once, focused, and downloads nothing more', async () => {
    const flow = await render(states.challengePassword);
    const password = flow.querySelector<HTMLInputElement>('okta-challenge input[type="password"]')!;
    expect(document.activeElement).to.equal(password);
    expect(onDemandAuthenticators.status).to.equal('idle');
  });

  it('a list with another authenticator says "Loading…" until its module is here; a dropped download says so, with Try again', async () => {
    const downloads = controlDownloads();
    const flow = await render(states.selectVerify);
    const select = flow.querySelector('okta-select-authenticator')!;
    expect(texts(select, '[role="status"]')).to.deep.equal(['Loading…']);
    expect(select.querySelectorAll('button[name="choice"]')).to.have.length(0);
    await waitUntil(() => downloads.length === 1, 'the download never started');
    downloads[0].reject();
    await waitUntil(() => select.querySelector('[role="alert"]'), 'the failure was never shown');
    expect(texts(select, '[role="alert"]')).to.deep.equal(['This step could not be loaded. Check your connection, then try again.']);
    expect(texts(select, 'button')).to.include.members(['Try again', 'Back to sign in']);
    await expect(flow).to.be.accessible();
  });

  it('after a failure nothing downloads by itself; Try again does, and the fields are focused when they appear', async () => {
    const downloads = controlDownloads();
    const flow = await render(states.challengeEmail);
    const challenge = flow.querySelector('okta-challenge')!;
    expect(texts(challenge, '[role="alert"]')).to.have.length(1, 'the last download failed');
    expect(downloads).to.have.length(0, 'no download without being asked');

    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    [...challenge.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Try again')!.click();
    await waitUntil(() => texts(challenge, '[role="status"]').includes('Loading…'), 'no "Loading…" while downloading');
    expect(document.activeElement === outside, 'the wait takes no focus').to.equal(true);
    await waitUntil(() => downloads.length === 1, 'Try again never downloaded');

    downloads[0].resolve();
    await waitUntil(() => challenge.querySelector('input[name="credentials.passcode"]'), 'the code field never appeared');
    await challenge.updateComplete;
    const code = challenge.querySelector('input[name="credentials.passcode"]');
    expect(document.activeElement === code, `the code field is focused, not ${document.activeElement?.outerHTML}`).to.equal(true);
    expect(challenge.querySelector('[role="alert"]')).to.equal(null);
    expect(onDemandAuthenticators.status).to.equal('loaded');
    outside.remove();
  });

  it('once here, every step shows at once', async () => {
    const flow = await render(states.selectVerify);
    const select = flow.querySelector('okta-select-authenticator')!;
    expect(select.querySelector('[role="status"]')).to.equal(null);
    expect(texts(select, 'strong')).to.include('Email');
    expect(document.activeElement === select.querySelector('button[name="choice"]'), 'the first choice is focused').to.equal(true);
  });
});
