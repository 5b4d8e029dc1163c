import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { alertText, CLIENT_ID, dev, fillAndSubmit, mountFlow, mountUnconfigured, stepShown, useEmulator } from './e2e-helpers.js';
import { registerCatalogue } from '../../src/i18n/localize.js';
import type { OktaErrorEvent } from '../../src/events/okta-error.js';
import type { OktaFlow } from '../../src/flow/okta-flow.js';

const DEMO = { identifier: 'demo@example.com', password: 'Okta-Demo-2026!' };

/** Resolves on the next task (a framework's next turn). */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

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
      // The abort rejected the held request at once; wait one task so everything chained on that rejection
      // has run (any timer it started is counted above, so nothing can hide behind a later task).
      await new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(undefined);
      });
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

  it('configuration bound late, one task after another (as Angular applies [issuer] and [clientId]): no okta-error, then sign-in', async () => {
    const errors: string[] = [];
    // Start right after a frame, so the chain of tasks below runs before the next one.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const flow = mountUnconfigured();
    flow.addEventListener('okta-error', (event) => errors.push((event as OktaErrorEvent).code));
    await nextTask();
    flow.setAttribute('issuer', emulator.issuer);
    await nextTask();
    flow.clientId = CLIENT_ID;
    await stepShown(flow, 'identify');
    expect(errors, 'no okta-error while the bindings arrived').to.deep.equal([]);
    expect(alertText(flow)).to.equal('');
    fillAndSubmit(flow, { identifier: DEMO.identifier });
    await stepShown(flow, 'challenge-authenticator');
    const succeeded = oneEvent(flow, 'okta-success');
    fillAndSubmit(flow, { 'credentials.passcode': DEMO.password });
    await succeeded;
    expect(errors).to.deep.equal([]);
  });

  it('with no configuration at all: config-error once the page had its chance, and the sign-in once it comes', async () => {
    const flow = mountUnconfigured();
    const failed = (await oneEvent(flow, 'okta-error')) as OktaErrorEvent;
    expect(failed.code).to.equal('config-error');
    await waitUntil(() => alertText(flow).includes('not configured'));
    flow.setAttribute('client-id', CLIENT_ID);
    flow.setAttribute('issuer', emulator.issuer);
    await stepShown(flow, 'identify');
    expect(alertText(flow)).to.equal('');
  });

  it('issuer changed mid-flow: the old transaction is not resumed there, a new one starts at the new server', async () => {
    const second = emulator.lockoutIssuer;
    const flow = mountFlow(emulator.issuer);
    const errors: string[] = [];
    flow.addEventListener('okta-error', (event) => errors.push((event as OktaErrorEvent).code));
    await stepShown(flow, 'identify');
    fillAndSubmit(flow, { identifier: DEMO.identifier });
    await stepShown(flow, 'challenge-authenticator');
    const savedIssuer = () => (JSON.parse(sessionStorage.getItem('okta-transaction-storage') ?? '{}') as { issuer?: string }).issuer;
    expect(savedIssuer()).to.equal(emulator.issuer);
    const original = window.fetch;
    const warn = console.warn;
    const requested: string[] = [];
    const warnings: string[] = [];
    window.fetch = (input, init) => {
      requested.push(new URL(String(input instanceof Request ? input.url : input)).origin);
      return original(input, init);
    };
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      flow.issuer = second;
      await stepShown(flow, 'identify');
    } finally {
      window.fetch = original;
      console.warn = warn;
    }
    expect(new Set(requested), 'every request went to the new server').to.deep.equal(new Set([new URL(second).origin]));
    expect(savedIssuer(), 'the saved transaction is the new server’s').to.equal(second);
    expect(warnings.filter((w) => w.includes('transaction')), 'okta-auth-js never saw the old transaction').to.deep.equal([]);
    expect(flow.state.user, 'nothing of the old sign-in').to.equal(undefined);
    fillAndSubmit(flow, { identifier: DEMO.identifier });
    await stepShown(flow, 'challenge-authenticator');
    const succeeded = oneEvent(flow, 'okta-success');
    fillAndSubmit(flow, { 'credentials.passcode': DEMO.password });
    await succeeded;
    expect(errors).to.deep.equal([]);
  });

  it('refuses an unknown client with a config-error', async () => {
    const flow = mountFlow(emulator.issuer, { 'client-id': 'no-such-client' });
    const failed = (await oneEvent(flow, 'okta-error')) as OktaErrorEvent;
    expect(failed.code).to.equal('config-error');
  });
});

