import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { connectFlow as connect, renderFlow, settle } from '../fixtures/render.js';
import * as states from '../fixtures/flow-states.js';
import * as idx from '../fixtures/idx-responses.js';
import type { OktaProceedEvent } from '../../src/events/okta-proceed.js';
import type { IdxAuthClient } from '../../src/flow/auth-client.js';
import type { RawIdxResponse } from '../../src/state/raw-idx.js';

const pending = (raw: RawIdxResponse, actions: Record<string, unknown> = {}) =>
  Promise.resolve({ status: 'PENDING', rawIdxState: raw, requestDidSucceed: true, actions } as never);

/** An app's client that answers from fixtures and records what the flow asked of okta-auth-js. */
function recordingClient(answers: { start: (options: Record<string, unknown>) => RawIdxResponse; proceed?: (options: Record<string, unknown>) => RawIdxResponse }) {
  const calls: { method: string; options: Record<string, unknown> }[] = [];
  const client: IdxAuthClient = {
    options: { issuer: 'https://example.okta.com/oauth2/default' },
    idx: {
      start: (options = {}) => {
        calls.push({ method: 'start', options });
        const raw = answers.start(options);
        // okta-auth-js names the actions it read from the answer (`currentAuthenticator-recover`).
        return pending(raw, raw.currentAuthenticator ? { 'currentAuthenticator-recover': () => undefined } : {});
      },
      proceed: (options = {}) => {
        calls.push({ method: 'proceed', options });
        return answers.proceed ? pending(answers.proceed(options)) : Promise.reject(new Error('not expected'));
      },
      cancel: (options = {}) => {
        calls.push({ method: 'cancel', options });
        return pending(idx.identify());
      },
      canProceed: () => false,
    },
    transactionManager: { clear: () => undefined },
    tokenManager: { setTokens: () => undefined },
  };
  return { client, calls };
}

