import { expect, waitUntil } from '@open-wc/testing';
import { connectFlow, renderFlow } from '../fixtures/render.js';
import * as idp from '../fixtures/idp-states.js';
import * as idx from '../fixtures/idx-responses.js';
import type { IdxAuthClient } from '../../src/flow/auth-client.js';
import type { OktaFlow } from '../../src/flow/okta-flow.js';
import type { OktaErrorEvent } from '../../src/events/okta-error.js';
import type { OktaSuccessEvent } from '../../src/events/okta-success.js';
import type { RawIdxResponse } from '../../src/state/raw-idx.js';
import { readLanding } from '../../src/flow/callback.js';

const SAVED_STATE = 'state-of-the-saved-transaction';
const TOKENS = { accessToken: { accessToken: 'at-secret-value' }, idToken: { idToken: 'id-secret-value' } };

const pending = (raw: RawIdxResponse) => Promise.resolve({ status: 'PENDING', rawIdxState: raw, requestDidSucceed: true, actions: {} } as never);

/**
 * An app's client with a transaction saved in this browser under `SAVED_STATE` (or none), answering `resume`
 * to a bare proceed and `answer` to a step; records what the flow asked.
 */
function client(options: { saved?: boolean; resume?: RawIdxResponse; answer?: (o: Record<string, unknown>) => unknown } = {}) {
  const calls: { method: string; options?: Record<string, unknown> }[] = [];
  let saved = options.saved ?? true;
  const matches = (o: Record<string, unknown> = {}) => saved && (o.state === undefined || o.state === SAVED_STATE);
  const auth: IdxAuthClient = {
    options: { issuer: 'https://example.okta.com/oauth2/default' },
    idx: {
      start: (o = {}) => (calls.push({ method: 'start', options: o }), pending(idx.identify())),
      proceed: (o = {}) => {
        calls.push({ method: 'proceed', options: o });
        if (o.step && options.answer) return Promise.resolve(options.answer(o) as never);
        return pending(options.resume ?? idx.identify());
      },
      cancel: () => pending(idx.identify()),
      canProceed: (o) => matches(o),
    },
    transactionManager: {
      clear: () => {
        calls.push({ method: 'clear' });
        saved = false;
      },
      load: (o) => (matches(o) ? { codeVerifier: 'verifier-1', state: SAVED_STATE } : null),
    },
    token: {
      exchangeCodeForTokens: (params) => {
        calls.push({ method: 'exchange', options: params });
        return Promise.resolve({ tokens: TOKENS as never });
      },
    },
    tokenManager: {
      setTokens: () => {
        calls.push({ method: 'setTokens' });
      },
    },
  };
  return { auth, calls };
}

const pageUrl = location.href;

/** Puts a landing's parameters into this page's URL, as the redirect would, keeping the runner's own. */
function landWith(params: Record<string, string>): void {
  const url = new URL(pageUrl);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  history.replaceState(null, '', url.href);
}

const shown = (flow: OktaFlow) => `${flow.shadowRoot!.textContent} ${flow.textContent}`;

async function mount(auth: IdxAuthClient, events: Event[] = []): Promise<OktaFlow> {
  return connectFlow((flow) => {
    flow.authClient = auth;
    for (const name of ['okta-success', 'okta-error', 'okta-step-change']) flow.addEventListener(name, (e) => events.push(e));
  });
}

