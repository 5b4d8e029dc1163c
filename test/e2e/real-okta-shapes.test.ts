import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { alertText, dev, fillAndSubmit, mountFlow, stepShown, unmountAll, useEmulator } from './e2e-helpers.js';
import type { OktaErrorEvent } from '../../src/events/okta-error.js';
import type { OktaFlow } from '../../src/flow/okta-flow.js';

const DEMO = { identifier: 'demo@example.com', password: 'Okta-Demo-2026!' };

interface RecordedAnswer {
  status: number;
  contentType: string;
  body: { messages?: { value?: IdxMessage[] }; remediation?: { value?: { name: string; value?: { name: string; form?: { value?: { name: string; messages?: unknown }[] } }[] }[] } };
}

interface IdxMessage {
  message: string;
  class: string;
  i18n?: { key: string };
}

/**
 * Records what the server answered to requests whose URL ends with `path`, as the browser received it: the test
 * proves the flow handled the shape real Okta sends (ion+json, top-level messages), not a kinder one.
 */
function recordAnswers(path: string): { answers: RecordedAnswer[]; stop(): void } {
  const original = window.fetch;
  const answers: RecordedAnswer[] = [];
  window.fetch = async (input, init) => {
    const response = await original(input, init);
    if (String(input instanceof Request ? input.url : input).endsWith(path)) {
      const copy = response.clone();
      const text = await copy.text();
      let body = {};
      try {
        body = JSON.parse(text) as RecordedAnswer['body'];
      } catch {
        // not JSON: recorded with an empty body
      }
      answers.push({ status: response.status, contentType: response.headers.get('content-type') ?? '', body });
    }
    return response;
  };
  return { answers, stop: () => (window.fetch = original) };
}

/** Everything the flow shows as text: its own messages (shadow root) and the active step's. */
function shownText(flow: OktaFlow): string {
  return `${flow.shadowRoot?.textContent ?? ''} ${flow.querySelector('[active]')?.textContent ?? ''}`.replace(/\s+/g, ' ');
}

