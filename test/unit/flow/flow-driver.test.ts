import { afterEach, before, beforeEach, describe, it, mock } from 'node:test';
import assert from 'node:assert/strict';
import * as fixtures from '../../fixtures/idx-responses.js';
import { FlowDriver, type FlowDriverHost, type FlowEntry } from '../../../src/flow/flow-driver.js';
import type { ClientHooks, IdxAuthClient } from '../../../src/flow/auth-client.js';
import type { FlowState } from '../../../src/state/flow-state.js';
import type { RawIdxResponse } from '../../../src/state/raw-idx.js';
import { defaultLocalizer } from '../../../src/i18n/localize.js';
import type { OktaErrorEvent } from '../../../src/events/okta-error.js';
import { identifyOutcome, startFailure, ION } from '../state/okta-auth-js-errors.js';

type Options = Record<string, unknown>;
type Answer = (options: Options) => Promise<unknown>;
interface Call {
  method: 'start' | 'proceed' | 'cancel';
  options: Options;
}

/** An IDX transaction as okta-auth-js returns it, around one raw response. */
function tx(raw: RawIdxResponse, extra: Record<string, unknown> = {}): unknown {
  return { status: raw.remediation ? 'PENDING' : 'TERMINAL', rawIdxState: raw, requestDidSucceed: true, actions: {}, ...extra };
}

const answer = (value: unknown): Answer => () => Promise.resolve(value);
const failure = (error: unknown): Answer => () => Promise.reject(error);
/** A server that never answers. */
const silence: Answer = () => new Promise(() => undefined);

function apiError(status: number, headers: Record<string, string> = {}) {
  return Object.assign(new Error('Unknown error'), { name: 'AuthApiError', errorSummary: 'Unknown error', xhr: { status, headers } });
}

/**
 * A fake okta-auth-js: each call takes the next scripted answer. `saved` stands for the transaction in
 * storage (what `canProceed()` reads); `clear()` empties it, as okta-auth-js does.
 */
class FakeClient implements IdxAuthClient {
  readonly options = { issuer: 'https://example.okta.com/oauth2/default' };
  readonly calls: Call[] = [];
  readonly script: Answer[] = [];
  saved = false;
  cleared = 0;
  storedTokens: unknown;
  hooks?: ClientHooks;
  readonly idx = {
    start: (options: Options = {}) => this.take('start', options),
    proceed: (options: Options = {}) => this.take('proceed', options),
    cancel: (options: Options = {}) => this.take('cancel', options),
    canProceed: () => this.saved,
  };
  readonly transactionManager = {
    clear: () => {
      this.cleared += 1;
      this.saved = false;
    },
  };
  readonly tokenManager = { setTokens: (tokens: unknown) => void (this.storedTokens = tokens) };

  then(...answers: Answer[]): this {
    this.script.push(...answers);
    return this;
  }

  private take(method: Call['method'], options: Options): Promise<never> {
    this.calls.push({ method, options });
    const next = this.script.shift();
    if (!next) return new Promise(() => undefined);
    return next(options).then((value) => {
      // A transaction okta-auth-js answered is saved, as run() saves it.
      this.saved = true;
      return value as never;
    }) as Promise<never>;
  }
}

class FakeHost implements FlowDriverHost {
  readonly states: FlowState[] = [];
  readonly events: Event[] = [];
  storeTokens = false;
  requestTimeout = 30_000;
  localizer = defaultLocalizer;
  entry?: FlowEntry;
  publish(state: FlowState): void {
    this.states.push(state);
  }
  emit(event: Event): void {
    this.events.push(event);
  }
  get state(): FlowState {
    return this.states[this.states.length - 1];
  }
  errors(): OktaErrorEvent[] {
    return this.events.filter((e): e is OktaErrorEvent => e.type === 'okta-error');
  }
  named(type: string): Event[] {
    return this.events.filter((e) => e.type === type);
  }
}

/** Lets every promise chain that can move on do so (setImmediate is not mocked). */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setImmediate(resolve));
}

/** Advances mocked time in one-second steps, letting the driver react after each. */
async function advance(ms: number): Promise<void> {
  for (let left = ms; left > 0; left -= 1000) {
    await settle();
    mock.timers.tick(Math.min(1000, left));
    await settle();
  }
}

function setup(options: { ownClient?: boolean; probe?: boolean } = {}) {
  const client = new FakeClient();
  const host = new FakeHost();
  const source = options.ownClient
    ? (hooks: ClientHooks) => {
        client.hooks = hooks;
        return client;
      }
    : client;
  const driver = new FlowDriver(host, source, { probe: async () => options.probe ?? false, pageOrigin: 'http://localhost:8000' });
  return { client, host, driver };
}

/** A driver showing the password challenge, after identify. */
async function atPasswordChallenge(options: { ownClient?: boolean } = {}) {
  const context = setup(options);
  context.client.then(answer(tx(fixtures.identify())), answer(tx(fixtures.challengePassword())));
  await context.driver.begin();
  await context.driver.proceed('identify', { identifier: 'demo@example.com' });
  assert.equal(context.host.state.step?.name, 'challenge-authenticator');
  return context;
}

beforeEach(() => mock.timers.enable({ apis: ['setTimeout', 'Date'] }));
afterEach(() => mock.timers.reset());

