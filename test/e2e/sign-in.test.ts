import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { alertText, chooseTheOnlyOption, CLIENT_ID, dev, fillAndSubmit, mountFlow, stepShown, useEmulator } from './e2e-helpers.js';
import type { OktaSuccessEvent } from '../../src/events/okta-success.js';
import type { OktaErrorEvent } from '../../src/events/okta-error.js';
import type { OktaStepChangeEvent } from '../../src/events/okta-step-change.js';
import type { OktaFlow } from '../../src/flow/okta-flow.js';

const DEMO = { identifier: 'demo@example.com', password: 'Okta-Demo-2026!' };

/** Takes a flow through identify to the password challenge as the demo user. */
async function identifyAsDemo(flow: OktaFlow): Promise<void> {
  await stepShown(flow, 'identify');
  fillAndSubmit(flow, { identifier: DEMO.identifier });
  await stepShown(flow, 'challenge-authenticator');
}

describe('sign-in end to end (real okta-auth-js, real emulator, real HTTP)', () => {
  const emulator = useEmulator();

  it('signs the demo user in with a password and hands over an ID token that verifies against the emulator’s keys', async () => {
    const flow = mountFlow(emulator.issuer);
    const steps: string[] = [];
    flow.addEventListener('okta-step-change', (e: OktaStepChangeEvent) => steps.push(`${e.step}:${e.authenticatorKey ?? ''}`));
    await identifyAsDemo(flow);
    const succeeded = oneEvent(flow, 'okta-success') as Promise<OktaSuccessEvent>;
    fillAndSubmit(flow, { 'credentials.passcode': DEMO.password });
    const { tokens } = await succeeded;

    const idToken = tokens.idToken!.idToken;
    const { payload } = await jwtVerify(idToken, createRemoteJWKSet(new URL(`${emulator.issuer}/v1/keys`)), { issuer: emulator.issuer, audience: CLIENT_ID });
    expect(payload.email).to.equal(DEMO.identifier);
    expect(tokens.accessToken!.accessToken).to.be.a('string');
    expect(steps).to.deep.equal(['identify:', 'challenge-authenticator:okta_password']);

    // Tokens go to the app in the event only: not into the DOM, attributes or storage.
    const page = document.documentElement.outerHTML + (flow.shadowRoot?.innerHTML ?? '');
    expect(page).not.to.contain(idToken);
    const stored = JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage });
    expect(stored).not.to.contain(tokens.accessToken!.accessToken);
    await waitUntil(() => flow.shadowRoot!.querySelector('[part="success"]') !== null);
  });

  it('stores the tokens with the SDK when the app sets store-tokens', async () => {
    const flow = mountFlow(emulator.issuer, { 'store-tokens': '' });
    await identifyAsDemo(flow);
    const succeeded = oneEvent(flow, 'okta-success') as Promise<OktaSuccessEvent>;
    fillAndSubmit(flow, { 'credentials.passcode': DEMO.password });
    const { tokens } = await succeeded;
    expect(localStorage.getItem('okta-token-storage') ?? '').to.contain(tokens.idToken!.idToken);
    localStorage.removeItem('okta-token-storage');
  });

  it('shows a wrong password as a field error, then the right one succeeds', async () => {
    const flow = mountFlow(emulator.issuer);
    await identifyAsDemo(flow);
    fillAndSubmit(flow, { 'credentials.passcode': 'not-the-password' });
    await waitUntil(() => flow.querySelector('[active] input[aria-invalid="true"]') !== null, 'no field error', { timeout: 10000 });
    const input = flow.querySelector<HTMLInputElement>('[active] input[name="credentials.passcode"]')!;
    expect(flow.querySelector(`#${input.getAttribute('aria-describedby')}`)!.textContent).to.equal('Password is incorrect');
    expect(input.value, 'a refused password is not kept').to.equal('');
    const succeeded = oneEvent(flow, 'okta-success') as Promise<OktaSuccessEvent>;
    fillAndSubmit(flow, { 'credentials.passcode': DEMO.password });
    expect((await succeeded).tokens.idToken!.claims.sub).to.be.a('string');
  });

  it('tells an unknown user so, and keeps what they typed', async () => {
    const flow = mountFlow(emulator.issuer);
    await stepShown(flow, 'identify');
    fillAndSubmit(flow, { identifier: 'nobody@example.com' });
    // Okta's older answer (class INFO): "There is no account with the Username …".
    const shown = () => flow.shadowRoot?.textContent ?? '';
    await waitUntil(() => shown().includes('There is no account'), `no unknown-user message: ${shown()}`, { timeout: 10000 });
    expect(flow.state.step!.name).to.equal('identify');
    expect(flow.querySelector<HTMLInputElement>('[active] input[name="identifier"]')!.value).to.equal('nobody@example.com');
  });

  it('enrolls a password for a user who must set one, then signs them in', async () => {
    const flow = mountFlow(emulator.issuer);
    await stepShown(flow, 'identify');
    fillAndSubmit(flow, { identifier: 'new@example.com' });
    // As Okta does (the activation-token capture): the password alone in a list, waiting for the choice.
    await chooseTheOnlyOption(flow, 'okta_password');
    await stepShown(flow, 'enroll-authenticator');
    expect(flow.state.step!.authenticator!.key).to.equal('okta_password');
    expect(flow.querySelectorAll('[active] .okta-requirements li').length).to.be.greaterThan(3);
    const succeeded = oneEvent(flow, 'okta-success') as Promise<OktaSuccessEvent>;
    fillAndSubmit(flow, { 'credentials.passcode': 'Sunny-Harbor-42!', confirmPassword: 'Sunny-Harbor-42!' });
    const { tokens } = await succeeded;
    expect(tokens.idToken!.claims.email).to.equal('new@example.com');
  });

  it('shows an expired transaction as a terminal message, and starting over works', async () => {
    const flow = mountFlow(emulator.issuer);
    await identifyAsDemo(flow);
    await dev(emulator.issuer, 'transactions/expire');
    const failed = oneEvent(flow, 'okta-error') as Promise<OktaErrorEvent>;
    fillAndSubmit(flow, { 'credentials.passcode': DEMO.password });
    expect((await failed).code).to.equal('transaction-expired');
    await waitUntil(() => flow.state.status === 'terminal');
    expect(alertText(flow)).to.contain('The session has expired.');
    expect(flow.querySelector('form')).to.equal(null);
    flow.shadowRoot!.querySelector<HTMLButtonElement>('[part~="terminal"] button')!.click();
    await identifyAsDemo(flow);
    const succeeded = oneEvent(flow, 'okta-success');
    fillAndSubmit(flow, { 'credentials.passcode': DEMO.password });
    await succeeded;
  });

  it('keeps the form and what was typed on a server error, and the retry goes through', async () => {
    const flow = mountFlow(emulator.issuer);
    await stepShown(flow, 'identify');
    await dev(emulator.issuer, 'fail-next', { status: 500 });
    const failed = oneEvent(flow, 'okta-error') as Promise<OktaErrorEvent>;
    fillAndSubmit(flow, { identifier: DEMO.identifier });
    expect((await failed).code).to.equal('server-error');
    await waitUntil(() => flow.state.status === 'ready');
    expect(alertText(flow)).to.contain('could not complete');
    expect(flow.querySelector<HTMLInputElement>('[active] input[name="identifier"]')!.value).to.equal(DEMO.identifier);
    flow.querySelector<HTMLButtonElement>('[active] button[type="submit"]')!.click();
    await stepShown(flow, 'challenge-authenticator');
  });

  it('a double submit sends one request', async () => {
    const flow = mountFlow(emulator.issuer);
    await stepShown(flow, 'identify');
    const original = window.fetch;
    let identifyPosts = 0;
    window.fetch = (input, init) => {
      if (String(input instanceof Request ? input.url : input).endsWith('/idp/idx/identify')) identifyPosts += 1;
      return original(input, init);
    };
    try {
      const form = flow.querySelector<HTMLFormElement>('[active] form')!;
      form.querySelector<HTMLInputElement>('input[name="identifier"]')!.value = DEMO.identifier;
      const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
      button.click();
      button.click();
      form.requestSubmit();
      await stepShown(flow, 'challenge-authenticator');
      expect(identifyPosts).to.equal(1);
    } finally {
      window.fetch = original;
    }
  });
});

describe('<okta-flow> with the app’s own OktaAuth instance (authClient property)', () => {
  const emulator = useEmulator();

  it('drives the app’s instance, configured by the app, to the same tokens', async () => {
    const { issuer } = emulator;
    const { OktaAuth } = await import('@okta/okta-auth-js');
    const authClient = new OktaAuth({ issuer, clientId: CLIENT_ID, redirectUri: `${location.origin}/callback`, scopes: ['openid', 'email'] });
    const flow = document.createElement('okta-flow');
    flow.authClient = authClient;
    document.body.append(flow);
    try {
      await identifyAsDemo(flow);
      const succeeded = oneEvent(flow, 'okta-success') as Promise<OktaSuccessEvent>;
      fillAndSubmit(flow, { 'credentials.passcode': DEMO.password });
      const { tokens } = await succeeded;
      expect(tokens.idToken!.scopes).to.deep.equal(['openid', 'email']);
      expect(tokens.idToken!.claims.email).to.equal(DEMO.identifier);
    } finally {
      flow.remove();
    }
  });
});