function terminalButtons(flow: OktaFlow): HTMLButtonElement[] {
  return [...(flow.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part~="terminal"] button') ?? [])];
}

function terminalButton(flow: OktaFlow, text: string): HTMLButtonElement {
  const button = terminalButtons(flow).find((b) => b.textContent!.trim() === text);
  if (!button) throw new Error(`no "${text}" button; the terminal state offers: ${terminalButtons(flow).map((b) => b.textContent).join(', ') || 'nothing'}`);
  return button;
}

/** Identifies as the demo user and reaches the password challenge. */
async function toPassword(flow: OktaFlow): Promise<void> {
  await stepShown(flow, 'identify');
  fillAndSubmit(flow, { identifier: DEMO.identifier });
  await stepShown(flow, 'challenge-authenticator');
}

/** The terminal "session expired" state: the code, the sentence, no form, and "Start over" back to identify. */
async function expectExpiredThenStartOver(flow: OktaFlow, failed: OktaErrorEvent): Promise<void> {
  expect(failed.code, failed.message).to.equal('transaction-expired');
  await waitUntil(() => flow.state.status === 'terminal', `never terminal (status ${flow.state.status})`, { timeout: 10000 });
  expect(alertText(flow).trim(), 'a sentence says what happened').not.to.equal('');
  expect(flow.querySelector('[active] form'), 'no form to fill in a dead transaction').to.equal(null);
  terminalButton(flow, 'Start over').click();
  await toPassword(flow);
  const succeeded = oneEvent(flow, 'okta-success');
  fillAndSubmit(flow, { 'credentials.passcode': DEMO.password });
  await succeeded;
}

describe('<okta-flow> against the shapes real Okta sends (real okta-auth-js, real emulator)', () => {
  const emulator = useEmulator();

  it('wrong password: Okta’s top-level message is shown, the field is marked, cleared and focused', async () => {
    const flow = mountFlow(emulator.issuer);
    await toPassword(flow);
    const recorded = recordAnswers('/idp/idx/challenge/answer');
    try {
      fillAndSubmit(flow, { 'credentials.passcode': 'not-the-password' });
      await waitUntil(() => recorded.answers.length === 1 && flow.state.status === 'ready', 'no answer to the wrong password', { timeout: 10000 });
    } finally {
      recorded.stop();
    }
    // The shape: ion+json, the message at the top level, the password field bare (okta-captures identify-first-error-response.json).
    const [answer] = recorded.answers;
    expect(answer.contentType).to.contain('application/ion+json');
    expect(answer.body.messages?.value?.map((m) => m.i18n?.key)).to.deep.equal(['incorrectPassword']);
    expect(JSON.stringify(answer.body.remediation), 'no message on the field').not.to.contain('incorrectPassword');

    const input = flow.querySelector<HTMLInputElement>('[active] input[name="credentials.passcode"]')!;
    await waitUntil(() => input.getAttribute('aria-invalid') === 'true', 'the password field is not marked invalid', { timeout: 5000 });
    expect(shownText(flow)).to.contain('Password is incorrect');
    const describedBy = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    const description = describedBy.map((id) => flow.querySelector(`#${CSS.escape(id)}`)?.textContent ?? '').join(' ');
    expect(description, 'the field is described by the message').to.contain('Password is incorrect');
    expect(input.value, 'the refused password is cleared').to.equal('');
    await waitUntil(() => document.activeElement === input, 'focus is not on the field to fix', { timeout: 5000 });

    const succeeded = oneEvent(flow, 'okta-success');
    fillAndSubmit(flow, { 'credentials.passcode': DEMO.password });
    await succeeded;
  });

  it('unknown user: shows the message Okta sent and keeps what was typed', async () => {
    const flow = mountFlow(emulator.issuer);
    await stepShown(flow, 'identify');
    const recorded = recordAnswers('/idp/idx/identify');
    try {
      fillAndSubmit(flow, { identifier: 'nobody@example.com' });
      await waitUntil(() => recorded.answers.length === 1 && flow.state.status === 'ready', 'no answer to identify', { timeout: 10000 });
    } finally {
      recorded.stop();
    }
    const [answer] = recorded.answers;
    expect(answer.contentType).to.contain('application/ion+json');
    const sent = answer.body.messages?.value ?? [];
    expect(sent.map((m) => m.i18n?.key)).to.satisfy((keys: string[]) => keys.includes('idx.unknown.user') || keys.includes('errors.E0000004'));
    await waitUntil(() => shownText(flow).includes(sent[0].message), `Okta's message "${sent[0].message}" is not shown: ${shownText(flow)}`, { timeout: 5000 });
    expect(flow.state.step!.name).to.equal('identify');
    expect(flow.querySelector<HTMLInputElement>('[active] input[name="identifier"]')!.value).to.equal('nobody@example.com');
  });

  describe('an expired transaction is transaction-expired, with "Start over"', () => {
    it('mid-flow: the next submit', async () => {
      const flow = mountFlow(emulator.issuer);
      await toPassword(flow);
      await dev(emulator.issuer, 'transactions/expire');
      const failed = oneEvent(flow, 'okta-error') as Promise<OktaErrorEvent>;
      fillAndSubmit(flow, { 'credentials.passcode': DEMO.password });
      await expectExpiredThenStartOver(flow, await failed);
    });

    it('on start: a new <okta-flow> picking up the saved transaction (Okta answers 401 ion+json, okta-auth-js throws)', async () => {
      const first = mountFlow(emulator.issuer);
      await toPassword(first);
      first.remove(); // the transaction stays saved, as when the person navigates away and back
      await dev(emulator.issuer, 'transactions/expire');
      const recorded = recordAnswers('/idp/idx/introspect');
      let flow: OktaFlow;
      let failed: OktaErrorEvent;
      try {
        flow = mountFlow(emulator.issuer);
        failed = (await oneEvent(flow, 'okta-error')) as OktaErrorEvent;
      } finally {
        recorded.stop();
      }
      expect(recorded.answers.map((a) => `${a.status} ${a.contentType.split(';')[0]}`)).to.deep.equal(['401 application/ion+json']);
      await expectExpiredThenStartOver(flow, failed);
    });

    it('on resume after a reload', async () => {
      const frame = document.createElement('iframe');
      frame.title = 'sign-in page';
      frame.src = `/test/e2e/flow-src-page.html?issuer=${encodeURIComponent(emulator.issuer)}`;
      document.body.append(frame);
      const flowIn = () => frame.contentDocument?.querySelector('okta-flow') as OktaFlow | null;
      try {
        await waitUntil(() => flowIn()?.state?.step?.name === 'identify', 'the page never showed identify', { timeout: 15000 });
        await toPassword(flowIn()!);
        await dev(emulator.issuer, 'transactions/expire');
        const reloaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        frame.contentWindow!.location.reload();
        await reloaded;
        await waitUntil(() => flowIn()?.state !== undefined, 'no flow after the reload', { timeout: 15000 });
        const flow = flowIn()!;
        let failed = flow.state.error as OktaErrorEvent | undefined;
        if (!failed) failed = (await oneEvent(flow, 'okta-error')) as OktaErrorEvent;
        await expectExpiredThenStartOver(flow, failed);
      } finally {
        frame.remove();
      }
    });
  });

  it('429 on identify (Okta’s E0000047, not an IDX document): tells the person to wait and try again, and keeps the identifier', async () => {
    const flow = mountFlow(emulator.issuer);
    await stepShown(flow, 'identify');
    await dev(emulator.issuer, 'fail-next', { status: 429, count: 1, path: '/idp/idx/identify' });
    const recorded = recordAnswers('/idp/idx/identify');
    let failed: OktaErrorEvent;
    try {
      const failing = oneEvent(flow, 'okta-error') as Promise<OktaErrorEvent>;
      fillAndSubmit(flow, { identifier: DEMO.identifier });
      failed = await failing;
    } finally {
      recorded.stop();
    }
    expect(recorded.answers.map((a) => `${a.status} ${(a.body as { errorCode?: string }).errorCode}`)).to.deep.equal(['429 E0000047']);
    expect(failed.code).to.equal('rate-limited');
    await waitUntil(() => /try again/i.test(alertText(flow)), `no "try again" in the alert: "${alertText(flow)}"; shown: ${shownText(flow)}`, { timeout: 5000 });
    // Okta's X-Rate-Limit-Reset is not readable across origins (no Access-Control-Expose-Headers): a countdown, when
    // the flow shows one, stays within Okta's one-minute window.
    if (flow.state.retryAfter !== undefined) {
      expect(flow.state.retryAfter - Date.now()).to.be.within(0, 61000);
      expect(alertText(flow)).to.match(/Try again in \d+ s\./);
    }
    expect(flow.state.status).to.equal('ready');
    expect(flow.state.step!.name).to.equal('identify');
    expect(flow.querySelector<HTMLInputElement>('[active] input[name="identifier"]')!.value).to.equal(DEMO.identifier);
  });

  /** The terminal end of a refused sign-in: the server's message, no form, and a way back to sign in that works. */
  async function expectRefusedWithWayBack(flow: OktaFlow, failed: OktaErrorEvent, message: string): Promise<void> {
    expect(failed.code, failed.message).to.equal('access-denied');
    await waitUntil(() => flow.state.status === 'terminal', `never terminal (status ${flow.state.status})`, { timeout: 10000 });
    expect(alertText(flow)).to.contain(message);
    expect(flow.querySelector('[active] form')).to.equal(null);
    terminalButton(flow, 'Back to sign in').click();
    await toPassword(flow);
  }

  it('access denied by policy (403 on identify): a terminal message with a way back', async () => {
    const flow = mountFlow(emulator.issuer);
    await stepShown(flow, 'identify');
    await dev(emulator.issuer, 'fail-next', { status: 403, count: 1, path: '/idp/idx/identify' });
    const failed = oneEvent(flow, 'okta-error') as Promise<OktaErrorEvent>;
    fillAndSubmit(flow, { identifier: DEMO.identifier });
    await expectRefusedWithWayBack(flow, await failed, 'You do not have permission to perform the requested action');
  });

  it('a user not assigned to the app: Okta’s message, announced, and a way on (the identify form again)', async () => {
    // Okta answers this at identify, beside the identify form, not with a terminal document: the Sign-In Widget's
    // own test shows it as a global error on the identify page. So the way back is the form itself.
    const flow = mountFlow(emulator.issuer);
    await stepShown(flow, 'identify');
    const recorded = recordAnswers('/idp/idx/identify');
    try {
      fillAndSubmit(flow, { identifier: 'unassigned@example.com' });
      await waitUntil(() => recorded.answers.length === 1 && flow.state.status !== 'submitting', 'identify never answered', { timeout: 10000 });
    } finally {
      recorded.stop();
    }
    const [answer] = recorded.answers;
    const sent = answer.body.messages?.value ?? [];
    expect(sent.map((m) => `${m.class} ${m.message}`)).to.deep.equal(['ERROR User is not assigned to this application.']);
    const offersIdentify = (answer.body.remediation?.value ?? []).some((r) => r.name === 'identify');
    if (!offersIdentify) {
      // A terminal answer (nothing more to send): then the flow must end with the message and "Back to sign in".
      await expectRefusedWithWayBack(flow, (flow.state.error ?? {}) as OktaErrorEvent, 'User is not assigned to this application');
      return;
    }
    await waitUntil(() => alertText(flow).includes('User is not assigned to this application'), `not announced: "${alertText(flow)}"`, { timeout: 5000 });
    expect(flow.state.step!.name).to.equal('identify');
    const input = flow.querySelector<HTMLInputElement>('[active] input[name="identifier"]')!;
    expect(input.value).to.equal('unassigned@example.com');
    // The way on: someone else can sign in from the same form.
    fillAndSubmit(flow, { identifier: DEMO.identifier });
    await stepShown(flow, 'challenge-authenticator');
    expect(alertText(flow), 'the refusal does not linger').not.to.contain('not assigned');
  });

  it('a locked-out user: the right password is refused as a wrong one (Okta does not tell a locked account apart)', async () => {
    const flow = mountFlow(emulator.issuer);
    await stepShown(flow, 'identify');
    fillAndSubmit(flow, { identifier: 'locked@example.com' });
    await stepShown(flow, 'challenge-authenticator');
    fillAndSubmit(flow, { 'credentials.passcode': DEMO.password });
    await waitUntil(() => flow.state.status === 'ready' && shownText(flow).includes('Password is incorrect'), `no refusal: ${shownText(flow)}`, {
      timeout: 10000,
    });
    expect(flow.state.step!.name).to.equal('challenge-authenticator');
    expect(shownText(flow).replaceAll('locked@example.com', ''), 'nothing says the account is locked').not.to.match(/lock/i);
  });

  it('a suspended user: answered as an unknown user is, and what was typed is kept', async () => {
    const answers: string[] = [];
    for (const identifier of ['nobody@example.com', 'suspended@example.com']) {
      const flow = mountFlow(emulator.issuer);
      await stepShown(flow, 'identify');
      const recorded = recordAnswers('/idp/idx/identify');
      try {
        fillAndSubmit(flow, { identifier });
        await waitUntil(() => recorded.answers.length === 1 && flow.state.status === 'ready', `no answer for ${identifier}`, { timeout: 10000 });
      } finally {
        recorded.stop();
      }
      const sent = recorded.answers[0].body.messages?.value?.[0]?.message ?? '';
      await waitUntil(() => sent !== '' && shownText(flow).includes(sent), `"${sent}" is not shown for ${identifier}`, { timeout: 5000 });
      expect(flow.state.step!.name).to.equal('identify');
      expect(flow.querySelector<HTMLInputElement>('[active] input[name="identifier"]')!.value).to.equal(identifier);
      answers.push(`${recorded.answers[0].status} ${sent.replace(identifier, '{identifier}')}`);
      unmountAll();
    }
    expect(answers[1], 'nothing tells a suspended account from an unknown one').to.equal(answers[0]);
  });
});
