import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { connectFlow as connect, renderFlow, settle } from '../fixtures/render.js';
import * as states from '../fixtures/flow-states.js';
import * as idx from '../fixtures/idx-responses.js';
import type { OktaProceedEvent } from '../../src/events/okta-proceed.js';
import type { IdxAuthClient } from '../../src/flow/auth-client.js';
import type { RawIdxResponse } from '../../src/state/raw-idx.js';

const pending = (raw: RawIdxResponse) => Promise.resolve({ status: 'PENDING', rawIdxState: raw, requestDidSucceed: true, actions: {} } as never);

/** An app's client that answers from fixtures and records what the flow asked of okta-auth-js. */
function recordingClient(answers: {
  start: () => RawIdxResponse;
  proceed: (options: Record<string, unknown>) => RawIdxResponse;
  /** A transaction saved in the tab (a reload): resumed by a bare proceed until cleared. */
  saved?: RawIdxResponse;
}) {
  const calls: { method: string; options: Record<string, unknown> }[] = [];
  let saved = answers.saved;
  const client: IdxAuthClient = {
    options: { issuer: 'https://example.okta.com/oauth2/default' },
    idx: {
      start: (options = {}) => {
        calls.push({ method: 'start', options });
        return pending(answers.start());
      },
      proceed: (options = {}) => {
        calls.push({ method: 'proceed', options });
        if (saved && !options.step && !options.actions) return pending(saved);
        return pending(answers.proceed(options));
      },
      cancel: (options = {}) => {
        calls.push({ method: 'cancel', options });
        return pending(idx.identify());
      },
      canProceed: () => saved !== undefined,
    },
    transactionManager: { clear: () => (saved = undefined) },
    tokenManager: { setTokens: () => undefined },
  };
  return { client, calls };
}

const linkNamed = (root: Element, name: string) =>
  [...root.querySelectorAll<HTMLButtonElement>('.okta-links button')].find((b) => b.textContent!.trim() === name);

