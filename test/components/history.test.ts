import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { connectFlow, settle } from '../fixtures/render.js';
import * as idx from '../fixtures/idx-responses.js';
import type { IdxAuthClient } from '../../src/flow/auth-client.js';
import type { OktaFlow } from '../../src/flow/okta-flow.js';
import type { RawIdxResponse } from '../../src/state/raw-idx.js';
import stories, * as story from '../../stories/okta-flow-history.stories.js';

const pending = (raw: RawIdxResponse) => Promise.resolve({ status: 'PENDING', rawIdxState: raw, requestDidSucceed: true, actions: {} } as never);
const CANCELED = Promise.resolve({ status: 'CANCELED', actions: {} } as never);

/**
 * An app's client answering a sign-in by email: identify, the list, the email code. It records every call but
 * the challenge's own polls (the magic link), which run on a timer whatever history does.
 */
function signInClient() {
  const calls: string[] = [];
  let saved = false;
  const answer = (options: Record<string, unknown>): RawIdxResponse => {
    if (options.step === 'identify') return idx.selectAuthenticatorToVerify();
    if (options.step === 'select-authenticator-authenticate') return idx.challengeEmail();
    return idx.challengeEmail();
  };
  const client: IdxAuthClient = {
    options: { issuer: 'https://example.okta.com/oauth2/default' },
    idx: {
      start: () => {
        calls.push('start');
        saved = true;
        return pending(idx.identify());
      },
      proceed: (options = {}) => {
        const polling = [options.step, ...((options.actions as string[] | undefined) ?? [])].some((name) => String(name).endsWith('-poll'));
        if (!polling) calls.push(`proceed ${String(options.step ?? options.actions ?? '')}`);
        return pending(answer(options));
      },
      cancel: () => {
        calls.push('cancel');
        saved = false;
        return CANCELED;
      },
      canProceed: () => saved,
    },
    transactionManager: { clear: () => void (saved = false) },
    tokenManager: { setTokens: () => undefined },
  };
  return { client, calls };
}

const stepName = (flow: OktaFlow) => (flow.state.status === 'ready' ? flow.state.step?.name : undefined);
const question = (flow: OktaFlow) => flow.shadowRoot!.querySelector<HTMLElement>('[role="alertdialog"]');
const record = () => (history.state as { oktaFlow?: { n: number } } | null)?.oktaFlow;

/** A flow with `history` on, driven by `client`. */
const historyFlow = (client: IdxAuthClient) =>
  connectFlow((element) => {
    element.authClient = client;
    element.history = true;
  });

async function shows(flow: OktaFlow, name: string): Promise<void> {
  await waitUntil(() => stepName(flow) === name && !question(flow), `the flow never showed ${name} (shows ${flow.state.status} ${flow.state.step?.name})`);
  await settle(flow);
}

/** A sign-in through identify, the list and the email code, with history on: three entries. */
async function toEmailCode(flow: OktaFlow): Promise<void> {
  await shows(flow, 'identify');
  flow.querySelector<HTMLInputElement>('[active] input[name="identifier"]')!.value = 'someone@example.com';
  flow.querySelector<HTMLButtonElement>('[active] button[type="submit"]')!.click();
  await shows(flow, 'select-authenticator-authenticate');
  flow.querySelector<HTMLButtonElement>('[active] [data-authenticator="okta_email"] button')!.click();
  await waitUntil(() => flow.state.status === 'ready' && flow.state.step?.authenticator?.key === 'okta_email', 'no email challenge');
  await settle(flow);
}

/** On to the email code, then Back to the list and Back again: "Start over?" asked at the username's entry. */
async function toStartOverQuestion(flow: OktaFlow): Promise<void> {
  await toEmailCode(flow);
  history.back();
  await shows(flow, 'select-authenticator-authenticate');
  history.back();
  await waitUntil(() => question(flow) !== null, 'Back to the username asked nothing');
}

