import { expect, waitUntil } from '@open-wc/testing';
import { chooseTheOnlyOption, clickButton, dev, emulators, latestMessage, providerStateToken, useEmulator } from './e2e-helpers.js';
import type { OktaFlow } from '../../src/flow/okta-flow.js';
import type { OktaIdpRedirectEvent } from '../../src/events/okta-idp-redirect.js';
import type { OktaSuccessEvent } from '../../src/events/okta-success.js';
import type { OktaErrorEvent } from '../../src/events/okta-error.js';

/** The emulator's default config: Google and a SAML provider, each with a federated user and one who needs MFA. */
const ACME = { id: '0oa1acmesso000000001', label: 'Sign in with Acme SSO' };
const GOOGLE = { id: '0oa1googledemo000001', label: 'Sign in with Google' };

type CallbackWindow = Window & { flowEvents: Event[] };

/**
 * The sign-in page in a window of its own (the provider's page refuses to be framed, and leaving the page would
 * unload the test runner's): test/e2e/callback-page.html, whose URL is its flow's redirect URI.
 */
function openCallbackPage(issuer: string): CallbackWindow {
  const opened = window.open(`/test/e2e/callback-page.html?issuer=${encodeURIComponent(issuer)}`, '_blank', 'width=600,height=800');
  if (!opened) throw new Error('the browser refused to open the sign-in window');
  return opened as CallbackWindow;
}

/** The flow in the window, once its page is this origin's again (not the provider's). */
function flowIn(win: CallbackWindow): OktaFlow | undefined {
  try {
    return (win.document.querySelector('okta-flow') as OktaFlow | null) ?? undefined;
  } catch {
    return undefined; // At the provider: another origin.
  }
}

const onProviderPage = (win: Window) => {
  try {
    return win.location.origin !== location.origin;
  } catch {
    return true;
  }
};

function describeWin(win: CallbackWindow): string {
  const flow = flowIn(win);
  return flow ? `status ${flow.state.status}, steps ${flow.state.steps.map((s) => s.name).join(' ')}, text ${flow.shadowRoot?.textContent?.trim()}` : 'not on the app page';
}

async function shows(win: CallbackWindow, condition: (flow: OktaFlow) => boolean, what: string, timeout = 15000): Promise<OktaFlow> {
  try {
    await waitUntil(() => {
      const flow = flowIn(win);
      return !!flow && !!flow.state && condition(flow);
    }, '', { timeout });
  } catch {
    throw new Error(`${what} (${describeWin(win)})`);
  }
  return flowIn(win)!;
}

const idpButton = (flow: OktaFlow, label: string) =>
  [...flow.querySelectorAll<HTMLButtonElement>('[active] .okta-idps button')].find((b) => b.textContent!.trim() === label);

/**
 * Picks a provider on the sign-in page (the window leaves for the provider's page), answers there as the person
 * would (the emulator's dev API does what the page's buttons do), and follows the provider back to the app.
 */
async function signInAtProvider(win: CallbackWindow, issuer: string, provider: { id: string; label: string }, answer: { user?: string; decline?: boolean }): Promise<void> {
  const flow = await shows(win, (f) => f.state.status === 'ready' && !!idpButton(f, provider.label), `no ${provider.label} button`);
  const events = win.flowEvents;
  idpButton(flow, provider.label)!.click();
  const picked = events.find((e) => e.type === 'okta-idp-redirect') as OktaIdpRedirectEvent | undefined;
  expect(picked, 'okta-idp-redirect').not.to.equal(undefined);
  expect(picked!.idpId).to.equal(provider.id);
  await waitUntil(() => onProviderPage(win), 'the page did not leave for the provider', { timeout: 10000 });
  const stateToken = await providerStateToken(picked!.url);
  const response = await fetch(`${new URL(issuer).origin}/dev/idps/${provider.id}/choose`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ stateToken, ...answer }),
  });
  expect(response.status, await response.clone().text()).to.equal(200);
  const { location: back } = (await response.json()) as { location: string };
  expect(new URL(back).pathname).to.equal('/test/e2e/callback-page.html');
  win.location.href = back;
}

const pageText = (flow: OktaFlow) => `${flow.shadowRoot!.textContent} ${flow.textContent}`;