describe('password recovery', () => {
  it('identify-recovery: "Reset your password", a username field, Next sends it, "Back to sign in" starts over', async () => {
    const flow = await renderFlow(states.identifyRecovery);
    const el = flow.querySelector('okta-identify')!;
    expect(el.querySelector('form h2')!.textContent).to.equal('Reset your password');
    const input = el.querySelector<HTMLInputElement>('input[name="identifier"]')!;
    expect(input.autocomplete).to.equal('username');
    expect(document.activeElement).to.equal(input);
    expect(el.querySelector('input[type="password"]')).to.equal(null);
    expect(el.querySelector('button[type="submit"]')!.textContent!.trim()).to.equal('Next');
    await expect(flow).to.be.accessible();

    await sendKeys({ type: ' demo@example.com ' });
    const sent = oneEvent(el, 'okta-proceed') as Promise<OktaProceedEvent>;
    await sendKeys({ press: 'Enter' });
    const event = await sent;
    expect(event.step).to.equal('identify-recovery');
    expect(event.values).to.deep.equal({ identifier: 'demo@example.com' });

    const back = [...el.querySelectorAll<HTMLButtonElement>('.okta-links button')].find((b) => b.textContent!.trim() === 'Back to sign in')!;
    const restart = oneEvent(el, 'okta-restart');
    back.click();
    await restart;
  });

  it('identify-recovery refuses a blank username in the browser', async () => {
    const flow = await renderFlow(states.identifyRecovery);
    const el = flow.querySelector('okta-identify')!;
    let sent = false;
    el.addEventListener('okta-proceed', () => (sent = true));
    el.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle(flow);
    expect(sent).to.equal(false);
    expect(el.querySelector('input[name="identifier"]')!.getAttribute('aria-invalid')).to.equal('true');
  });

  it('the sign-in form keeps its own heading; the app’s heading for recovery is recover-heading', async () => {
    const flow = await renderFlow(states.identifyRecovery, html`<okta-identify heading="Welcome" recover-heading="Forgot it?"></okta-identify>`);
    expect(flow.querySelector('okta-identify form h2')!.textContent).to.equal('Forgot it?');
  });

  it('the authenticator list of a recovery says so; the sign-in list does not', async () => {
    const flow = await renderFlow(states.selectToRecover);
    const el = flow.querySelector('okta-select-authenticator')!;
    expect(el.querySelector('form h2')!.textContent).to.equal('Reset your password');
    expect(el.querySelector('form .okta-hint')!.textContent).to.equal('Verify with one of these methods to reset your password.');
    await expect(flow).to.be.accessible();
    const signIn = await renderFlow(states.selectVerify);
    expect(signIn.querySelector('okta-select-authenticator form h2')!.textContent).to.equal('Verify it’s you with a security method');
  });

  it('the end of a recovery: a heading, Okta’s message as a status, and "Sign in" that starts a sign-in', async () => {
    const flow = await renderFlow(states.recoveryCompleted);
    const root = flow.shadowRoot!;
    expect(root.querySelector('[part="terminal-heading"]')!.textContent).to.equal('Your password has been reset');
    expect(root.querySelector('[part~="messages"] [role="status"]')!.textContent).to.contain('sign in with your existing username and new password');
    expect(root.querySelector('[part~="messages"] [role="alert"]')!.textContent!.trim()).to.equal('');
    expect(root.querySelector('[part~="terminal"] button')!.textContent!.trim()).to.equal('Sign in');
    await expect(flow).to.be.accessible();
    // Other ends keep their own wording (an expiry: no heading, "Start over"); test/components/terminal-ends.test.ts has the rest.
    const expired = await renderFlow(states.expired);
    expect(expired.shadowRoot!.querySelector('[part="terminal-heading"]')).to.equal(null);
    expect(expired.shadowRoot!.querySelector('[part~="terminal"] button')!.textContent!.trim()).to.equal('Start over');
  });

  it('flow="recover" opens at the recovery: the start, then Okta’s recover action; "Back to sign in" signs in', async () => {
    const { client, calls } = recordingClient({ start: () => idx.identifyWithRecover(), proceed: () => idx.identifyRecovery() });
    const flow = await connect((f) => {
      f.setAttribute('flow', 'recover');
      f.authClient = client;
    });
    await waitUntil(() => flow.querySelector('okta-identify form h2')?.textContent === 'Reset your password', 'the recovery never opened');
    expect(calls.map((c) => c.method)).to.deep.equal(['start', 'proceed']);
    expect(calls[1].options).to.deep.include({ actions: ['currentAuthenticator-recover'] });

    flow.querySelector<HTMLButtonElement>('okta-identify .okta-links button')!.click();
    await waitUntil(() => flow.querySelector('okta-identify form h2')?.textContent === 'Sign in', 'sign-in never came back');
    // A restart is a sign-in: no recover action this time, though the server offers it.
    expect(calls.map((c) => c.method)).to.deep.equal(['start', 'proceed', 'cancel', 'start']);
  });

  it('flow="recover" on an identifier-first org: the username as "Reset your password", then Okta’s recover action at the password', async () => {
    const { client, calls } = recordingClient({
      start: () => idx.identify(),
      proceed: (options) => (options.actions ? idx.selectToRecover() : idx.challengePassword({ recover: true })),
    });
    // The answer to the username offers the password's recover action, as okta-auth-js names it.
    const proceed = client.idx.proceed;
    client.idx.proceed = (options = {}) =>
      proceed(options).then((t) => (options.actions ? t : ({ ...(t as object), actions: { 'currentAuthenticatorEnrollment-recover': () => undefined } } as never)));
    const flow = await connect((f) => {
      f.flow = 'recover';
      f.authClient = client;
    });
    await waitUntil(() => flow.querySelector('okta-identify form h2')?.textContent === 'Reset your password', 'the recovery never asked for the username');
    expect(flow.querySelector('okta-identify input[name="rememberMe"]')).to.equal(null);
    await sendKeys({ type: 'demo@example.com' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => flow.querySelector('okta-select-authenticator form h2')?.textContent === 'Reset your password', 'the recovery list never came');
    expect(calls.slice(1).map((c) => c.options)).to.deep.equal([
      { identifier: 'demo@example.com', step: 'identify', useGenericRemediator: true },
      { actions: ['currentAuthenticatorEnrollment-recover'], useGenericRemediator: true },
    ]);
  });

  it('flow="login" (the default) stays at sign-in even where recovery is offered', async () => {
    const { client, calls } = recordingClient({ start: () => idx.identifyWithRecover() });
    const flow = await connect((f) => (f.authClient = client));
    await waitUntil(() => flow.querySelector('okta-identify form h2')?.textContent === 'Sign in', 'identify never shown');
    expect(calls.map((c) => c.method)).to.deep.equal(['start']);
  });

  it('recoveryToken is handed to okta-auth-js and opens at its step (the new password)', async () => {
    const { client, calls } = recordingClient({ start: (options) => (options.recoveryToken ? idx.resetPassword() : idx.identify()) });
    const flow = await connect((f) => {
      f.recoveryToken = 'rt-from-the-link';
      f.authClient = client;
    });
    await waitUntil(() => flow.querySelector('okta-reset-password form') !== null, 'the reset never opened');
    expect(calls[0]).to.deep.equal({ method: 'start', options: { useGenericRemediator: true, recoveryToken: 'rt-from-the-link' } });
    expect(flow.getAttribute('recovery-token')).to.equal(null);
    // The token is spent: starting over signs in without it.
    [...flow.querySelectorAll<HTMLButtonElement>('okta-reset-password .okta-links button')].find((b) => b.textContent!.trim() === 'Back to sign in')!.click();
    await waitUntil(() => flow.querySelector('okta-identify form') !== null, 'sign-in never came back');
    expect(calls.at(-1)).to.deep.equal({ method: 'start', options: { useGenericRemediator: true } });
  });
});