describe('<okta-flow history>: the browser’s Back and Forward buttons', () => {
  // Each test starts on an entry that names no step (an earlier test's entries stay behind it).
  beforeEach(() => history.replaceState(null, ''));

  it('without the attribute, history is never touched', async () => {
    const before = history.length;
    const { client } = signInClient();
    const flow = await connectFlow((element) => (element.authClient = client));
    await toEmailCode(flow);
    expect(history.length).to.equal(before);
    expect(history.state).to.equal(null);
  });

  it('each step reached adds one entry naming the step (no token, no state handle); the first marks the page’s own entry', async () => {
    const before = history.length;
    const { client } = signInClient();
    const flow = await historyFlow(client);
    await shows(flow, 'identify');
    await waitUntil(() => record() !== undefined, 'the first step was never recorded');
    expect(record()).to.deep.include({ n: 0, trail: [{ step: 'identify' }] });
    await toEmailCode(flow);
    expect(history.length - before).to.equal(2);
    expect(record()!.n).to.equal(2);
    // Neither the handle's name nor this client's handle (idx-responses' `SH`) is kept.
    expect(JSON.stringify(history.state)).not.to.match(/stateHandle|fixture-state-handle/);
  });

  it('Back from the code shows the list with no request; Forward shows the code again with no request', async () => {
    const { client, calls } = signInClient();
    const flow = await historyFlow(client);
    await toEmailCode(flow);
    const sent = calls.length;
    history.back();
    await shows(flow, 'select-authenticator-authenticate');
    expect(record()!.n).to.equal(1);
    history.forward();
    await waitUntil(() => flow.state.step?.name === 'challenge-authenticator', 'Forward did not show the code again');
    expect(record()!.n).to.equal(2);
    expect(calls.length, `calls after Back and Forward: ${calls.slice(sent).join(', ')}`).to.equal(sent);
  });

  it('an entry written by another run of the flow (an earlier flow on the page) moves nothing: Back never walks the page away', async () => {
    const { client, calls } = signInClient();
    const flow = await historyFlow(client);
    await toEmailCode(flow);
    const sent = calls.length;
    const goes: number[] = [];
    const realGo = history.go.bind(history);
    history.go = (delta?: number) => void goes.push(delta ?? 0);
    try {
      // What an earlier flow left behind: its own code step, whose trail the current flow would otherwise walk back.
      const foreign = { oktaFlow: { n: 3, trail: [{ step: 'identify' }, { step: 'x' }, { step: 'y' }, { step: 'z' }], run: 'another-run' } };
      window.dispatchEvent(new PopStateEvent('popstate', { state: foreign }));
      await settle(flow);
      expect(goes, 'no move for an entry not of this run').to.deep.equal([]);
      expect(question(flow), 'nothing asked').to.equal(null);
      expect(flow.state.step?.authenticator?.key, 'the code stays on screen').to.equal('okta_email');
      expect(calls.length).to.equal(sent);
    } finally {
      history.go = realGo;
    }
  });

  it('"Stay" when the browser dropped the step’s entry (Chrome does, in a full history): no move is counted past it, the step stays here', async () => {
    const { client, calls } = signInClient();
    const flow = await historyFlow(client);
    await toStartOverQuestion(flow);
    await settle(flow);
    const sent = calls.length;
    // The browser's history as Chrome reports it once it has dropped the list's entry (the one "Stay" returns to).
    const real = (window as unknown as { navigation: { currentEntry: { key: string; index: number }; entries(): { key: string; index: number }[] } }).navigation;
    const listKey = real.entries()[real.currentEntry.index + 1].key;
    const kept = () => real.entries().filter((entry) => entry.key !== listKey);
    const dropped = {
      get currentEntry() {
        return kept().find((entry) => entry.key === real.currentEntry.key) && { key: real.currentEntry.key, index: kept().findIndex((entry) => entry.key === real.currentEntry.key) };
      },
      entries: () => kept().map((entry, index) => ({ key: entry.key, index })),
    };
    Object.defineProperty(window, 'navigation', { configurable: true, get: () => dropped });
    const goes: number[] = [];
    const realGo = history.go.bind(history);
    history.go = (delta?: number) => void goes.push(delta ?? 0);
    try {
      (flow.shadowRoot!.querySelector('[data-leave="stay"]') as HTMLButtonElement).click();
      await shows(flow, 'select-authenticator-authenticate');
      expect(goes, 'no move to an entry that is not there').to.deep.equal([]);
      expect(record(), 'this entry now names the step on screen').to.deep.include({ n: 0, trail: [{ step: 'select-authenticator-authenticate' }] });
      expect(calls.length, 'staying sends nothing').to.equal(sent);
    } finally {
      history.go = realGo;
      delete (window as { navigation?: unknown }).navigation;
    }
  });

  it('Back again, to the username, asks before cancelling: the question replaces the step, "Stay" keeps everything', async () => {
    const { client, calls } = signInClient();
    const flow = await historyFlow(client);
    await toEmailCode(flow);
    history.back();
    await shows(flow, 'select-authenticator-authenticate');
    const sent = calls.length;
    history.back();
    await waitUntil(() => question(flow) !== null, 'Back to the username asked nothing');
    await settle(flow);
    const dialog = question(flow)!;
    expect(dialog.querySelector('h2')!.textContent).to.equal('Start over?');
    expect(dialog.getAttribute('aria-labelledby')).to.equal(dialog.querySelector('h2')!.id);
    expect(flow.shadowRoot!.activeElement?.textContent?.trim(), 'focus on the choice that loses nothing').to.equal('Stay on this step');
    expect(flow.shadowRoot!.querySelector('slot')!.hidden, 'the step is hidden while asking').to.equal(true);
    await expect(flow).to.be.accessible();
    expect(calls.length, 'asking sends nothing').to.equal(sent);

    (flow.shadowRoot!.querySelector('[data-leave="stay"]') as HTMLButtonElement).click();
    await waitUntil(() => record()?.n === 1, 'Stay did not return to the list’s entry');
    await shows(flow, 'select-authenticator-authenticate');
    expect(calls.length, 'staying sends nothing').to.equal(sent);
    expect(flow.shadowRoot!.querySelector('slot')!.hidden).to.equal(false);
  });

  it('Escape answers "Stay"', async () => {
    const { client } = signInClient();
    const flow = await historyFlow(client);
    await toStartOverQuestion(flow);
    await settle(flow);
    flow.shadowRoot!.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await waitUntil(() => !question(flow) && record()?.n === 1, 'Escape did not stay');
  });

  it('"Start over" cancels the transaction and shows a new sign-in at the first entry', async () => {
    const { client, calls } = signInClient();
    const flow = await historyFlow(client);
    await toStartOverQuestion(flow);
    await settle(flow);
    const sent = calls.length;
    (flow.shadowRoot!.querySelector('[data-leave="start-over"]') as HTMLButtonElement).click();
    await shows(flow, 'identify');
    expect(calls.slice(sent)).to.deep.equal(['cancel', 'start']);
    expect(record()).to.deep.include({ n: 0, trail: [{ step: 'identify' }] });
  });

  it('a Forward to a step only a request could bring back does nothing (no request), after a new start', async () => {
    const { client, calls } = signInClient();
    const flow = await historyFlow(client);
    await toStartOverQuestion(flow);
    (flow.shadowRoot!.querySelector('[data-leave="start-over"]') as HTMLButtonElement).click();
    await shows(flow, 'identify');
    const sent = calls.length;
    const arrivals: number[] = [];
    const onPop = (event: PopStateEvent) => arrivals.push((event.state as { oktaFlow: { n: number } }).oktaFlow.n);
    window.addEventListener('popstate', onPop);
    history.forward();
    // The browser goes to the old list's entry, and the flow sends it back to the sign-in's.
    await waitUntil(() => arrivals.length === 2, `Forward and the return: ${arrivals.join(', ')}`);
    window.removeEventListener('popstate', onPop);
    expect(arrivals).to.deep.equal([1, 0]);
    await shows(flow, 'identify');
    expect(calls.length).to.equal(sent);
  });

  it('re-added (as after a reload) on the list shown by Back: the resumed challenge offers the list, which shows again', async () => {
    const { client, calls } = signInClient();
    const flow = await historyFlow(client);
    await toEmailCode(flow);
    history.back();
    await shows(flow, 'select-authenticator-authenticate');
    const parent = flow.parentElement!;
    flow.remove();
    const sent = calls.length;
    const again = document.createElement('okta-flow');
    again.authClient = client;
    again.history = true;
    parent.append(again);
    await shows(again, 'select-authenticator-authenticate');
    expect(record()!.n).to.equal(1);
    expect(calls.slice(sent), 'only the resume').to.deep.equal(['proceed ']);
  });

  it('the stories: the question after a simulated Back (light, dark, the app’s words) passes axe; busy and error are the flow’s own', async () => {
    for (const variant of [story.AskBeforeCancelling, story.FromThePassword, story.Dark, story.AppWording]) {
      const args = { ...stories.args, ...variant.args } as Parameters<typeof stories.render>[0];
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      const flow = (stories.render as (a: typeof args) => OktaFlow)(args);
      holder.append(flow);
      await waitUntil(() => question(flow) !== null, 'the story shows no question');
      await settle(flow);
      const heading = args.strings?.['history.leave.heading'] ?? 'Start over?';
      expect(question(flow)!.querySelector('h2')!.textContent).to.equal(heading);
      await expect(flow).to.be.accessible();
      holder.remove();
    }
    for (const variant of [story.StartingOver, story.StartOverFailed]) {
      const args = { ...stories.args, ...variant.args } as Parameters<typeof stories.render>[0];
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      const flow = (stories.render as (a: typeof args) => OktaFlow)(args);
      holder.append(flow);
      await settle(flow);
      expect(question(flow)).to.equal(null);
      expect(flow.shadowRoot!.textContent).to.match(variant === story.StartingOver ? /Loading/ : /cannot be reached/);
      await expect(flow).to.be.accessible();
      holder.remove();
    }
  });
});