describe('identity providers end to end (the emulator’s fake provider, the real okta-auth-js)', () => {
  useEmulator();
  /** An emulator with the demo's providers (web-test-runner.config.mjs). */
  const emulator = { issuer: '' };
  before(async () => {
    const { idpIssuer } = await emulators();
    if (!idpIssuer) throw new Error('no emulator with identity providers (idpIssuer in web-test-runner.config.mjs)');
    emulator.issuer = idpIssuer;
  });
  beforeEach(() => dev(emulator.issuer, 'reset'));
  let win: CallbackWindow | undefined;
  afterEach(() => {
    win?.close();
    win = undefined;
  });

  it('signs in through the provider: buttons on identify, the provider, back with an interaction code, okta-success', async () => {
    win = openCallbackPage(emulator.issuer);
    const first = await shows(win, (f) => f.state.step?.name === 'identify' && !!f.querySelector('.okta-idps'), 'no providers on identify');
    expect([...first.querySelectorAll('.okta-idps button')].map((b) => b.textContent!.trim())).to.deep.equal([GOOGLE.label, ACME.label]);
    await signInAtProvider(win, emulator.issuer, ACME, { user: 'federated@example.com' });
    const flow = await shows(win, (f) => f.state.status === 'success', 'not signed in after the provider');
    const success = win.flowEvents.find((e) => e.type === 'okta-success') as OktaSuccessEvent;
    expect(success.tokens.idToken?.claims.sub, 'the ID token of the federated user').to.be.a('string');
    expect(success.tokens.idToken?.claims.email).to.equal('federated@example.com');
    // Nothing of the callback stays: not in the URL, and no token in the page.
    expect(win.location.search).to.equal('');
    expect(win.document.documentElement.outerHTML).not.to.contain(success.tokens.accessToken!.accessToken);
    expect(pageText(flow)).to.contain('You’re signed in.');
    // A reload does not replay the code: a new sign-in starts.
    win.location.reload();
    await shows(win, (f) => f.state.step?.name === 'identify', 'a reload did not start again');
  });

  it('a user whose policy asks for more: interaction_required, the saved sign-in resumes at the second factor', async () => {
    win = openCallbackPage(emulator.issuer);
    await signInAtProvider(win, emulator.issuer, GOOGLE, { user: 'federated.mfa@example.com' });
    // Okta lists the second factor even when it is the only one (as after a password).
    let flow = await shows(win, (f) => f.state.status === 'ready' && !!f.querySelector('[active] .okta-option'), 'no second factor after the provider');
    expect(win.location.search).to.equal('');
    expect(flow.state.user?.identifier).to.equal('federated.mfa@example.com');
    await chooseTheOnlyOption(flow, 'okta_email');
    flow = await shows(win, (f) => f.state.status === 'ready' && !!f.querySelector('[active] form'), 'no email step');
    if (flow.state.step?.name === 'authenticator-verification-data') clickButton(flow, 'Send me an email');
    flow = await shows(win, (f) => f.state.step?.name === 'challenge-authenticator' && !!f.querySelector('[active] input[name="credentials.passcode"]'), 'no code field');
    const { code } = await latestMessage(emulator.issuer, 'federated.mfa@example.com');
    const input = flow.querySelector<HTMLInputElement>('[active] input[name="credentials.passcode"]')!;
    input.value = code!;
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    flow.querySelector<HTMLButtonElement>('[active] button[type="submit"]')!.click();
    await shows(win, (f) => f.state.status === 'success', 'not signed in after the second factor');
    const success = win.flowEvents.find((e) => e.type === 'okta-success') as OktaSuccessEvent;
    expect(success.tokens.idToken?.claims.email).to.equal('federated.mfa@example.com');
  });

  it('declined at the provider: back at the sign-in with why, okta-error, and the providers to try again', async () => {
    win = openCallbackPage(emulator.issuer);
    await signInAtProvider(win, emulator.issuer, ACME, { decline: true });
    const flow = await shows(win, (f) => f.state.status === 'ready' && f.state.messages.length > 0, 'no message after declining');
    expect(flow.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('was cancelled');
    const error = win.flowEvents.find((e) => e.type === 'okta-error') as OktaErrorEvent;
    expect((error.cause as { error: string }).error).to.equal('access_denied');
    expect(error.code).to.equal('access-denied');
    expect(win.location.search).to.equal('');
    // The way on: the same sign-in, its providers again; this time the person goes through.
    await signInAtProvider(win, emulator.issuer, GOOGLE, { user: 'federated@example.com' });
    await shows(win, (f) => f.state.status === 'success', 'not signed in on the second try');
  });
});
