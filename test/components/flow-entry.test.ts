import { expect, waitUntil } from '@open-wc/testing';
import { connectFlow, renderFlow, settle } from '../fixtures/render.js';
import * as states from '../fixtures/flow-states.js';
import * as idx from '../fixtures/idx-responses.js';
import { rawIdentifyWithSignUp, rawRegistration } from '../fixtures/registration-states.js';
import type { IdxAuthClient } from '../../src/flow/auth-client.js';
import type { OktaFlow } from '../../src/flow/okta-flow.js';
import type { RawIdxResponse } from '../../src/state/raw-idx.js';

const pending = (raw: RawIdxResponse) => Promise.resolve({ status: 'PENDING', rawIdxState: raw, requestDidSucceed: true, actions: {} } as never);

/** An app's client answering from fixtures, recording what the flow asked of okta-auth-js. */
function recordingClient(start: () => RawIdxResponse, proceed: (options: Record<string, unknown>) => RawIdxResponse) {
  const calls: { method: string; options: Record<string, unknown> }[] = [];
  let saved = false;
  const client: IdxAuthClient = {
    options: { issuer: 'https://example.okta.com/oauth2/default' },
    idx: {
      start: (options = {}) => {
        calls.push({ method: 'start', options });
        saved = true;
        return pending(start());
      },
      proceed: (options = {}) => {
        calls.push({ method: 'proceed', options });
        return pending(proceed(options));
      },
      cancel: (options = {}) => {
        calls.push({ method: 'cancel', options });
        return pending(idx.identify());
      },
      canProceed: () => saved,
    },
    transactionManager: { clear: () => void (saved = false) },
    tokenManager: { setTokens: () => undefined },
  };
  return { client, calls };
}

const username = (flow: OktaFlow) => flow.querySelector<HTMLInputElement>('[active] input[name="identifier"]');

async function readyAt(flow: OktaFlow, step: string): Promise<void> {
  await waitUntil(() => flow.state.status === 'ready' && flow.state.step?.name === step && flow.querySelector('[active] form'), `no ${step}`);
  await settle(flow);
}

describe('<okta-flow login-hint>: the username pre-filled, never submitted on its own', () => {
  it('fills the sign-in’s username, and sends nothing until the person submits', async () => {
    const { client, calls } = recordingClient(() => idx.identify(), () => idx.challengePassword());
    const flow = await connectFlow((element) => {
      element.authClient = client;
      element.setAttribute('login-hint', 'hinted@example.com');
    });
    await readyAt(flow, 'identify');
    expect(username(flow)!.value).to.equal('hinted@example.com');
    expect(calls.map((c) => c.method)).to.deep.equal(['start']);
    await expect(flow).to.be.accessible();
  });

  it('what the server echoes wins over the hint; the hint fills "Reset your password" and the unlock form too', async () => {
    const echoed = await renderFlow(states.identifyUnknownUser);
    echoed.loginHint = 'hinted@example.com';
    await settle(echoed);
    expect(username(echoed)!.value).to.equal('nobody@example.com');

    for (const state of [states.identify, states.unlockAccount]) {
      const flow = await renderFlow(state);
      flow.loginHint = 'hinted@example.com';
      flow.state = state;
      await settle(flow);
      expect(username(flow)!.value, state.step!.name).to.equal('hinted@example.com');
    }
  });

  it('changed mid-flow: the untouched empty field takes it, what the person typed stays, nothing restarts', async () => {
    const { client, calls } = recordingClient(() => idx.identify(), () => idx.challengePassword());
    const flow = await connectFlow((element) => (element.authClient = client));
    await readyAt(flow, 'identify');
    expect(username(flow)!.value).to.equal('');
    flow.loginHint = 'first@example.com';
    await settle(flow);
    expect(username(flow)!.value).to.equal('first@example.com');
    username(flow)!.value = 'typed@example.com';
    username(flow)!.dispatchEvent(new InputEvent('input', { bubbles: true }));
    flow.loginHint = 'second@example.com';
    await settle(flow);
    expect(username(flow)!.value).to.equal('typed@example.com');
    expect(calls.map((c) => c.method)).to.deep.equal(['start']);
  });
});

describe('<okta-flow flow="register">', () => {
  it('opens at the registration form: the start, then Okta’s select-enroll-profile', async () => {
    const { client, calls } = recordingClient(rawIdentifyWithSignUp, (options) =>
      options.step === 'select-enroll-profile' ? rawRegistration() : idx.identify(),
    );
    const flow = await connectFlow((element) => {
      element.authClient = client;
      element.flow = 'register';
    });
    await readyAt(flow, 'enroll-profile');
    expect(calls.map((c) => `${c.method} ${String(c.options.step ?? '')}`.trim())).to.deep.equal(['start', 'proceed select-enroll-profile']);
    expect(flow.querySelector('[active]')!.localName).to.equal('okta-register');
  });

  it('where the org has no registration: the sign-in as it is, nothing more sent', async () => {
    const { client, calls } = recordingClient(() => idx.identify(), () => idx.identify());
    const flow = await connectFlow((element) => {
      element.authClient = client;
      element.setAttribute('flow', 'register');
    });
    await readyAt(flow, 'identify');
    expect(calls.map((c) => c.method)).to.deep.equal(['start']);
  });

  it('"Back to sign in" from the registration form signs in (a restart never opens the registration again)', async () => {
    const { client, calls } = recordingClient(rawIdentifyWithSignUp, (options) =>
      options.step === 'select-enroll-profile' ? rawRegistration() : idx.identify(),
    );
    const flow = await connectFlow((element) => {
      element.authClient = client;
      element.flow = 'register';
    });
    await readyAt(flow, 'enroll-profile');
    const back = [...flow.querySelectorAll<HTMLButtonElement>('[active] button')].find((b) => /back to sign in/i.test(b.textContent ?? ''));
    expect(back, 'a way back to sign in').not.to.equal(undefined);
    back!.click();
    await readyAt(flow, 'identify');
    expect(calls.slice(2).every((c) => c.options.step !== 'select-enroll-profile')).to.equal(true);
  });

  it('changed once a transaction is under way: a new one opens at the new entry', async () => {
    const { client, calls } = recordingClient(rawIdentifyWithSignUp, (options) =>
      options.step === 'select-enroll-profile' ? rawRegistration() : idx.identify(),
    );
    const flow = await connectFlow((element) => (element.authClient = client));
    await readyAt(flow, 'identify');
    flow.flow = 'register';
    await readyAt(flow, 'enroll-profile');
    expect(calls.filter((c) => c.method === 'start').length).to.equal(2);
  });
});

describe('<okta-flow> activationToken', () => {
  it('starts the transaction with the invitation’s token, which stays out of the DOM, and opens at its step', async () => {
    const { client, calls } = recordingClient(() => idx.enrollPassword(), () => idx.enrollPassword());
    const flow = await connectFlow((element) => {
      element.authClient = client;
      element.activationToken = 'invite-token-123';
    });
    await readyAt(flow, 'enroll-authenticator');
    expect(calls[0]).to.deep.equal({ method: 'start', options: { useGenericRemediator: true, activationToken: 'invite-token-123' } });
    expect(flow.outerHTML).not.to.contain('invite-token-123');
  });

  it('the activation-token attribute works as well', async () => {
    const { client, calls } = recordingClient(() => idx.enrollPassword(), () => idx.enrollPassword());
    const flow = await connectFlow((element) => {
      element.authClient = client;
      element.setAttribute('activation-token', 'invite-attr');
    });
    await readyAt(flow, 'enroll-authenticator');
    expect(calls[0].options.activationToken).to.equal('invite-attr');
  });
});
