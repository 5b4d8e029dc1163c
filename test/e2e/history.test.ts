import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import {
  choose,
  clickButton,
  fillAndSubmit,
  flowShows,
  latestMessage,
  MFA_PASSWORD,
  mountFlow,
  passwordFirst,
  stepShown,
  useEmulator,
} from './e2e-helpers.js';
import type { OktaFlow } from '../../src/flow/okta-flow.js';
import type { OktaSuccessEvent } from '../../src/events/okta-success.js';

/**
 * A demo user with a password, then a choice of email, phone or security question (the emulator's default config).
 * Okta offers the list beside a challenge only when there is a choice (idx-swift MFA-SOP/06: none beside the only one).
 */
const USER = 'choose@example.com';

/**
 * Watches the page's fetches to the emulator (the element's own okta-auth-js client fetches at call time): what
 * the flow sends, by path. The dev API the test itself calls is left out.
 */
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

/** A request that sends something: neither the email challenge's poll (a look at whether the magic link was opened) nor an introspect. */
const isSubmit = (path: string) => !/\/poll$/.test(path) && !/\/introspect$/.test(path);

const entry = () => (history.state as { oktaFlow?: { n: number } } | null)?.oktaFlow?.n;
const question = (flow: OktaFlow) => flow.shadowRoot!.querySelector<HTMLElement>('[role="alertdialog"]');
const answer = (flow: OktaFlow, choice: 'start-over' | 'stay') => flow.shadowRoot!.querySelector<HTMLButtonElement>(`[data-leave="${choice}"]`)!.click();
const listShown = (flow: OktaFlow) => stepShown(flow, 'select-authenticator-authenticate');

/** The history module (loaded on demand) recorded the first step: the flow's entries start here. */
async function recording(flow: OktaFlow): Promise<void> {
  await stepShown(flow, 'identify');
  await flowShows(flow, () => entry() === 0, 'the first step was never recorded');
}

/** Username, password, the list, Email, "Send me an email": the email code on screen, five entries. */
async function toEmailCode(flow: OktaFlow): Promise<void> {
  await recording(flow);
  await passwordFirst(flow, USER);
  await listShown(flow);
  await choose(flow, 'okta_email');
  await stepShown(flow, 'authenticator-verification-data', 'okta_email');
  clickButton(flow, 'Send me an email');
  await stepShown(flow, 'challenge-authenticator', 'okta_email');
}

