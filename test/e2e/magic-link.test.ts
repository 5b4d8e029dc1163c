import { expect, waitUntil } from '@open-wc/testing';
import { chooseTheOnlyOption, clickButton, dev, latestMessage, passwordFirst, stepShown, useEmulator, type OutboxMessage } from './e2e-helpers.js';
import type { OktaFlow } from '../../src/flow/okta-flow.js';
import type { OktaSuccessEvent } from '../../src/events/okta-success.js';

/** A demo user who signs in with the password, then an email (the emulator's default config). */
const EMAIL_MFA = 'email.mfa@example.com';

type CallbackWindow = Window & { flowEvents: Event[] };

/** test/e2e/callback-page.html in a frame of this tab (its URL is its flow's redirect URI, where the link leads). */
function frameCallbackPage(src: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.title = 'sign-in page';
  frame.src = src;
  document.body.append(frame);
  return frame;
}

const frameFlow = (frame: HTMLIFrameElement) => (frame.contentDocument?.querySelector('okta-flow') as OktaFlow | null) ?? undefined;

async function frameShows(frame: HTMLIFrameElement, condition: (flow: OktaFlow) => boolean, what: string): Promise<OktaFlow> {
  try {
    await waitUntil(() => {
      const flow = frameFlow(frame);
      return !!flow?.state && condition(flow);
    }, '', { timeout: 15000 });
  } catch {
    const flow = frameFlow(frame);
    throw new Error(`${what} (${flow ? `status ${flow.state.status}, step ${flow.state.step?.name}, ${flow.shadowRoot?.textContent?.trim()}` : 'no flow'})`);
  }
  return frameFlow(frame)!;
}

/** Signs in up to the email's code (the email sent), in a frame; returns the email's code and link. */
async function upToTheEmail(frame: HTMLIFrameElement, issuer: string): Promise<{ code: string; link: URL }> {
  const flow = await frameShows(frame, (f) => f.state.step?.name === 'identify', 'no sign-in');
  await passwordFirst(flow, EMAIL_MFA);
  await chooseTheOnlyOption(flow, 'okta_email');
  await stepShown(flow, 'authenticator-verification-data', 'okta_email');
  clickButton(flow, 'Send me an email');
  await stepShown(flow, 'challenge-authenticator', 'okta_email');
  // `callbackLink`: the link a person clicks (Okta's), to the app; `magicLink` is the emulator's dev shortcut.
  const { code, callbackLink } = (await latestMessage(issuer, EMAIL_MFA)) as OutboxMessage & { callbackLink?: string | null };
  expect(callbackLink, 'the email carries a link to the app').to.be.a('string');
  return { code: code!, link: new URL(callbackLink!) };
}

/** The "enter this code where you started" end, and what it shows. */
async function codeScreen(frame: HTMLIFrameElement): Promise<{ flow: OktaFlow; code: HTMLElement }> {
  const flow = await frameShows(frame, (f) => f.shadowRoot?.querySelector('[part~="code"]') != null, 'no code shown');
  return { flow, code: flow.shadowRoot!.querySelector<HTMLElement>('[part~="code"]')! };
}

describe('the email link back to the app end to end (the emulator’s email, the real okta-auth-js)', () => {
  const emulator = useEmulator();
  const frames: HTMLIFrameElement[] = [];
  const open = (src: string) => {
    const frame = frameCallbackPage(src);
    frames.push(frame);
    return frame;
  };
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));
  const startPage = () => `/test/e2e/callback-page.html?issuer=${encodeURIComponent(emulator.issuer)}`;

  it('points to the app’s redirect URI with otp and state, as Okta’s does', async () => {
    const frame = open(startPage());
    const { code, link } = await upToTheEmail(frame, emulator.issuer);
    expect(`${link.origin}${link.pathname}`).to.equal(`${location.origin}/test/e2e/callback-page.html`);
    expect(link.searchParams.get('otp')).to.equal(code);
    expect(link.searchParams.get('state')).to.be.a('string').and.not.equal('');
  });

  it('opened in the tab that started: the challenge completes and the person is signed in', async () => {
    const frame = open(startPage());
    const { link } = await upToTheEmail(frame, emulator.issuer);
    frame.contentWindow!.location.href = link.href;
    const flow = await frameShows(frame, (f) => f.state.status === 'success', 'not signed in by the link');
    const win = frame.contentWindow as CallbackWindow;
    const success = win.flowEvents.find((e) => e.type === 'okta-success') as OktaSuccessEvent;
    expect(success.tokens.idToken?.claims.email).to.equal(EMAIL_MFA);
    expect(success.tokens.idToken?.claims.amr).to.include('mfa');
    // The one-time code leaves the address bar at once.
    expect(win.location.search).to.equal('');
    expect(flow.shadowRoot!.textContent).to.contain('You’re signed in.');
  });

  it('opened where no sign-in waits (another browser): the code, to enter where the sign-in started, which then completes', async () => {
    const first = open(startPage());
    const { code, link } = await upToTheEmail(first, emulator.issuer);
    // Another browser: nothing of the sign-in is saved there (this tab's saved transaction is set aside meanwhile).
    const saved = Object.fromEntries(Object.entries(sessionStorage));
    sessionStorage.clear();
    const other = open(link.href);
    const { flow, code: shown } = await codeScreen(other);
    expect(shown.textContent).to.equal(code);
    expect(shown.getAttribute('dir')).to.equal('ltr');
    expect(flow.shadowRoot!.querySelector('#okta-code-heading')!.textContent).to.equal('Enter this code where you started');
    expect([...flow.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal(['Copy code', 'Back to sign in']);
    expect(other.contentWindow!.location.search).to.equal('');
    // Where it started, the person types the code and signs in.
    for (const [key, value] of Object.entries(saved)) sessionStorage.setItem(key, value);
    const started = frameFlow(first)!;
    const input = started.querySelector<HTMLInputElement>('[active] input[name="credentials.passcode"]')!;
    input.value = shown.textContent!;
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    started.querySelector<HTMLButtonElement>('[active] button[type="submit"]')!.click();
    await frameShows(first, (f) => f.state.status === 'success', 'the code from the other browser did not sign in');
  });

  it('the demo page (npm start) is its flow’s redirect URI: the link opened there finishes the sign-in and shows the profile', async () => {
    const frame = open('/demo/index.html');
    const { link } = await upToTheEmail(frame, emulator.issuer);
    expect(link.pathname).to.equal('/demo/index.html');
    frame.contentWindow!.location.href = link.href;
    await frameShows(frame, (f) => f.state.status === 'success', 'the demo page was not signed in by the link');
    const doc = frame.contentDocument!;
    await waitUntil(() => doc.getElementById('result')?.hidden === false, 'the demo never showed the signed-in result', { timeout: 10000 });
    expect(frame.contentWindow!.location.search).to.equal('');
  });

  it('opened in the same tab after the sign-in expired on the server: the code instead of an error', async () => {
    const frame = open(startPage());
    const { code, link } = await upToTheEmail(frame, emulator.issuer);
    await dev(emulator.issuer, 'transactions/expire');
    frame.contentWindow!.location.href = link.href;
    const { code: shown } = await codeScreen(frame);
    expect(shown.textContent).to.equal(code);
  });
});