describe('FlowDriver: start and resume', () => {
  it('starts a new transaction when none is saved, and announces the first step', async () => {
    const { client, host, driver } = setup();
    client.then(answer(tx(fixtures.identify())));
    await driver.begin();
    assert.deepEqual(client.calls.map((c) => c.method), ['start']);
    assert.equal(host.states[0].status, 'starting');
    assert.equal(host.state.status, 'ready');
    assert.equal(host.state.step?.name, 'identify');
    assert.equal(driver.state, host.state, 'the driver holds the one state it publishes');
    assert.equal((host.named('okta-step-change')[0] as unknown as { step: string }).step, 'identify');
  });

  it('resumes a saved transaction instead of starting one', async () => {
    const { client, host, driver } = setup();
    client.saved = true;
    client.then(answer(tx(fixtures.challengePassword())));
    await driver.begin();
    assert.deepEqual(client.calls.map((c) => c.method), ['proceed']);
    assert.equal(host.state.step?.name, 'challenge-authenticator');
    assert.equal(host.state.user?.identifier, 'demo@example.com');
  });

  it('a saved transaction that expired meanwhile ends as transaction-expired, and "Start over" starts afresh', async () => {
    const { client, host, driver } = setup();
    client.saved = true;
    client.then(answer(tx(fixtures.sessionExpired)));
    await driver.begin();
    assert.deepEqual(client.calls.map((c) => c.method), ['proceed']);
    assert.equal(host.state.status, 'terminal');
    assert.equal(host.state.error?.code, 'transaction-expired');
    assert.deepEqual(host.errors().map((e) => e.code), ['transaction-expired']);
    assert.equal(client.saved, false, 'the dead transaction is cleared from storage');
    client.then(answer(tx(fixtures.identify())));
    await driver.restart();
    assert.deepEqual(client.calls.map((c) => c.method), ['proceed', 'start'], 'nothing to cancel: the server no longer knows it');
    assert.equal(host.state.step?.name, 'identify');
  });

  it('a failed start stops with an error that can be retried', async () => {
    const { client, host, driver } = setup();
    client.then(failure(apiError(503)), answer(tx(fixtures.identify())));
    await driver.begin();
    assert.equal(host.state.status, 'error');
    assert.equal(host.errors()[0].code, 'server-error');
    await driver.retry();
    assert.equal(host.state.step?.name, 'identify');
  });

  it('probes the server only for a failure without a status: cors-error when it answers', async () => {
    const { client, host, driver } = setup({ probe: true });
    client.then(failure(Object.assign(new Error('Failed to fetch'), { name: 'AuthApiError', errorSummary: 'Failed to fetch' })));
    await driver.begin();
    assert.equal(host.errors()[0].code, 'cors-error');
    assert.match(host.state.messages[0].text, /https:\/\/example\.okta\.com refused this page's origin \(http:\/\/localhost:8000\)/);
  });
});

describe('FlowDriver: where the transaction opens (flow, recoveryToken)', () => {
  /** What okta-auth-js's start returns at an identify step that offers recovery. */
  const identifyOfferingRecovery = () => tx(fixtures.identifyWithRecover(), { actions: { 'currentAuthenticator-recover': () => undefined } });

  it('recover: starts, then runs the recover action Okta offers, and shows the recovery', async () => {
    const { client, host, driver } = setup();
    host.entry = { flow: 'recover' };
    client.then(answer(identifyOfferingRecovery()), answer(tx(fixtures.identifyRecovery())));
    await driver.begin();
    assert.deepEqual(client.calls, [
      { method: 'start', options: { useGenericRemediator: true } },
      { method: 'proceed', options: { actions: ['currentAuthenticator-recover'], useGenericRemediator: true } },
    ]);
    assert.equal(host.state.step?.name, 'identify-recovery');
    assert.deepEqual(
      host.named('okta-step-change').map((e) => (e as unknown as { step: string }).step),
      ['identify-recovery'],
      'only the recovery is announced',
    );
  });

  it('unlock: starts, then asks for Okta’s unlock-account step, and shows the unlock form only', async () => {
    const { client, host, driver } = setup();
    host.entry = { flow: 'unlock' };
    client.then(answer(tx(fixtures.identifyWithUnlock())), answer(tx(fixtures.unlockAccount())));
    await driver.begin();
    assert.deepEqual(client.calls, [
      { method: 'start', options: { useGenericRemediator: true } },
      { method: 'proceed', options: { step: 'unlock-account', useGenericRemediator: true } },
    ]);
    assert.equal(host.state.step?.name, 'select-authenticator-unlock-account');
    assert.deepEqual(
      host.named('okta-step-change').map((e) => (e as unknown as { step: string }).step),
      ['select-authenticator-unlock-account'],
      'only the unlock form is announced',
    );
  });

  it('unlock where Okta offers no unlock-account: the sign-in is shown as it is', async () => {
    const { client, host, driver } = setup();
    host.entry = { flow: 'unlock' };
    client.then(answer(tx(fixtures.identify())));
    await driver.begin();
    assert.deepEqual(client.calls.map((c) => c.method), ['start']);
    assert.equal(host.state.step?.name, 'identify');
  });

  it('recover where Okta offers no recover action: the start is shown as it is', async () => {
    const { client, host, driver } = setup();
    host.entry = { flow: 'recover' };
    client.then(answer(tx(fixtures.identify())));
    await driver.begin();
    assert.deepEqual(client.calls.map((c) => c.method), ['start']);
    assert.equal(host.state.step?.name, 'identify');
    assert.equal(host.state.recovering, true);
  });

  it('recover on an identifier-first org: the username reads as the recovery, then the recover action runs when offered', async () => {
    const { client, host, driver } = setup();
    host.entry = { flow: 'recover' };
    const atPassword = tx(fixtures.challengePassword({ recover: true }), { actions: { 'currentAuthenticatorEnrollment-recover': () => undefined } });
    client.then(answer(tx(fixtures.identify())), answer(tx(fixtures.identify(), { requestDidSucceed: false })), answer(atPassword), answer(tx(fixtures.selectToRecover())));
    await driver.begin();
    assert.equal(host.state.step?.name, 'identify');
    assert.equal(host.state.recovering, true, 'the username is asked for as the recovery');
    // A refused username (unknown user) keeps waiting for the recovery.
    await driver.proceed('identify', { identifier: 'nobody@example.com' });
    assert.equal(host.state.recovering, true);
    await driver.proceed('identify', { identifier: 'demo@example.com' });
    assert.deepEqual(client.calls.slice(3), [{ method: 'proceed', options: { actions: ['currentAuthenticatorEnrollment-recover'], useGenericRemediator: true } }]);
    assert.equal(host.state.step?.name, 'select-authenticator-authenticate');
    assert.equal(host.state.recovering, true);
  });

  it('recover stops waiting once an answer neither offers it nor asks for the username: sign-in goes on', async () => {
    const { client, host, driver } = setup();
    host.entry = { flow: 'recover' };
    const atPassword = tx(fixtures.challengePassword({ recover: true }), { actions: { 'currentAuthenticatorEnrollment-recover': () => undefined } });
    client.then(answer(tx(fixtures.identify())), answer(tx(fixtures.challengeEmail())), answer(atPassword));
    await driver.begin();
    await driver.proceed('identify', { identifier: 'demo@example.com' });
    assert.equal(host.state.step?.name, 'challenge-authenticator');
    assert.equal(host.state.recovering, false);
    await driver.proceed('challenge-authenticator', { credentials: { passcode: '123456' } });
    assert.deepEqual(client.calls.map((c) => c.method), ['start', 'proceed', 'proceed'], 'no recover action is run by itself any more');
  });

  it('login (and no entry) never runs the recover action, though it is offered', async () => {
    for (const entry of [{ flow: 'login' as const }, undefined]) {
      const { client, host, driver } = setup();
      host.entry = entry;
      client.then(answer(identifyOfferingRecovery()));
      await driver.begin();
      assert.deepEqual(client.calls.map((c) => c.method), ['start']);
    }
  });

  it('a recovery token goes to the start once; a restart signs in without it', async () => {
    const { client, host, driver } = setup();
    host.entry = { flow: 'recover', recoveryToken: 'rt-1' };
    client.then(answer(tx(fixtures.resetPassword())), answer(tx(fixtures.identify())), answer(tx(fixtures.identify())));
    await driver.begin();
    assert.deepEqual(client.calls[0], { method: 'start', options: { useGenericRemediator: true, recoveryToken: 'rt-1' } });
    assert.equal(host.state.step?.name, 'reset-authenticator');
    await driver.restart();
    assert.deepEqual(client.calls.map((c) => c.method), ['start', 'cancel', 'start']);
    assert.deepEqual(client.calls[2].options, { useGenericRemediator: true });
  });

  it('a start that failed keeps the entry for "Try again"', async () => {
    const { client, host, driver } = setup();
    host.entry = { recoveryToken: 'rt-2' };
    client.then(failure(apiError(500)), answer(tx(fixtures.resetPassword())));
    await driver.begin();
    assert.equal(host.state.status, 'error');
    await driver.retry();
    assert.deepEqual(client.calls.map((c) => c.options.recoveryToken), ['rt-2', 'rt-2']);
    assert.equal(host.state.step?.name, 'reset-authenticator');
  });

  it('a recovery token goes to the start even when a transaction is saved (okta-auth-js resumes it only if the token started it)', async () => {
    const { client, host, driver } = setup();
    client.saved = true;
    host.entry = { recoveryToken: 'rt-3' };
    client.then(answer(tx(fixtures.resetPassword())));
    await driver.begin();
    assert.deepEqual(client.calls, [{ method: 'start', options: { useGenericRemediator: true, recoveryToken: 'rt-3' } }]);
    assert.equal(host.state.step?.name, 'reset-authenticator');
  });

  it('begin(fresh) forgets a saved transaction instead of resuming it', async () => {
    const { client, host, driver } = setup();
    client.saved = true;
    host.entry = { flow: 'recover' };
    client.then(answer(identifyOfferingRecovery()), answer(tx(fixtures.identifyRecovery())));
    await driver.begin(true);
    assert.equal(client.cleared, 1);
    assert.deepEqual(client.calls.map((c) => c.method), ['start', 'proceed']);
  });
});

describe('FlowDriver: submit', () => {
  it('sends nested values with the step, shows "submitting" meanwhile, then the next step', async () => {
    const { client, host, driver } = setup();
    client.then(answer(tx(fixtures.identify())), answer(tx(fixtures.challengePassword())));
    await driver.begin();
    const sent = driver.proceed('identify', { identifier: 'demo@example.com', rememberMe: false });
    assert.equal(host.state.status, 'submitting');
    await sent;
    assert.deepEqual(client.calls[1], {
      method: 'proceed',
      options: { identifier: 'demo@example.com', rememberMe: false, step: 'identify', useGenericRemediator: true },
    });
    assert.equal(host.state.status, 'ready');
    assert.equal(host.state.step?.name, 'challenge-authenticator');
  });

  it('adds the values the server fixed inside nested forms', async () => {
    const { client, driver } = setup();
    client.saved = true;
    client.then(answer(tx(fixtures.challengeSecurityQuestion())), answer(tx(fixtures.identify())));
    await driver.begin();
    await driver.proceed('challenge-authenticator', { 'credentials.answer': 'Rome' });
    assert.deepEqual(client.calls[1].options.credentials, { questionKey: 'favorite_vacation_location', answer: 'Rome' });
  });

  it('never sends a field named to reach a prototype', async () => {
    const { client, driver } = setup();
    client.then(answer(tx(fixtures.identify())), answer(tx(fixtures.identify())));
    await driver.begin();
    await driver.proceed('identify', { identifier: 'a', '__proto__.polluted': 'yes', 'constructor.prototype.polluted': 'yes' });
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.deepEqual(Object.keys(client.calls[1].options).sort(), ['identifier', 'step', 'useGenericRemediator']);
  });

  it('a refusal re-presents the step with the field message and announces no new step', async () => {
    const { client, host, driver } = await atPasswordChallenge();
    client.then(answer(tx(fixtures.challengePassword({ wrongPassword: true }), { requestDidSucceed: false })));
    const announced = host.named('okta-step-change').length;
    await driver.proceed('challenge-authenticator', { 'credentials.passcode': 'wrong' });
    assert.equal(host.state.status, 'ready');
    assert.equal(host.state.step?.fields[0].messages[0].key, 'incorrectPassword');
    assert.equal(host.named('okta-step-change').length, announced);
  });

  it('ignores a second submit while one is in flight', async () => {
    const { client, driver } = await atPasswordChallenge();
    client.then(silence);
    void driver.proceed('challenge-authenticator', { 'credentials.passcode': 'a' });
    await settle();
    await driver.proceed('challenge-authenticator', { 'credentials.passcode': 'b' });
    assert.equal(client.calls.filter((c) => c.method === 'proceed').length, 2, 'identify and one password submit');
  });

  it('hands tokens to the app, and to the token manager only when asked', async () => {
    const { client, host, driver } = await atPasswordChallenge();
    const tokens = { accessToken: { accessToken: 'a' } };
    client.then(answer({ status: 'SUCCESS', tokens }));
    await driver.proceed('challenge-authenticator', { 'credentials.passcode': 'right' });
    assert.equal(host.state.status, 'success');
    assert.equal((host.named('okta-success')[0] as unknown as { tokens: unknown }).tokens, tokens);
    assert.equal(client.storedTokens, undefined);
  });

  it('a non-IDX body keeps the step on screen with the failure', async () => {
    const { client, host, driver } = await atPasswordChallenge();
    client.then(answer(tx({ errorSummary: 'Bad gateway' } as RawIdxResponse, { status: 'PENDING' })));
    await driver.proceed('challenge-authenticator', { 'credentials.passcode': 'x' });
    assert.equal(host.state.status, 'ready');
    assert.equal(host.state.step?.name, 'challenge-authenticator');
    assert.equal(host.errors()[0].code, 'server-error');
  });

  it('shows another offered step without a request', async () => {
    const { client, host, driver } = setup();
    client.saved = true;
    client.then(answer(tx(fixtures.challengeEmail())));
    await driver.begin();
    const calls = client.calls.length;
    driver.showStep('select-authenticator-authenticate');
    assert.equal(host.state.step?.name, 'select-authenticator-authenticate');
    assert.equal(host.state.poll, undefined);
    assert.equal(client.calls.length, calls);
  });
});

describe('FlowDriver: polling', () => {
  const pushWithRefresh = (refresh: unknown) => {
    const raw = fixtures.challengeOktaVerifyPush();
    const [first, ...rest] = raw.remediation!.value!;
    return { ...raw, remediation: { value: [{ ...first, refresh }, ...rest] } } as RawIdxResponse;
  };
  const polls = (client: FakeClient) => client.calls.filter((c) => c.options.step === 'challenge-poll').length;

  it('polls every 4 s when refresh is "abc", keeping the state while the server still waits', async () => {
    const { client, host, driver } = setup();
    client.saved = true;
    const waiting = pushWithRefresh('abc');
    client.then(answer(tx(waiting)), answer(tx(waiting)), answer(tx(waiting)));
    await driver.begin();
    const shown = host.state;
    await advance(3000);
    assert.equal(polls(client), 0);
    await advance(1000);
    assert.equal(polls(client), 1);
    assert.equal(host.state, shown, 'a poll that still waits publishes nothing');
    await advance(4000);
    assert.equal(polls(client), 2);
  });

  it('waits 60 s, not 3e9 ms nor hundreds of times a second, when refresh is 3e9', async () => {
    const { client, driver } = setup();
    client.saved = true;
    client.then(answer(tx(pushWithRefresh(3e9))), answer(tx(pushWithRefresh(3e9))));
    await driver.begin();
    await advance(59_000);
    assert.equal(polls(client), 0);
    await advance(1000);
    assert.equal(polls(client), 1);
  });

  it('applies the answer once the server moved on', async () => {
    const { client, host, driver } = setup();
    client.saved = true;
    client.then(answer(tx(fixtures.challengeOktaVerifyPush())), answer({ status: 'SUCCESS', tokens: { idToken: {} } }));
    await driver.begin();
    await advance(4000);
    assert.equal(host.state.status, 'success');
  });

  it('a submit cancels the poll timer', async () => {
    const { client, driver } = setup();
    client.saved = true;
    client.then(answer(tx(fixtures.challengeOktaVerifyPush())), silence);
    await driver.begin();
    void driver.proceed('select-authenticator-authenticate', { authenticator: { id: 'aut-email' } });
    await advance(8000);
    assert.equal(polls(client), 0);
  });
});

describe('FlowDriver: restart and removal', () => {
  it('restart cancels a live transaction, clears it and starts a new one', async () => {
    const { client, host, driver } = await atPasswordChallenge();
    client.then(answer(tx(fixtures.identify())), answer(tx(fixtures.identify())));
    await driver.restart();
    assert.deepEqual(client.calls.slice(-2).map((c) => c.method), ['cancel', 'start']);
    assert.ok(client.cleared >= 1);
    assert.equal(host.state.step?.name, 'identify');
    assert.equal(host.state.user, undefined);
  });

  it('restart while a request is in flight aborts it (own client) and ignores its late answer', async () => {
    const { client, host, driver } = await atPasswordChallenge({ ownClient: true });
    let late!: (value: unknown) => void;
    client.then(() => new Promise((resolve) => (late = resolve)));
    const signal = client.hooks!.signal();
    void driver.proceed('challenge-authenticator', { 'credentials.passcode': 'x' });
    await settle();
    client.then(answer(tx(fixtures.identify())), answer(tx(fixtures.identify())));
    const restarted = driver.restart();
    assert.equal(signal.aborted, true);
    late({ status: 'SUCCESS', tokens: {} });
    await restarted;
    await settle();
    assert.equal(host.state.step?.name, 'identify');
    assert.equal(host.named('okta-success').length, 0);
  });

  it('stop() mid-request aborts it, and nothing is published or fired afterwards', async () => {
    const { client, host, driver } = await atPasswordChallenge({ ownClient: true });
    let late!: (value: unknown) => void;
    client.then(() => new Promise((resolve) => (late = resolve)));
    const signal = client.hooks!.signal();
    void driver.proceed('challenge-authenticator', { 'credentials.passcode': 'x' });
    await settle();
    const published = host.states.length;
    const fired = host.events.length;
    driver.stop();
    assert.equal(signal.aborted, true);
    late({ status: 'SUCCESS', tokens: {} });
    await advance(60_000);
    assert.equal(host.states.length, published);
    assert.equal(host.events.length, fired);
    assert.equal(client.cleared, 0, 'a transaction with a step on screen stays, for a reload or a re-add');
  });

  it('stop() after the flow ended clears what it left in storage', async () => {
    const { client, driver } = await atPasswordChallenge();
    client.then(answer({ status: 'SUCCESS', tokens: {} }));
    await driver.proceed('challenge-authenticator', { 'credentials.passcode': 'right' });
    const before = client.cleared;
    driver.stop();
    assert.equal(client.cleared, before + 1);
  });

  it('an expired transaction fires transaction-expired and is cleared from storage', async () => {
    const { client, host, driver } = await atPasswordChallenge();
    client.then(answer(tx(fixtures.sessionExpired)));
    await driver.proceed('challenge-authenticator', { 'credentials.passcode': 'x' });
    assert.equal(host.state.status, 'terminal');
    assert.equal(host.errors()[0].code, 'transaction-expired');
    assert.equal(client.saved, false);
    assert.equal(client.cleared, 1);
  });
});

describe('FlowDriver: a server that never answers', () => {
  it('times a submit out: the step stays with the message, okta-error fires, the person can resubmit', async () => {
    const { client, host, driver } = await atPasswordChallenge({ ownClient: true });
    host.requestTimeout = 5000;
    client.then(silence);
    const signal = client.hooks!.signal();
    void driver.proceed('challenge-authenticator', { 'credentials.passcode': 'typed' });
    await advance(4000);
    assert.equal(host.state.status, 'submitting');
    await advance(1000);
    assert.equal(signal.aborted, true, 'the fetch of the element’s own client is aborted');
    assert.equal(host.state.status, 'ready');
    assert.equal(host.state.step?.name, 'challenge-authenticator');
    assert.equal(host.state.messages[0].text, 'The sign-in service did not answer in time. Check your connection, then try again.');
    assert.equal(host.errors().at(-1)?.code, 'timeout');
    client.then(answer({ status: 'SUCCESS', tokens: {} }));
    await driver.proceed('challenge-authenticator', { 'credentials.passcode': 'typed' });
    assert.equal(host.state.status, 'success');
  });

  it('times the start out with Try again, which starts again', async () => {
    const { client, host, driver } = setup();
    client.then(silence, answer(tx(fixtures.identify())));
    void driver.begin();
    await advance(30_000);
    assert.equal(host.state.status, 'error');
    assert.equal(host.errors()[0].code, 'timeout');
    await driver.retry();
    assert.equal(host.state.step?.name, 'identify');
  });

  it('ignores the late answer of an app’s client that cannot be aborted', async () => {
    const { client, host, driver } = await atPasswordChallenge();
    host.requestTimeout = 2000;
    let late!: (value: unknown) => void;
    client.then(() => new Promise((resolve) => (late = resolve)));
    void driver.proceed('challenge-authenticator', { 'credentials.passcode': 'x' });
    await advance(2000);
    assert.equal(host.errors().at(-1)?.code, 'timeout');
    late({ status: 'SUCCESS', tokens: {} });
    await settle();
    assert.equal(host.state.status, 'ready');
    assert.equal(host.named('okta-success').length, 0);
  });

  it('a restart after a timeout does not wait for the answer that never comes', async () => {
    const { client, host, driver } = await atPasswordChallenge();
    host.requestTimeout = 1000;
    client.then(silence);
    void driver.proceed('challenge-authenticator', { 'credentials.passcode': 'x' });
    await advance(1000);
    client.then(answer(tx(fixtures.identify())), answer(tx(fixtures.identify())));
    await driver.restart();
    assert.equal(host.state.step?.name, 'identify');
  });
});

describe('FlowDriver: a failed token exchange', () => {
  for (const [what, error, code] of [
    ['a 500 from /v1/token', apiError(500), 'server-error'],
    [
      'an ID token that fails validation',
      Object.assign(new Error('The JWT signature is invalid'), { name: 'AuthSdkError', errorSummary: 'The JWT signature is invalid' }),
      'token-error',
    ],
  ] as const) {
    it(`${what}: says what failed, and the next attempt starts a fresh transaction`, async () => {
      const { client, host, driver } = await atPasswordChallenge();
      client.then(() => {
        // okta-auth-js clears its transaction in exchangeCodeForTokens' finally.
        client.transactionManager.clear();
        return Promise.reject(error);
      });
      await driver.proceed('challenge-authenticator', { 'credentials.passcode': 'right' });
      assert.equal(host.state.status, 'error');
      const stepAfterFailure = host.state.step;
      assert.equal(stepAfterFailure, undefined, 'the step that can no longer be sent is gone');
      assert.match(host.state.messages[0].text, /Start over to sign in again\.$/);
      assert.equal(host.errors().at(-1)?.code, code);
      client.then(answer(tx(fixtures.identify())));
      await driver.retry();
      assert.equal(client.calls.at(-1)?.method, 'start', 'a fresh transaction, not "saved transaction could not be loaded"');
      assert.equal(host.state.step?.name, 'identify');
    });
  }

  it('a failure that leaves the transaction usable keeps the step', async () => {
    const { client, host, driver } = await atPasswordChallenge();
    client.then(failure(apiError(500)));
    await driver.proceed('challenge-authenticator', { 'credentials.passcode': 'x' });
    assert.equal(host.state.status, 'ready');
    assert.equal(host.state.step?.name, 'challenge-authenticator');
  });
});

describe('FlowDriver: HTTP 429 with Retry-After', () => {
  it('counts down each second, refuses submits until then, then lets the person resubmit', async () => {
    const { client, host, driver } = await atPasswordChallenge();
    client.then(failure(apiError(429, { 'Retry-After': '3' })));
    await driver.proceed('challenge-authenticator', { 'credentials.passcode': 'x' });
    assert.equal(host.errors().at(-1)?.code, 'rate-limited');
    assert.equal(host.state.retryAfter, Date.now() + 3000);
    assert.deepEqual(host.state.messages.map((m) => m.text), ['Too many requests. Try again in 3 s.']);
    const sent = client.calls.length;
    await driver.proceed('challenge-authenticator', { 'credentials.passcode': 'x' });
    assert.equal(client.calls.length, sent, 'refused while the countdown runs');
    await advance(1000);
    assert.deepEqual(host.state.messages.map((m) => m.text), ['Too many requests. Try again in 2 s.']);
    await advance(1000);
    assert.deepEqual(host.state.messages.map((m) => m.text), ['Too many requests. Try again in 1 s.']);
    await advance(1000);
    assert.equal(host.state.retryAfter, undefined);
    assert.deepEqual(host.state.messages, []);
    client.then(answer({ status: 'SUCCESS', tokens: {} }));
    await driver.proceed('challenge-authenticator', { 'credentials.passcode': 'x' });
    assert.equal(host.state.status, 'success');
  });

  it('reads Retry-After through the element’s own client when okta-auth-js turns the 429 into an IDX answer', async () => {
    const { client, host, driver } = setup({ ownClient: true });
    client.saved = true;
    client.then(answer(tx(fixtures.verificationDataPhone())), () => {
      client.hooks!.onResponse(429, { 'retry-after': '2' });
      return Promise.resolve(tx(fixtures.verificationDataPhone({ rateLimited: true }), { requestDidSucceed: false }));
    });
    await driver.begin();
    await driver.proceed('authenticator-verification-data', { 'authenticator.methodType': 'sms' });
    assert.equal(host.state.retryAfter, Date.now() + 2000);
    assert.deepEqual(host.state.messages.map((m) => m.text), [
      'You have reached the limit of sms requests, please try again later.',
      'Too many requests. Try again in 2 s.',
    ]);
    await advance(2000);
    assert.equal(host.state.retryAfter, undefined);
    assert.deepEqual(host.state.messages.map((m) => m.text), ['You have reached the limit of sms requests, please try again later.']);
  });

  it('a 429 with only Okta’s X-Rate-Limit-Reset counts down to it', async () => {
    const { client, host, driver } = await atPasswordChallenge();
    client.then(failure(apiError(429, { 'x-rate-limit-reset': String(Math.floor(Date.now() / 1000) + 4) })));
    await driver.proceed('challenge-authenticator', { 'credentials.passcode': 'x' });
    assert.equal(host.state.retryAfter, Date.now() + 4000);
    assert.equal(host.state.messages[0].text, 'Too many requests. Try again in 4 s.');
  });

  it('X-Rate-Limit-Reset on an answer that is not a 429 starts no countdown', async () => {
    const { client, host, driver } = await atPasswordChallenge();
    client.then(failure(apiError(500, { 'x-rate-limit-reset': String(Math.floor(Date.now() / 1000) + 60), 'retry-after': '60' })));
    await driver.proceed('challenge-authenticator', { 'credentials.passcode': 'x' });
    assert.equal(host.state.retryAfter, undefined);
    assert.equal(host.errors().at(-1)?.code, 'server-error');
  });

  it('a 429 without Retry-After is rate-limited with no countdown', async () => {
    const { client, host, driver } = await atPasswordChallenge();
    client.then(failure(apiError(429)));
    await driver.proceed('challenge-authenticator', { 'credentials.passcode': 'x' });
    assert.equal(host.errors().at(-1)?.code, 'rate-limited');
    assert.equal(host.state.retryAfter, undefined);
    assert.equal(host.state.messages[0].text, 'Too many requests. Wait a minute, then try again.');
  });

  it('Try again waits for the countdown when the start was refused', async () => {
    const { client, host, driver } = setup();
    client.then(failure(apiError(429, { 'retry-after': '2' })), answer(tx(fixtures.identify())));
    await driver.begin();
    assert.equal(host.state.status, 'error');
    await driver.retry();
    assert.equal(client.calls.length, 1, 'refused while the countdown runs');
    await advance(2000);
    await driver.retry();
    assert.equal(host.state.step?.name, 'identify');
  });

  it('a restart during the countdown stops it', async () => {
    const { client, host, driver } = await atPasswordChallenge();
    client.then(failure(apiError(429, { 'retry-after': '5' })));
    await driver.proceed('challenge-authenticator', { 'credentials.passcode': 'x' });
    client.then(answer(tx(fixtures.identify())), answer(tx(fixtures.identify())));
    await driver.restart();
    const published = host.states.length;
    await advance(6000);
    assert.equal(host.states.length, published, 'no tick after the restart');
    assert.equal(host.state.retryAfter, undefined);
  });
});

/**
 * What okta-auth-js 8.0.1 really returns or throws for Okta's answers (produced by running it, see
 * test/unit/state/okta-auth-js-errors.ts), handed to the driver as the app's client would.
 */
describe('FlowDriver: what okta-auth-js gives for Okta’s real answers', () => {
  const thrown: Record<string, unknown> = {};
  before(async () => {
    thrown.expiredOnStart = await startFailure({ status: 401, body: fixtures.sessionExpired });
    thrown.deniedOnStart = await startFailure({ status: 403, body: fixtures.accessDenied });
    thrown.rateLimitedOnStart = await startFailure({ status: 429, body: fixtures.rateLimitError, contentType: 'application/json' });
    thrown.gatewayOnIdentify = (await identifyOutcome({ status: 502, body: '<html>Bad gateway</html>', contentType: 'text/html' })).error;
    const denied = await identifyOutcome({ status: 403, body: fixtures.accessDenied });
    thrown.deniedOnIdentify = denied.tx;
    const limited = await identifyOutcome({ status: 429, body: fixtures.rateLimitError, contentType: 'application/json' });
    thrown.rateLimitedOnIdentify = limited.tx;
    const expired = await identifyOutcome({ status: 401, body: fixtures.sessionExpired });
    thrown.expiredOnIdentify = expired.tx;
  });

  it('the real objects are what the cases below assume', () => {
    const expired = thrown.expiredOnStart as { name: string; message: string; xhr: { status: number } };
    assert.equal(expired.name, 'AuthApiError');
    assert.equal(expired.message, '', 'ion+json: okta-auth-js did not read the body');
    assert.equal(expired.xhr.status, 401);
    assert.equal((thrown.deniedOnIdentify as { status: string }).status, 'TERMINAL', 'a remediation POST reads ion+json');
    assert.equal((thrown.expiredOnIdentify as { status: string }).status, 'TERMINAL');
    assert.equal((thrown.gatewayOnIdentify as Error).name, 'SyntaxError');
  });

  it('on start, an expired transaction that okta-auth-js throws is transaction-expired with the server’s message', async () => {
    const { client, host, driver } = setup();
    client.then(failure(thrown.expiredOnStart));
    await driver.begin();
    assert.equal(host.state.status, 'terminal');
    assert.equal(host.state.error?.code, 'transaction-expired');
    assert.deepEqual(host.errors().map((e) => e.code), ['transaction-expired']);
    assert.deepEqual(host.state.messages.map((m) => m.text), ['The session has expired.']);
    assert.equal(client.cleared, 1);
  });

  it('on resume after a reload, the same', async () => {
    const { client, host, driver } = setup();
    client.saved = true;
    client.then(failure(thrown.expiredOnStart));
    await driver.begin();
    assert.deepEqual(client.calls.map((c) => c.method), ['proceed']);
    assert.equal(host.state.status, 'terminal');
    assert.deepEqual(host.errors().map((e) => e.code), ['transaction-expired']);
    assert.equal(client.saved, false);
  });

  it('mid-flow, whether okta-auth-js returns a TERMINAL transaction or throws', async () => {
    for (const outcome of [answer(thrown.expiredOnIdentify), failure(thrown.expiredOnStart)]) {
      const { client, host, driver } = await atPasswordChallenge();
      client.then(outcome);
      await driver.proceed('challenge-authenticator', { 'credentials.passcode': 'x' });
      assert.equal(host.state.status, 'terminal');
      assert.deepEqual(host.errors().map((e) => e.code), ['transaction-expired']);
      assert.equal(host.state.step, undefined, 'no form in a dead transaction');
    }
  });

  it('access denied (403) is a terminal access-denied with Okta’s message, returned or thrown', async () => {
    for (const [outcome, when] of [
      [answer(thrown.deniedOnIdentify), 'identify'],
      [failure(thrown.deniedOnStart), 'start'],
    ] as const) {
      const { client, host, driver } = setup();
      if (when === 'start') client.then(outcome);
      else client.then(answer(tx(fixtures.identify())), outcome);
      await driver.begin();
      if (when === 'identify') await driver.proceed('identify', { identifier: 'demo@example.com' });
      assert.equal(host.state.status, 'terminal', when);
      const [event] = host.errors();
      assert.equal(event.code, 'access-denied', when);
      assert.equal(event.message, 'You do not have permission to perform the requested action.');
      assert.equal(host.state.error?.code, 'access-denied');
      assert.equal(client.saved, false, 'nothing left to resume');
    }
  });

  it('a user not assigned to the app (terminal, no i18n key) is access-denied with the server’s sentence', async () => {
    const { client, host, driver } = setup();
    client.then(answer(tx(fixtures.identify())), answer(tx(fixtures.userNotAssigned)));
    await driver.begin();
    await driver.proceed('identify', { identifier: 'someone@example.com' });
    assert.equal(host.state.status, 'terminal');
    assert.deepEqual(host.errors().map((e) => [e.code, e.message]), [['access-denied', 'User is not assigned to this application.']]);
  });

  it('a terminal answer without an error is no failure', async () => {
    const { client, host, driver } = setup();
    const done = { version: '1.0.0', messages: { value: [{ message: 'Your password was reset.', class: 'INFO' }] } };
    client.then(answer(tx(done)));
    await driver.begin();
    assert.equal(host.state.status, 'terminal');
    assert.equal(host.state.error, undefined);
    assert.equal(host.errors().length, 0);
  });

  it('429 E0000047 on identify through the app’s client (no headers to read): rate-limited, the step and what was typed stay', async () => {
    const { client, host, driver } = setup();
    client.then(answer(tx(fixtures.identify())), answer(thrown.rateLimitedOnIdentify));
    await driver.begin();
    await driver.proceed('identify', { identifier: 'demo@example.com' });
    assert.equal(host.state.status, 'ready');
    assert.equal(host.state.step?.name, 'identify');
    assert.deepEqual(host.errors().map((e) => e.code), ['rate-limited']);
    assert.deepEqual(host.state.messages.map((m) => m.text), ['Too many requests. Wait a minute, then try again.']);
  });

  it('429 E0000047 through the element’s own client: the countdown from X-Rate-Limit-Reset', async () => {
    const { client, host, driver } = setup({ ownClient: true });
    client.then(answer(tx(fixtures.identify())), () => {
      client.hooks!.onResponse(429, { 'content-type': 'application/json', 'x-rate-limit-reset': String(Math.floor(Date.now() / 1000) + 30) });
      return Promise.resolve(thrown.rateLimitedOnIdentify);
    });
    await driver.begin();
    await driver.proceed('identify', { identifier: 'demo@example.com' });
    assert.equal(host.state.retryAfter, Date.now() + 30_000);
    assert.deepEqual(host.state.messages.map((m) => m.text), ['Too many requests. Try again in 30 s.']);
  });

  it('429 E0000047 on start: okta-auth-js throws with its summary and headers; rate-limited, "Try again" waits', async () => {
    const { client, host, driver } = setup();
    client.then(failure(thrown.rateLimitedOnStart));
    await driver.begin();
    assert.equal(host.state.status, 'error');
    assert.deepEqual(host.errors().map((e) => e.code), ['rate-limited']);
  });

  it('Okta’s tooManyRequests IDX document keeps the step instead of ending the flow', async () => {
    const { client, host, driver } = await atPasswordChallenge();
    const document = { version: '1.0.0', messages: { type: 'array', value: [{ message: 'Too many requests', i18n: { key: 'tooManyRequests' }, class: 'ERROR' }] } };
    client.then(failure(Object.assign(new Error(''), { name: 'AuthApiError', xhr: { status: 429, headers: { 'content-type': ION }, responseText: JSON.stringify(document) } })));
    await driver.proceed('challenge-authenticator', { 'credentials.passcode': 'x' });
    assert.equal(host.state.status, 'ready');
    assert.equal(host.state.step?.name, 'challenge-authenticator');
    assert.equal(client.cleared, 0, 'the transaction is kept');
    assert.deepEqual(host.errors().map((e) => e.code), ['rate-limited']);
  });

  it('an HTML page from a gateway where IDX was expected is a server error, and the step stays', async () => {
    const { client, host, driver } = await atPasswordChallenge();
    client.then(failure(thrown.gatewayOnIdentify));
    await driver.proceed('challenge-authenticator', { 'credentials.passcode': 'x' });
    assert.equal(host.state.status, 'ready');
    assert.deepEqual(host.errors().map((e) => e.code), ['server-error']);
  });
});