describe('<okta-flow> faults end to end', () => {
  const emulator = useEmulator();

  /** Holds requests to paths ending with `path` until they are aborted; returns their signals. */
  function holdRequests(path: string): { signals: AbortSignal[]; release(): void } {
    const original = window.fetch;
    const signals: AbortSignal[] = [];
    window.fetch = (input, init) => {
      if (String(input).endsWith(path)) {
        const signal = init?.signal ?? new AbortController().signal;
        signals.push(signal);
        return new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
      }
      return original(input, init);
    };
    return { signals, release: () => (window.fetch = original) };
  }

  it('a server that never answers: after request-timeout the person is told, keeps what they typed, and can resubmit', async () => {
    const flow = mountFlow(emulator.issuer, { 'request-timeout': '1500' });
    await stepShown(flow, 'identify');
    fillAndSubmit(flow, { identifier: DEMO.identifier });
    await stepShown(flow, 'challenge-authenticator');
    const held = holdRequests('/idp/idx/challenge/answer');
    try {
      const failed = oneEvent(flow, 'okta-error') as Promise<OktaErrorEvent>;
      fillAndSubmit(flow, { 'credentials.passcode': DEMO.password });
      expect((await failed).code).to.equal('timeout');
      expect(held.signals[0].aborted, 'the request is aborted, not left running').to.equal(true);
      await waitUntil(() => alertText(flow).includes('did not answer in time'));
      expect(flow.state.status).to.equal('ready');
      expect(flow.querySelector<HTMLInputElement>('[active] input[name="credentials.passcode"]')!.value).to.equal(DEMO.password);
    } finally {
      held.release();
    }
    const succeeded = oneEvent(flow, 'okta-success');
    flow.querySelector<HTMLButtonElement>('[active] button[type="submit"]')!.click();
    await succeeded;
  });

  it('a server that never answers the start: Try again starts again', async () => {
    const held = holdRequests('/v1/interact');
    let flow: OktaFlow;
    try {
      flow = mountFlow(emulator.issuer, { 'request-timeout': '1000' });
      expect(((await oneEvent(flow, 'okta-error')) as OktaErrorEvent).code).to.equal('timeout');
    } finally {
      held.release();
    }
    await waitUntil(() => flow.shadowRoot!.querySelector('[part~="terminal"] button') !== null);
    flow.shadowRoot!.querySelector<HTMLButtonElement>('[part~="terminal"] button')!.click();
    await stepShown(flow, 'identify');
  });

  it('a failed token exchange says what failed, and the next attempt starts a fresh transaction', async () => {
    const flow = mountFlow(emulator.issuer);
    await stepShown(flow, 'identify');
    fillAndSubmit(flow, { identifier: DEMO.identifier });
    await stepShown(flow, 'challenge-authenticator');
    const original = window.fetch;
    let armed = false;
    window.fetch = async (input, init) => {
      if (String(input).endsWith('/v1/token') && !armed) {
        armed = true;
        await dev(emulator.issuer, 'fail-next', { status: 500 });
      }
      return original(input, init);
    };
    try {
      const failed = oneEvent(flow, 'okta-error') as Promise<OktaErrorEvent>;
      fillAndSubmit(flow, { 'credentials.passcode': DEMO.password });
      expect((await failed).code).to.equal('server-error');
    } finally {
      window.fetch = original;
    }
    await waitUntil(() => alertText(flow).includes('Start over to sign in again'));
    expect(alertText(flow)).not.to.contain('saved transaction');
    expect(flow.querySelector('[active] form')).to.equal(null);
    flow.shadowRoot!.querySelector<HTMLButtonElement>('[part~="terminal"] button')!.click();
    await stepShown(flow, 'identify');
    fillAndSubmit(flow, { identifier: DEMO.identifier });
    await stepShown(flow, 'challenge-authenticator');
    const succeeded = oneEvent(flow, 'okta-success');
    fillAndSubmit(flow, { 'credentials.passcode': DEMO.password });
    await succeeded;
  });

  it('a removed <okta-flow> clears the password typed into it', async () => {
    const flow = mountFlow(emulator.issuer);
    await stepShown(flow, 'identify');
    fillAndSubmit(flow, { identifier: DEMO.identifier });
    await stepShown(flow, 'challenge-authenticator');
    const input = flow.querySelector<HTMLInputElement>('[active] input[type="password"]')!;
    input.value = 'typed but not sent';
    flow.remove();
    expect(input.value).to.equal('');
  });

  it('keeps nothing in localStorage, and with transaction-storage="memory" nothing in sessionStorage either', async () => {
    localStorage.clear();
    const flow = mountFlow(emulator.issuer, { 'transaction-storage': 'memory' });
    await stepShown(flow, 'identify');
    fillAndSubmit(flow, { identifier: DEMO.identifier });
    await stepShown(flow, 'challenge-authenticator');
    // The transaction (PKCE verifier, interaction handle) and its cross-tab copy; okta-cache-storage holds public keys only.
    const oktaKeys = (storage: Storage) => Object.keys(storage).filter((key) => /^okta-(shared-)?transaction/.test(key));
    expect(oktaKeys(sessionStorage), 'sessionStorage').to.deep.equal([]);
    expect(oktaKeys(localStorage), 'localStorage').to.deep.equal([]);
    const succeeded = oneEvent(flow, 'okta-success');
    fillAndSubmit(flow, { 'credentials.passcode': DEMO.password });
    await succeeded;
  });

  it('clears the saved transaction once sign-in ends (default session storage)', async () => {
    localStorage.clear();
    const flow = mountFlow(emulator.issuer);
    await stepShown(flow, 'identify');
    fillAndSubmit(flow, { identifier: DEMO.identifier });
    await stepShown(flow, 'challenge-authenticator');
    expect(sessionStorage.getItem('okta-transaction-storage'), 'resumable after a reload').not.to.equal(null);
    expect(localStorage.getItem('okta-shared-transaction-storage'), 'no cross-tab copy').to.equal(null);
    await dev(emulator.issuer, 'transactions/expire');
    fillAndSubmit(flow, { 'credentials.passcode': DEMO.password });
    await waitUntil(() => flow.state.status === 'terminal', 'the expired transaction never ended');
    const stored = sessionStorage.getItem('okta-transaction-storage');
    expect(stored === null || stored === '{}', `left behind: ${stored}`).to.equal(true);
  });

  it('speaks the app’s strings and follows lang: its own, else the page’s', async () => {
    registerCatalogue('x-test', { 'flow.tryAgain': 'Try again (x-test)' });
    const page = document.documentElement;
    const pageLang = page.lang;
    try {
      const flow = mountFlow(emulator.untrustedIssuer);
      flow.strings = { 'flow.startOver': 'Begin again' };
      await oneEvent(flow, 'okta-error');
      const buttons = () => [...flow.shadowRoot!.querySelectorAll('[part~="terminal"] button')].map((b) => b.textContent);
      await waitUntil(() => buttons().length === 2);
      expect(buttons()).to.deep.equal(['Try again', 'Begin again']);
      page.lang = 'x-test';
      await waitUntil(() => buttons()[0] === 'Try again (x-test)', 'did not follow the page’s lang');
      flow.setAttribute('lang', 'en');
      await waitUntil(() => buttons()[0] === 'Try again', 'its own lang did not win over the page’s');
      expect(buttons()[1]).to.equal('Begin again');
    } finally {
      page.lang = pageLang;
    }
  });

  it('a 429 with Retry-After counts down, refuses submits until it ends, then lets the person resubmit', async () => {
    const flow = mountFlow(emulator.issuer);
    await stepShown(flow, 'identify');
    fillAndSubmit(flow, { identifier: DEMO.identifier });
    await stepShown(flow, 'challenge-authenticator');
    const original = window.fetch;
    let answers = 0;
    window.fetch = (input, init) => {
      if (String(input).endsWith('/idp/idx/challenge/answer')) {
        answers += 1;
        if (answers === 1) {
          const body = { errorCode: 'E0000047', errorSummary: 'API call exceeded rate limit due to too many requests.' };
          return Promise.resolve(
            new Response(JSON.stringify(body), { status: 429, headers: { 'Content-Type': 'application/json', 'Retry-After': '2' } }),
          );
        }
      }
      return original(input, init);
    };
    try {
      const failed = oneEvent(flow, 'okta-error') as Promise<OktaErrorEvent>;
      fillAndSubmit(flow, { 'credentials.passcode': DEMO.password });
      expect((await failed).code).to.equal('rate-limited');
      await waitUntil(() => /Try again in [12] s\./.test(alertText(flow)), `alert: ${alertText(flow)}`);
      expect(flow.state.retryAfter).to.be.greaterThan(Date.now());
      flow.querySelector<HTMLButtonElement>('[active] button[type="submit"]')!.click();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(answers, 'no submit while the countdown runs').to.equal(1);
      await waitUntil(() => flow.state.retryAfter === undefined, 'the countdown never ended', { timeout: 5000 });
      expect(alertText(flow)).not.to.contain('Try again in');
      const succeeded = oneEvent(flow, 'okta-success');
      flow.querySelector<HTMLButtonElement>('[active] button[type="submit"]')!.click();
      await succeeded;
      expect(answers).to.equal(2);
    } finally {
      window.fetch = original;
    }
  });

  it('shows the app’s wording of a server message by its i18n key', async () => {
    const flow = mountFlow(emulator.issuer);
    flow.strings = { 'idx.session.expired': 'Your sign-in timed out.' };
    await stepShown(flow, 'identify');
    await dev(emulator.issuer, 'transactions/expire');
    fillAndSubmit(flow, { identifier: DEMO.identifier });
    await waitUntil(() => alertText(flow).includes('Your sign-in timed out.'), `alert: ${alertText(flow)}`);
  });
});
