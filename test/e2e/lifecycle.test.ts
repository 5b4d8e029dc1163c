import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { alertText, fillAndSubmit, mountFlow, stepShown, useEmulator } from './e2e-helpers.js';
import type { OktaErrorEvent } from '../../src/events/okta-error.js';
import type { OktaFlow } from '../../src/flow/okta-flow.js';

const DEMO = { identifier: 'demo@example.com', password: 'Okta-Demo-2026!' };

function frameFlow(frame: HTMLIFrameElement): OktaFlow | null {
  return frame.contentDocument?.querySelector('okta-flow') as OktaFlow | null;
}

describe('<okta-flow> lifecycle end to end', () => {
  const emulator = useEmulator();

  it('resumes the transaction after a page reload (the self-contained bundle in a plain page)', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'sign-in page';
    frame.src = `/test/e2e/flow-page.html?issuer=${encodeURIComponent(emulator.issuer)}`;
    document.body.append(frame);
    try {
      await waitUntil(() => frameFlow(frame)?.state?.step?.name === 'identify', 'page never showed identify', { timeout: 15000 });
      fillAndSubmit(frameFlow(frame)!, { identifier: DEMO.identifier });
      await waitUntil(() => frameFlow(frame)?.state?.step?.name === 'challenge-authenticator', 'no challenge', { timeout: 10000 });
      const reloaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.contentWindow!.location.reload();
      await reloaded;
      await waitUntil(() => frameFlow(frame)?.state?.status === 'ready', 'page never got ready after reload', { timeout: 15000 });
      const flow = frameFlow(frame)!;
      expect(flow.state.step!.name).to.equal('challenge-authenticator');
      expect(flow.state.user?.identifier).to.equal(DEMO.identifier);
      const succeeded = oneEvent(flow, 'okta-success');
      fillAndSubmit(flow, { 'credentials.passcode': DEMO.password });
      await succeeded;
    } finally {
      frame.remove();
    }
  });

  it('renders steps written as static children in plain HTML', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'static composition page';
    frame.src = `/test/e2e/static-page.html?issuer=${encodeURIComponent(emulator.issuer)}`;
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentDocument?.querySelector('okta-identify form') != null, 'the static identify step never rendered', { timeout: 15000 });
      const doc = frame.contentDocument!;
      expect(doc.querySelector('okta-identify h2')!.textContent).to.equal('Welcome back');
      expect(doc.querySelectorAll('okta-flow > [data-okta-default]').length, 'no default steps beside the app’s own').to.equal(0);
      fillAndSubmit(frameFlow(frame)!, { identifier: DEMO.identifier });
      await waitUntil(() => doc.querySelector('okta-challenge form input[type="password"]') != null, 'no challenge', { timeout: 10000 });
    } finally {
      frame.remove();
    }
  });

  it('removing <okta-flow> mid-request aborts the request and leaves no request or timer running', async () => {
    const flow = mountFlow(emulator.issuer);
    await stepShown(flow, 'identify');
    const original = window.fetch;
    const originalSetTimeout = window.setTimeout;
    const originalSetInterval = window.setInterval;
    let pendingSignal: AbortSignal | undefined;
    let callsAfterRemoval = 0;
    let removed = false;
    window.fetch = (input, init) => {
      if (removed) callsAfterRemoval += 1;
      if (String(input).endsWith('/idp/idx/identify')) {
        pendingSignal = init?.signal ?? undefined;
        // Hold the answer back until the element is gone.
        return new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
      }
      return original(input, init);
    };
    let timersAfterRemoval = 0;
    try {
      fillAndSubmit(flow, { identifier: DEMO.identifier });
      await waitUntil(() => pendingSignal !== undefined, 'identify was never sent');
      window.setTimeout = ((...args: Parameters<typeof setTimeout>) => {
        timersAfterRemoval += 1;
        return originalSetTimeout(...args);
      }) as typeof setTimeout;
      window.setInterval = ((...args: Parameters<typeof setInterval>) => {
        timersAfterRemoval += 1;
        return originalSetInterval(...args);
      }) as typeof setInterval;
      removed = true;
      flow.remove();
      expect(pendingSignal!.aborted).to.equal(true);
      await new Promise((resolve) => originalSetTimeout(resolve, 500));
      expect(callsAfterRemoval).to.equal(0);
      expect(timersAfterRemoval).to.equal(0);
    } finally {
      window.fetch = original;
      window.setTimeout = originalSetTimeout;
      window.setInterval = originalSetInterval;
    }
  });

  it('"Back to sign in" while a request is in flight aborts it and starts a clean transaction', async () => {
    const flow = mountFlow(emulator.issuer);
    await stepShown(flow, 'identify');
    fillAndSubmit(flow, { identifier: DEMO.identifier });
    await stepShown(flow, 'challenge-authenticator');
    const original = window.fetch;
    let held: AbortSignal | undefined;
    window.fetch = (input, init) => {
      if (String(input).endsWith('/idp/idx/challenge/answer') && !held) {
        held = init?.signal ?? undefined;
        return new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
      }
      return original(input, init);
    };
    try {
      fillAndSubmit(flow, { 'credentials.passcode': DEMO.password });
      await waitUntil(() => held !== undefined);
      const back = [...flow.querySelectorAll<HTMLButtonElement>('[active] button')].find((b) => b.textContent!.trim() === 'Back to sign in')!;
      back.click();
      await stepShown(flow, 'identify');
      expect(held!.aborted).to.equal(true);
      expect(document.activeElement).to.equal(flow.querySelector('[active] input[name="identifier"]'));
    } finally {
      window.fetch = original;
    }
    fillAndSubmit(flow, { identifier: DEMO.identifier });
    await stepShown(flow, 'challenge-authenticator');
    const succeeded = oneEvent(flow, 'okta-success');
    fillAndSubmit(flow, { 'credentials.passcode': DEMO.password });
    await succeeded;
  });

  it('a re-added <okta-flow> works again and picks the transaction up', async () => {
    const flow = mountFlow(emulator.issuer);
    await stepShown(flow, 'identify');
    fillAndSubmit(flow, { identifier: DEMO.identifier });
    await stepShown(flow, 'challenge-authenticator');
    flow.remove();
    document.body.append(flow);
    await stepShown(flow, 'challenge-authenticator');
    const succeeded = oneEvent(flow, 'okta-success');
    fillAndSubmit(flow, { 'credentials.passcode': DEMO.password });
    await succeeded;
  });

  it('says plainly when the page’s origin is not a trusted origin (CORS)', async () => {
    const flow = mountFlow(emulator.untrustedIssuer);
    const failed = (await oneEvent(flow, 'okta-error')) as OktaErrorEvent;
    expect(failed.code).to.equal('cors-error');
    await waitUntil(() => alertText(flow).includes('Trusted Origins'));
    expect(alertText(flow)).to.contain(location.origin);
    expect(flow.shadowRoot!.querySelector('[part~="terminal"] button')!.textContent).to.equal('Try again');
  });

  it('reports a server that cannot be reached as a network error with a way to try again', async () => {
    const flow = mountFlow('http://localhost:9/oauth2/default');
    const failed = (await oneEvent(flow, 'okta-error')) as OktaErrorEvent;
    expect(failed.code).to.equal('network-error');
    await waitUntil(() => alertText(flow).includes('cannot be reached'));
  });

  it('refuses an unknown client with a config-error', async () => {
    const flow = mountFlow(emulator.issuer, { 'client-id': 'no-such-client' });
    const failed = (await oneEvent(flow, 'okta-error')) as OktaErrorEvent;
    expect(failed.code).to.equal('config-error');
  });
});