describe('account unlock', () => {
  it('"Unlock account?" shows on identify only where Okta offers unlock-account, and asks for that step alone', async () => {
    const plain = await renderFlow(states.identify);
    expect(linkNamed(plain.querySelector('okta-identify')!, 'Unlock account?')).to.equal(undefined);

    const flow = await renderFlow(states.identifyWithUnlock);
    const el = flow.querySelector('okta-identify')!;
    const link = linkNamed(el, 'Unlock account?');
    expect(link, 'the unlock link').not.to.equal(undefined);
    await expect(flow).to.be.accessible();
    const sent = oneEvent(el, 'okta-proceed') as Promise<OktaProceedEvent>;
    link!.click();
    const event = await sent;
    expect(event.step).to.equal('unlock-account');
    expect(event.values).to.deep.equal({});
  });

  it('the unlock form: "Unlock account", the username (autocomplete=username), the authenticators; a choice sends both', async () => {
    const flow = await renderFlow(states.unlockAccount);
    const el = flow.querySelector('okta-select-authenticator')!;
    expect(el.querySelector('form h2')!.textContent).to.equal('Unlock account');
    const input = el.querySelector<HTMLInputElement>('form input[name="identifier"]')!;
    expect(input.autocomplete).to.equal('username');
    expect(document.activeElement).to.equal(input);
    expect([...el.querySelectorAll('.okta-option')].map((o) => o.getAttribute('data-authenticator'))).to.deep.equal([
      'okta_email',
      'phone_number',
    ]);
    expect(linkNamed(el, 'Back to sign in'), 'the way back').not.to.equal(undefined);
    await expect(flow).to.be.accessible();

    await sendKeys({ type: ' locked@example.com ' });
    const sent = oneEvent(el, 'okta-proceed') as Promise<OktaProceedEvent>;
    el.querySelector<HTMLButtonElement>('.okta-option[data-authenticator="okta_email"] button')!.click();
    const event = await sent;
    expect(event.step).to.equal('select-authenticator-unlock-account');
    const option = states.unlockAccount.step!.fields.find((f) => f.name === 'authenticator')!.options![0];
    expect(event.values).to.deep.equal({ identifier: 'locked@example.com', authenticator: option.value });
  });

  it('the unlock form refuses a blank username in the browser', async () => {
    const flow = await renderFlow(states.unlockAccount);
    const el = flow.querySelector('okta-select-authenticator')!;
    let sent = false;
    el.addEventListener('okta-proceed', () => (sent = true));
    el.querySelector<HTMLButtonElement>('.okta-option button')!.click();
    await settle(flow);
    expect(sent).to.equal(false);
    const input = el.querySelector('input[name="identifier"]')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(document.activeElement).to.equal(input);
  });

  it('the end of an unlock: "Account unlocked", Okta’s message as a status, and "Sign in" that starts a sign-in', async () => {
    const flow = await renderFlow(states.unlockCompleted);
    const root = flow.shadowRoot!;
    expect(root.querySelector('[part="terminal-heading"]')!.textContent).to.equal('Account unlocked');
    expect(root.querySelector('[part~="messages"] [role="status"]')!.textContent).to.contain('You can log in using your existing username and password');
    expect(root.querySelector('[part~="messages"] [role="alert"]')!.textContent!.trim()).to.equal('');
    const signIn = root.querySelector<HTMLButtonElement>('[part~="terminal"] button')!;
    expect(signIn.textContent!.trim()).to.equal('Sign in');
    await expect(flow).to.be.accessible();
  });

  it('unlocked and on to sign in: Okta’s sentence as a status above the password', async () => {
    const flow = await renderFlow(states.unlockedOnToSignIn);
    expect(flow.shadowRoot!.querySelector('[part~="messages"] [role="status"]')!.textContent).to.contain('Account successfully unlocked!');
    expect(flow.querySelector('okta-challenge input[type="password"]')).not.to.equal(null);
  });

  it('flow="unlock" opens at the unlock: the start, then Okta’s unlock-account; "Back to sign in" signs in', async () => {
    const { client, calls } = recordingClient({
      start: () => idx.identifyWithUnlock(),
      proceed: (options) => (options.step === 'unlock-account' ? idx.unlockAccount() : idx.identify()),
    });
    const flow = await connect((f) => {
      f.setAttribute('flow', 'unlock');
      f.authClient = client;
    });
    await waitUntil(() => flow.querySelector('okta-select-authenticator form h2')?.textContent === 'Unlock account', 'the unlock never opened');
    expect(calls).to.deep.equal([
      { method: 'start', options: { useGenericRemediator: true } },
      { method: 'proceed', options: { step: 'unlock-account', useGenericRemediator: true } },
    ]);

    linkNamed(flow.querySelector('okta-select-authenticator')!, 'Back to sign in')!.click();
    await waitUntil(() => flow.querySelector('okta-identify form h2')?.textContent === 'Sign in', 'sign-in never came back');
    // A restart is a sign-in: no unlock this time, though the server offers it.
    expect(calls.map((c) => c.method)).to.deep.equal(['start', 'proceed', 'cancel', 'start']);
  });

  it('flow="unlock" where the server offers no unlock stays at sign-in', async () => {
    const { client, calls } = recordingClient({ start: () => idx.identify(), proceed: () => idx.identify() });
    const flow = await connect((f) => {
      f.flow = 'unlock';
      f.authClient = client;
    });
    await waitUntil(() => flow.querySelector('okta-identify form h2')?.textContent === 'Sign in', 'identify never shown');
    expect(calls.map((c) => c.method)).to.deep.equal(['start']);
  });

  it('flow="unlock" in a tab where a sign-in waits for the username starts the unlock instead', async () => {
    const { client, calls } = recordingClient({
      saved: idx.identifyWithUnlock({ withPassword: true }),
      start: () => idx.identifyWithUnlock(),
      proceed: (options) => (options.step === 'unlock-account' ? idx.unlockAccount() : idx.identify()),
    });
    const flow = await connect((f) => {
      f.flow = 'unlock';
      f.authClient = client;
    });
    await waitUntil(() => flow.querySelector('okta-select-authenticator form h2')?.textContent === 'Unlock account', 'the unlock never opened');
    expect(calls.map((c) => c.method)).to.deep.equal(['proceed', 'start', 'proceed']);
  });

  it('flow="unlock" after a reload at the unlock’s email code resumes that code', async () => {
    const { client, calls } = recordingClient({
      saved: idx.challengeEmail(),
      start: () => idx.identifyWithUnlock(),
      proceed: () => idx.unlockAccount(),
    });
    const flow = await connect((f) => {
      f.flow = 'unlock';
      f.authClient = client;
    });
    await waitUntil(() => flow.querySelector('okta-challenge form') !== null, 'the email code never came back');
    expect(calls.map((c) => c.method)).to.deep.equal(['proceed']);
  });
});
