import { expect, waitUntil } from '@open-wc/testing';
import { CLIENT_ID, choose, fillAndSubmit, flowShows, MFA_PASSWORD, mountFlow, stepShown, useEmulator } from './e2e-helpers.js';
import type { OktaFlow } from '../../src/flow/okta-flow.js';
import type { OktaSuccessEvent } from '../../src/events/okta-success.js';

/** A demo user who signs in with the password alone (the emulator's default config). */
const DEMO = { identifier: 'demo@example.com', password: MFA_PASSWORD };
/** A demo user who can recover a forgotten password by email. */
const RECOVER = 'recover@example.com';
/** The demo user an admin invited: PROVISIONED, no password yet (activated with a token). */
const INVITED = 'invited@example.com';

const username = (flow: OktaFlow) => flow.querySelector<HTMLInputElement>('[active] input[name="identifier"]');

/** Watches the page's fetches to the emulator's IDX and OAuth endpoints (not the dev API): what the flow sends. */
function watchRequests(issuer: string): { sent: string[]; stop(): void } {
  const origin = new URL(issuer).origin;
  const original = window.fetch;
  const sent: string[] = [];
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (url.origin === origin && !url.pathname.startsWith('/dev/')) sent.push(url.pathname);
    return original(input, init);
  }) as typeof fetch;
  return { sent, stop: () => void (window.fetch = original) };
}

/** Asks the emulator for an invitation, as an admin's "Activate" does: its activation token. */
async function activationTokenFor(issuer: string, login: string): Promise<string> {
  const response = await fetch(`${new URL(issuer).origin}/dev/users/${encodeURIComponent(login)}/activation-token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ appUrl: `${location.origin}/app/` }),
  });
  if (!response.ok) throw new Error(`activation-token answered ${response.status}`);
  return ((await response.json()) as { activationToken: string }).activationToken;
}

/** Does `act`, then waits for okta-success; fails naming what the flow shows instead. */
async function signedIn(flow: OktaFlow, act: () => void): Promise<OktaSuccessEvent> {
  let event: OktaSuccessEvent | undefined;
  flow.addEventListener('okta-success', (e) => (event = e as OktaSuccessEvent), { once: true });
  act();
  await flowShows(flow, () => event !== undefined, `not signed in (${flow.state.messages.map((m) => m.text).join(' ')})`);
  return event!;
}

describe('starting where the app wants (flow, login-hint, activation token) end to end', () => {
  const emulator = useEmulator();
  let requests: ReturnType<typeof watchRequests> | undefined;
  afterEach(() => requests?.stop());

  it('login-hint pre-fills the username and sends nothing more; the person submits it and signs in', async () => {
    requests = watchRequests(emulator.issuer);
    const flow = mountFlow(emulator.issuer, { 'login-hint': DEMO.identifier });
    await stepShown(flow, 'identify');
    expect(username(flow)!.value).to.equal(DEMO.identifier);
    expect(requests.sent.filter((path) => path.startsWith('/idp/idx/') && !path.endsWith('/introspect')), 'nothing submitted').to.deep.equal([]);
    fillAndSubmit(flow, {});
    await stepShown(flow, 'challenge-authenticator', 'okta_password');
    const { tokens } = await signedIn(flow, () => fillAndSubmit(flow, { 'credentials.passcode': DEMO.password }));
    expect(tokens.idToken!.claims.email).to.equal(DEMO.identifier);
  });

  it('flow="recover" with a login-hint: "Reset your password" with the username filled', async () => {
    const flow = mountFlow(emulator.issuer, { flow: 'recover', 'login-hint': RECOVER });
    await flowShows(
      flow,
      () => flow.state.status === 'ready' && /^identify(-recovery)?$/.test(flow.state.step?.name ?? '') && flow.querySelector('[active] form') !== null,
      'no username step for the recovery',
    );
    expect(flow.querySelector('[active] h2')!.textContent).to.equal('Reset your password');
    expect(username(flow)!.value).to.equal(RECOVER);
    fillAndSubmit(flow, {});
    await stepShown(flow, 'select-authenticator-authenticate');
    expect(flow.state.recovering).to.equal(true);
  });

  it('flow="register" opens at the registration form; the new person signs up and is signed in', async () => {
    const flow = mountFlow(emulator.issuer, { flow: 'register' });
    await stepShown(flow, 'enroll-profile');
    expect(flow.querySelector('[active]')!.localName).to.equal('okta-register');
    const email = `new.${Date.now()}@example.com`;
    const { tokens } = await signedIn(flow, () =>
      fillAndSubmit(flow, {
        'userProfile.email': email,
        'userProfile.firstName': 'Ada',
        'userProfile.lastName': 'Lovelace',
        'credentials.passcode': 'Engine-1843-Analytical',
        confirmPassword: 'Engine-1843-Analytical',
      }),
    );
    expect(tokens.idToken!.claims.email).to.equal(email);
  });

  it('flow="register" in a tab where a sign-in was left at the password opens the registration, not that sign-in', async () => {
    const signIn = mountFlow(emulator.issuer);
    await stepShown(signIn, 'identify');
    fillAndSubmit(signIn, { identifier: DEMO.identifier });
    await stepShown(signIn, 'challenge-authenticator', 'okta_password');
    signIn.remove();
    const flow = mountFlow(emulator.issuer, { flow: 'register' });
    await stepShown(flow, 'enroll-profile');
  });

  it('an activation token (the invitation link’s) opens at the invited person’s first step, with no username asked', async () => {
    const token = await activationTokenFor(emulator.issuer, INVITED);
    const flow = mountFlow(emulator.issuer, {}, (element) => (element.activationToken = token));
    await flowShows(
      flow,
      () => flow.state.status === 'ready' && /^(select-authenticator-enroll|enroll-authenticator)$/.test(flow.state.step?.name ?? '') && flow.querySelector('[active] form') !== null,
      'the invitation did not open at setting up the account',
    );
    expect(flow.outerHTML, 'the token stays out of the DOM').not.to.contain(token);
    if (flow.state.step?.name === 'select-authenticator-enroll') await choose(flow, 'okta_password');
    await stepShown(flow, 'enroll-authenticator', 'okta_password');
    const { tokens } = await signedIn(flow, () =>
      fillAndSubmit(flow, { 'credentials.passcode': 'Welcome-2026-Aboard!', confirmPassword: 'Welcome-2026-Aboard!' }),
    );
    expect(tokens.idToken!.claims.email).to.equal(INVITED);
  });

  it('an activation token already used is refused: the flow says so and offers a way on', async () => {
    const token = await activationTokenFor(emulator.issuer, INVITED);
    const first = mountFlow(emulator.issuer, {}, (element) => (element.activationToken = token));
    await waitUntil(() => first.state.status === 'ready', 'the first use did not open');
    first.remove();
    sessionStorage.clear();
    const again = mountFlow(emulator.issuer, { 'client-id': CLIENT_ID }, (element) => (element.activationToken = token));
    await flowShows(again, () => again.state.status === 'error' || again.state.status === 'terminal', 'a spent token was not refused');
    expect(again.state.error?.code, 'okta-error names the failure').to.equal('access-denied');
    const said = [...again.shadowRoot!.querySelectorAll('[part~="message"]')].map((m) => m.textContent).join(' ');
    expect(said).to.match(/invitation link is no longer valid/);
    const wayOn = [...again.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent?.trim());
    expect(wayOn, 'a way on').to.include('Start over');
  });
});