describe('the browser’s Back button end to end (<okta-flow history>, real okta-auth-js, real emulator)', () => {
  const emulator = useEmulator();
  let requests: ReturnType<typeof watchRequests> | undefined;
  // A real click first, as a person's tab has had before they press Back. Without one, Chrome counts every entry the
  // page adds as skippable, and once the tab's history holds 50 (as the test runner's reused page does by this file)
  // it drops the oldest of those, this flow's own: Back then finds its steps gone (the flow stays on the page then,
  // see history-travel.ts and the component test, but these tests follow a person's path through the entries).
  before(() => sendMouse({ type: 'click', position: [1, 1] }));
  // Each test starts on an entry naming no step; earlier tests' entries stay behind it, never reached.
  beforeEach(() => history.replaceState(null, ''));
  afterEach(() => requests?.stop());

  it('password → email code; Back shows the list; Forward the code again; neither sends anything', async () => {
    const flow = mountFlow(emulator.issuer, { history: '' });
    await toEmailCode(flow);
    expect(entry(), 'identify, password, list, send, code').to.equal(4);
    requests = watchRequests(emulator.issuer);

    history.back();
    await listShown(flow);
    // Back from the code passes "Send me an email" (Okta no longer offers it) on to the list it still offers.
    await waitUntil(() => entry() === 2, `Back did not land on the list's entry (at ${entry()})`);

    history.forward();
    await stepShown(flow, 'challenge-authenticator', 'okta_email');
    await waitUntil(() => entry() === 4, `Forward did not land on the code's entry (at ${entry()})`);
    expect(requests.sent.filter(isSubmit), 'requests after Back and Forward').to.deep.equal([]);

    // The code on screen is the server's live one: it still signs in.
    const { code } = await latestMessage(emulator.issuer, USER);
    const done = oneEvent(flow, 'okta-success') as Promise<OktaSuccessEvent>;
    fillAndSubmit(flow, { 'credentials.passcode': code });
    expect((await done).tokens.idToken!.claims.email).to.equal(USER);
  });

  it('Back again, from the list to the password, asks first; "Stay" keeps the sign-in; "Start over" cancels it and shows the username', async () => {
    const flow = mountFlow(emulator.issuer, { history: '' });
    await toEmailCode(flow);
    history.back();
    await listShown(flow);
    requests = watchRequests(emulator.issuer);

    history.back();
    await flowShows(flow, () => question(flow) !== null, 'Back to the password asked nothing');
    expect(question(flow)!.textContent).to.contain('Start over?');
    expect(flow.querySelector('[active]')!.checkVisibility(), 'the step is hidden behind the question').to.equal(false);
    await expect(flow).to.be.accessible();
    answer(flow, 'stay');
    await waitUntil(() => !question(flow) && entry() === 2, 'Stay did not return to the list');
    await listShown(flow);
    expect(requests.sent.filter(isSubmit), 'asking and staying send nothing').to.deep.equal([]);

    history.back();
    await flowShows(flow, () => question(flow) !== null, 'Back to the password asked nothing the second time');
    answer(flow, 'start-over');
    await stepShown(flow, 'identify');
    expect(requests.sent.filter(isSubmit), 'the transaction was cancelled, a new one started').to.deep.equal(['/idp/idx/cancel', '/oauth2/default/v1/interact']);
    await waitUntil(() => entry() === 0, `the new sign-in is not on the first entry (at ${entry()})`);

    // The new transaction signs in as any other.
    fillAndSubmit(flow, { identifier: USER });
    await stepShown(flow, 'challenge-authenticator', 'okta_password');
    expect(entry()).to.equal(1);
    fillAndSubmit(flow, { 'credentials.passcode': MFA_PASSWORD });
    await listShown(flow);
  });

  it('after "Start over", Forward to the old steps replays nothing: the username stays', async () => {
    const flow = mountFlow(emulator.issuer, { history: '' });
    await recording(flow);
    await passwordFirst(flow, USER);
    await listShown(flow);
    history.back();
    await flowShows(flow, () => question(flow) !== null, 'Back to the password asked nothing');
    answer(flow, 'start-over');
    await stepShown(flow, 'identify');
    await waitUntil(() => entry() === 0, 'the new sign-in is not on the first entry');
    requests = watchRequests(emulator.issuer);
    const arrivals: number[] = [];
    const onPop = (event: PopStateEvent) => arrivals.push((event.state as { oktaFlow: { n: number } }).oktaFlow.n);
    window.addEventListener('popstate', onPop);
    history.forward();
    await waitUntil(() => arrivals.length === 2, `Forward and the way back: ${arrivals.join(', ')}`);
    window.removeEventListener('popstate', onPop);
    expect(arrivals).to.deep.equal([1, 0]);
    await stepShown(flow, 'identify');
    expect(requests.sent, 'nothing sent').to.deep.equal([]);
  });

  it('a reload (the element added again, the tab’s history kept) resumes the saved transaction where its entry says, replaying nothing', async () => {
    const flow = mountFlow(emulator.issuer, { history: '' });
    await recording(flow);
    await passwordFirst(flow, USER);
    await listShown(flow);
    await choose(flow, 'security_question');
    await stepShown(flow, 'challenge-authenticator', 'security_question');
    history.back();
    await listShown(flow);
    flow.remove();
    requests = watchRequests(emulator.issuer);
    const again = mountFlow(emulator.issuer, { history: '' });
    await listShown(again);
    expect(entry()).to.equal(2);
    expect(requests.sent.filter(isSubmit), 'only the resume').to.deep.equal([]);
    history.forward();
    await stepShown(again, 'challenge-authenticator', 'security_question');
    expect(requests.sent.filter(isSubmit)).to.deep.equal([]);
    const done = oneEvent(again, 'okta-success') as Promise<OktaSuccessEvent>;
    fillAndSubmit(again, { 'credentials.answer': 'Spinach' });
    await done;
  });

  it('Back from the registration form to the username uses Okta’s own way back (select-identify), without asking', async () => {
    const flow = mountFlow(emulator.issuer, { history: '' });
    await recording(flow);
    clickButton(flow, 'Sign up');
    await stepShown(flow, 'enroll-profile');
    expect(entry()).to.equal(1);
    requests = watchRequests(emulator.issuer);
    history.back();
    await stepShown(flow, 'identify');
    expect(question(flow), 'nothing to ask: the server goes back itself').to.equal(null);
    expect(requests.sent.filter(isSubmit)).to.deep.equal(['/idp/idx/identify/select']);
    expect(entry()).to.equal(0);
  });

  it('without the attribute, Back is the page’s: no entry is added, the flow never listens', async () => {
    const before = history.length;
    const flow = mountFlow(emulator.issuer);
    await passwordFirst(flow, USER);
    await listShown(flow);
    expect(history.length).to.equal(before);
    expect(history.state).to.equal(null);
  });
});