describe('redirect callbacks on the page that hosts <okta-flow>', () => {
  afterEach(() => history.replaceState(null, '', pageUrl));

  it('reads only landings that carry state', () => {
    expect(readLanding('?interaction_code=c&state=s')).to.deep.equal({ kind: 'interaction-code', state: 's', interactionCode: 'c' });
    expect(readLanding('?error=interaction_required&state=s')).to.deep.equal({ kind: 'interaction-required', state: 's' });
    expect(readLanding('?error=access_denied&error_description=No&state=s')).to.deep.equal({ kind: 'idp-error', state: 's', error: 'access_denied', description: 'No' });
    expect(readLanding('?otp=123456&state=s')).to.deep.equal({ kind: 'email-otp', state: 's', otp: '123456' });
    expect(readLanding('?error=access_denied')).to.equal(undefined);
    expect(readLanding('?otp=1')).to.equal(undefined);
    expect(readLanding('?page=2')).to.equal(undefined);
  });

  it("an identity provider's interaction code is exchanged for tokens: okta-success, nothing stored, nothing left in the URL", async () => {
    landWith({ interaction_code: 'code-from-idp', state: SAVED_STATE });
    const { auth, calls } = client();
    const events: Event[] = [];
    const flow = await mount(auth, events);
    await waitUntil(() => flow.state.status === 'success', 'not signed in');
    const success = events.find((e) => e.type === 'okta-success') as OktaSuccessEvent;
    expect(success.tokens).to.deep.equal(TOKENS);
    expect(calls.find((c) => c.method === 'exchange')!.options).to.deep.equal({ interactionCode: 'code-from-idp', codeVerifier: 'verifier-1' });
    expect(calls.some((c) => c.method === 'start')).to.equal(false);
    expect(calls.some((c) => c.method === 'setTokens'), 'tokens stored without store-tokens').to.equal(false);
    expect(calls.some((c) => c.method === 'clear'), 'the spent transaction cleared').to.equal(true);
    expect(new URL(location.href).searchParams.has('interaction_code')).to.equal(false);
    expect(new URL(location.href).searchParams.has('state')).to.equal(false);
    expect(document.documentElement.outerHTML).not.to.contain('secret-value');
    expect(shown(flow)).to.contain('You’re signed in.');
  });

  it('a code whose state matches no sign-in saved here is not exchanged: why, okta-error, Try again and Start over', async () => {
    landWith({ interaction_code: 'code-from-idp', state: 'another-state' });
    const { auth, calls } = client();
    const events: Event[] = [];
    const flow = await mount(auth, events);
    await waitUntil(() => flow.state.status === 'error', 'no error');
    expect(calls.some((c) => c.method === 'exchange')).to.equal(false);
    const error = events.find((e) => e.type === 'okta-error') as OktaErrorEvent;
    expect(error.code).to.equal('transaction-expired');
    expect(flow.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('started in another browser or has ended');
    const buttons = [...flow.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim());
    expect(buttons).to.deep.equal(['Try again', 'Start over']);
    expect(new URL(location.href).searchParams.has('interaction_code')).to.equal(false);
    await expect(flow).to.be.accessible();
  });

  it('interaction_required resumes the saved sign-in with its state and shows the step Okta asks next (a second factor)', async () => {
    landWith({ error: 'interaction_required', state: SAVED_STATE });
    const { auth, calls } = client({ resume: idx.challengeEmail() });
    const flow = await mount(auth);
    await waitUntil(() => flow.state.status === 'ready' && !!flow.querySelector('okta-challenge[active] form'), 'no second factor');
    expect(flow.state.step?.authenticator?.key).to.equal('okta_email');
    expect(calls.find((c) => c.method === 'proceed')!.options).to.include({ state: SAVED_STATE });
    expect(calls.some((c) => c.method === 'start')).to.equal(false);
    expect(new URL(location.href).searchParams.has('error')).to.equal(false);
    await expect(flow).to.be.accessible();
  });

  it('declined at the provider: back to the sign-in with its providers, the reason on top, okta-error', async () => {
    landWith({ error: 'access_denied', error_description: 'User cancelled <b>login</b>', state: SAVED_STATE });
    const { auth } = client({ resume: idp.identifyWithIdps([idp.SOCIAL[0]]) });
    const events: Event[] = [];
    const flow = await mount(auth, events);
    await waitUntil(() => flow.state.status === 'ready' && flow.state.messages.length > 0 && !!flow.querySelector('okta-identify [data-idp-type="GOOGLE"]'), 'not back at sign-in');
    const alert = flow.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('was cancelled');
    // The provider's own text (which anyone can put in a URL) is for the app's logs, not the page.
    expect(shown(flow)).not.to.contain('User cancelled');
    const error = events.find((e) => e.type === 'okta-error') as OktaErrorEvent;
    expect(error.cause).to.deep.equal({ error: 'access_denied', errorDescription: 'User cancelled <b>login</b>' });
    await expect(flow).to.be.accessible();
  });

  it('a provider error with no sign-in saved here: the reason, then Try again starts a new sign-in', async () => {
    landWith({ error: 'server_error', state: 'gone' });
    const { auth, calls } = client({ saved: false });
    const flow = await mount(auth);
    await waitUntil(() => flow.state.status === 'error', 'no error');
    expect(flow.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('could not sign you in');
    flow.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
    await waitUntil(() => flow.state.step?.name === 'identify', 'Try again did not start a sign-in');
    expect(calls.filter((c) => c.method === 'start')).to.have.length(1);
  });

  it('the email link in the browser that started: the saved challenge is answered with its code', async () => {
    landWith({ otp: '482913', state: SAVED_STATE });
    const success = { status: 'SUCCESS', tokens: TOKENS, rawIdxState: {} };
    const { auth, calls } = client({ resume: idx.challengeEmail(), answer: () => success });
    const events: Event[] = [];
    const flow = await mount(auth, events);
    await waitUntil(() => flow.state.status === 'success', 'the challenge was not completed');
    const sent = calls.find((c) => c.method === 'proceed' && c.options?.step)!.options!;
    expect(sent).to.deep.include({ step: 'challenge-authenticator', credentials: { passcode: '482913' } });
    expect(new URL(location.href).searchParams.has('otp')).to.equal(false);
    expect(events.some((e) => e.type === 'okta-success')).to.equal(true);
  });

  it('the email link where no sign-in waits (another browser): the code, large and left-to-right, to enter where it started', async () => {
    landWith({ otp: '482913', state: 'from-another-browser' });
    const { auth, calls } = client({ saved: false });
    const flow = await mount(auth);
    await waitUntil(() => flow.shadowRoot!.querySelector('[part~="code"]') !== null, 'no code shown');
    const code = flow.shadowRoot!.querySelector<HTMLElement>('[part~="code"]')!;
    expect(code.textContent).to.equal('482913');
    expect(code.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(code).fontFamily).to.match(/mono/i);
    expect(parseFloat(getComputedStyle(code).fontSize)).to.be.greaterThan(24);
    const heading = flow.shadowRoot!.querySelector('#okta-code-heading')!;
    expect(heading.textContent).to.equal('Enter this code where you started');
    await waitUntil(() => flow.shadowRoot!.activeElement === heading, 'focus is not on the heading');
    expect(shown(flow)).to.contain('Go back to the tab or device where you started');
    expect(calls.some((c) => c.method === 'start' || c.method === 'proceed')).to.equal(false);
    expect(new URL(location.href).searchParams.has('otp')).to.equal(false);
    const buttons = [...flow.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim());
    expect(buttons).to.deep.equal(['Copy code', 'Back to sign in']);
    await expect(flow).to.be.accessible();
  });

  it('the email link after its sign-in expired on the server: the code too', async () => {
    landWith({ otp: '482913', state: SAVED_STATE });
    const { auth } = client({ resume: idx.sessionExpired });
    const flow = await mount(auth);
    await waitUntil(() => flow.shadowRoot!.querySelector('[part~="code"]') !== null, 'no code shown');
    expect(flow.shadowRoot!.querySelector('[part~="code"]')!.textContent).to.equal('482913');
  });

  it('the states the stories show render with no server and pass axe (the code end, declined, the stale answer)', async () => {
    for (const state of [idp.codeToTypeElsewhereState, idp.idpDeclined, idp.idpStale]) {
      const flow = await renderFlow(state);
      await waitUntil(() => state !== idp.codeToTypeElsewhereState || flow.shadowRoot!.querySelector('[part~="code"]') !== null, 'no code');
      expect(flow.shadowRoot!.querySelector('[role="alert"], [part~="code"]'), 'something to read').not.to.equal(null);
      await expect(flow).to.be.accessible();
      flow.remove();
    }
  });

  it('a page without a landing starts or resumes as before', async () => {
    const { auth, calls } = client({ saved: false });
    const flow = await mount(auth);
    await waitUntil(() => flow.state.step?.name === 'identify', 'no sign-in');
    expect(calls.map((c) => c.method)).to.deep.equal(['start']);
  });
});
