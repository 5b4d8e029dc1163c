import type { IdxTransaction } from '@okta/okta-auth-js/idx';
import { initialFlowState, type FlowMessage, type FlowState } from '../state/flow-state.js';
import { idxToState } from '../state/idx-to-state.js';
import { nestValues } from '../state/nest-values.js';
import type { RawIdxResponse } from '../state/raw-idx.js';
import { rateLimitEnds } from '../state/retry-after.js';
import {
  classifyError,
  errorHeaders,
  idxBodyOf,
  isTerminalDocument,
  needsReachabilityProbe,
  noTokensIssued,
  rateLimitedFor,
  terminalOutcome,
  transactionLost,
  unusableAnswer,
} from '../state/classify-error.js';
import type { Localizer } from '../i18n/localize.js';
import type { ClientHooks, IdxAuthClient } from './auth-client.js';
import { requestTimeoutMs, withTimeout, type TimedRequest } from './request-timeout.js';
import { serverAnswers } from './server-answers.js';
import { Countdown } from './countdown.js';
import { entryToken, offersIdentify, openingStep, resumeServes, type FlowEntry } from './flow-entry.js';
import { OktaSuccessEvent } from '../events/okta-success.js';
import { OktaErrorEvent, type OktaErrorDetail } from '../events/okta-error.js';
import { OktaStepChangeEvent } from '../events/okta-step-change.js';
import type { StepValues } from '../events/okta-proceed.js';
import type { Landing } from './callback.js';

/** What the driver needs from the element that owns it. */
export interface FlowDriverHost {
  /** Publishes a new immutable state. */
  publish(state: FlowState): void;
  /** Dispatches an event from the element. */
  emit(event: Event): void;
  /** Whether tokens should be handed to the SDK's token manager as well as to the event. */
  readonly storeTokens: boolean;
  /** Milliseconds a request may take before the person is told (anything not > 0: the default). */
  readonly requestTimeout: number;
  /** The language and the app's strings of the moment, for the driver's own sentences. */
  readonly localizer: Localizer;
  /** Where the first transaction opens (sign-in when absent). */
  readonly entry?: FlowEntry;
}

export type { FlowEntry } from './flow-entry.js';

/** The client an app passes in, or how to build the element's own with the driver's signal. */
export type ClientSource = IdxAuthClient | ((hooks: ClientHooks) => IdxAuthClient);

export interface FlowDriverOptions {
  /** Whether the issuer answers at all, to tell CORS from a network failure (replaced in tests). */
  readonly probe?: (issuer: string | undefined) => Promise<boolean>;
  /** This page's origin, named in the CORS message. */
  readonly pageOrigin?: string;
}

/**
 * The one owner of the request lifecycle: the IDX transaction (started, resumed, restarted), the abort
 * controller of the element's own client, the request in flight and its deadline, polling and the
 * `Retry-After` countdown. It holds the only state; the element forwards intents and publishes what
 * the driver sets. Work started before `stop()` is ignored when it finishes, so a removed element never
 * publishes or fires again.
 */
export class FlowDriver {
  readonly client: IdxAuthClient;
  private snapshot: FlowState = initialFlowState;
  private generation = 0;
  private lastTransaction?: IdxTransaction;
  private inflight: Promise<void> = Promise.resolve();
  private controller = new AbortController();
  private request?: TimedRequest<unknown>;
  private pollTimer?: ReturnType<typeof setTimeout>;
  private readonly countdown = new Countdown();
  /** The poll of the last answer's own step, resumed when that step is shown again after another (see showStep). */
  private answeredPoll?: FlowState['poll'];
  /** Set once a transaction opened where the host's `entry` asked (or a restart chose sign-in instead). */
  private entryTaken = false;
  /**
   * A recovery asked for where Okta offers no `recover` action yet (an identifier-first org): the username
   * is asked for as "Reset your password", and the recover action runs as soon as an answer offers it.
   */
  private recoverPending = false;
  /** Headers of the last answer if it was a 429, as the element's own client saw them (okta-auth-js drops them for IDX). */
  private rateLimitHeaders?: Readonly<Record<string, string>>;

  constructor(
    private readonly host: FlowDriverHost,
    client: ClientSource,
    private readonly options: FlowDriverOptions = {},
  ) {
    this.client =
      typeof client === 'function'
        ? client({
            signal: () => this.controller.signal,
            onResponse: (status, headers) => {
              if (status === 429) this.rateLimitHeaders = headers;
            },
          })
        : client;
  }

  /** The state the element publishes. */
  get state(): FlowState {
    return this.snapshot;
  }

  /** Resumes a saved transaction (after a reload or a re-add) or starts a new one; `fresh`: never resumes. */
  async begin(fresh = false): Promise<void> {
    const generation = await this.takeOver();
    if (generation === undefined) return;
    if (fresh) this.forgetTransaction();
    // A reset link's (or an invitation's) token goes to the start even when a transaction is saved: okta-auth-js
    // resumes the saved one only if that token started it, and otherwise starts the link's (not an older sign-in).
    const tokenPending = !this.entryTaken && !!entryToken(this.host.entry);
    try {
      if (this.client.idx.canProceed() && !tokenPending) {
        // A saved transaction that expired meanwhile ends as any expired one: "Start over", `transaction-expired`.
        const resumed = await this.send(() => this.client.idx.proceed({ useGenericRemediator: true }));
        if (generation !== this.generation) return;
        // A recovery, unlock or registration page opened in a tab where a sign-in was left half-way opens what
        // it asks for, not that sign-in (see resumeServes).
        const flow = this.entryTaken ? undefined : this.host.entry?.flow;
        if (!resumeServes(flow, resumed)) {
          this.forgetTransaction();
          await this.startFresh(generation);
          return;
        }
        await this.apply(resumed, generation);
        return;
      }
      await this.startFresh(generation);
    } catch (error) {
      if (generation === this.generation) await this.fail(error, generation, true);
    }
  }

  /** Sends a step's values; ignored while another request is in flight or the server asked to wait. */
  async proceed(step: string, values: StepValues): Promise<void> {
    if (this.snapshot.status !== 'ready' || this.mustWait()) return;
    const generation = this.generation;
    const remediation = this.snapshot.steps.find((s) => s.name === step);
    const isAction = !remediation && !!this.lastTransaction?.actions?.[step];
    this.set({ ...this.snapshot, status: 'submitting', error: undefined });
    this.cancelPoll();
    // A poll may be on the wire: let it settle so two requests never race on one transaction.
    await this.inflight;
    if (generation !== this.generation) return;
    try {
      const answered = await this.send(() =>
        this.client.idx.proceed(
          isAction
            ? { actions: [step], useGenericRemediator: true }
            : { ...nestValues({ ...remediation?.fixed, ...values }), step, useGenericRemediator: true },
        ),
      );
      if (generation !== this.generation) return;
      const tx = this.recoverPending ? await this.continueRecovery(answered) : answered;
      if (generation === this.generation) await this.apply(tx, generation);
    } catch (error) {
      if (generation === this.generation) await this.fail(error, generation, false);
    }
  }

  /**
   * Finishes what a redirect back to this page carries (an identity provider's answer, the email link: see
   * callback.ts) instead of resuming or starting: the tokens, the step Okta asks for after the provider, or the
   * code to type where the person started. Its handling and words arrive on demand (callback-on-demand.ts).
   */
  async land(landing: Landing): Promise<void> {
    const generation = await this.takeOver();
    if (generation === undefined) return;
    try {
      const { handleLanding } = await import('./callback-on-demand.js');
      const outcome = await handleLanding(landing, this.client, (request) => this.send(request), this.host.localizer);
      if (generation !== this.generation) return;
      if ('failure' in outcome) this.failWith(outcome.failure, generation, true);
      else if ('end' in outcome) this.set(idxToState(outcome.end, this.snapshot.revision + 1));
      else {
        await this.apply(outcome.tx, generation);
        // The provider refused, the saved sign-in goes on: its step, with why on top.
        if (outcome.notice && generation === this.generation && this.snapshot.status === 'ready') {
          const messages = [{ text: outcome.notice.message, level: 'error' as const }, ...this.snapshot.messages];
          this.set({ ...this.snapshot, messages, error: outcome.notice });
          this.host.emit(new OktaErrorEvent(outcome.notice));
        }
      }
    } catch (error) {
      if (generation === this.generation) await this.fail(error, generation, true);
    }
  }

  /** "Try again" after a failure that stopped the flow: resumes what can be resumed, else starts afresh. */
  async retry(): Promise<void> {
    if (this.mustWait()) return;
    await this.begin();
  }

  /** Cancels the transaction (when the server still knows it) and starts a new one, never resuming. */
  async restart(): Promise<void> {
    const wasLive = this.snapshot.status === 'ready' || this.snapshot.status === 'submitting';
    const generation = await this.takeOver();
    if (generation === undefined) return;
    if (wasLive && this.lastTransaction) await this.send(() => this.client.idx.cancel()).catch(() => undefined);
    if (generation !== this.generation) return;
    // Whether or not the server heard the cancel, nothing of the old transaction may be resumed.
    this.forgetTransaction();
    // "Back to sign in" means sign-in, whatever the first transaction opened at (and a recovery token is spent).
    this.entryTaken = true;
    this.recoverPending = false;
    try {
      await this.startFresh(generation);
    } catch (error) {
      if (generation === this.generation) await this.fail(error, generation, true);
    }
  }

  /** Shows another remediation the server offers (such as the authenticator list) without a request. */
  showStep(name: string): void {
    const step = this.snapshot.steps.find((s) => s.name === name);
    if (!step || this.snapshot.status !== 'ready') return;
    this.cancelPoll();
    // The server's own step again (Forward after Back, with `history`): its poll (an email's magic link) goes on.
    const poll = step === this.snapshot.steps[0] ? this.answeredPoll : undefined;
    this.set({ ...this.snapshot, step, poll, messages: [], revision: this.snapshot.revision + 1 });
    this.schedulePoll(this.generation);
    this.host.emit(new OktaStepChangeEvent({ step: step.name, authenticatorKey: step.authenticator?.key }));
  }

  /**
   * Stops all work (the element left the page, or its configuration changed): requests are aborted,
   * timers cleared and late answers dropped. A transaction that can no longer be used is cleared from
   * storage; one that can (a step on screen) stays, so a reload or a re-add picks it up.
   */
  stop(): void {
    this.generation += 1;
    this.cancelPoll();
    this.endCountdown();
    this.request?.cancel();
    this.abortRequests();
    const { status } = this.snapshot;
    if (status === 'terminal' || status === 'success') this.forgetTransaction();
  }

  private abortRequests(): void {
    this.controller.abort();
    this.controller = new AbortController();
  }

  private forgetTransaction(): void {
    this.client.transactionManager.clear();
    this.lastTransaction = undefined;
  }

  /**
   * Sends one request with a deadline. At the deadline the element's own client has its fetch aborted;
   * an app's client cannot be reached, so its late answer is simply ignored.
   */
  private send<T>(request: () => Promise<T>): Promise<T> {
    this.rateLimitHeaders = undefined;
    const timed = withTimeout(request(), requestTimeoutMs(this.host.requestTimeout), () => this.abortRequests());
    this.request = timed;
    this.inflight = timed.promise.then(
      () => undefined,
      () => undefined,
    );
    return timed.promise;
  }

  private cancelPoll(): void {
    clearTimeout(this.pollTimer);
    this.pollTimer = undefined;
  }

  /**
   * Repeats the state's poll after the server's `refresh` (already clamped by the state layer), or
   * once a running `Retry-After` ends. One timer at a time, and only while the person is not sending
   * anything: a submit cancels it, the next answer schedules it again.
   */
  private schedulePoll(generation: number): void {
    this.cancelPoll();
    const poll = this.snapshot.poll;
    if (!poll || this.snapshot.status !== 'ready') return;
    const wait = Math.max(poll.refresh, (this.snapshot.retryAfter ?? 0) - Date.now());
    this.pollTimer = setTimeout(() => void this.runPoll(generation), wait);
  }

  private async runPoll(generation: number): Promise<void> {
    this.pollTimer = undefined;
    const poll = this.snapshot.poll;
    if (!poll || generation !== this.generation || this.snapshot.status !== 'ready') return;
    const before = this.snapshot;
    try {
      const tx = await this.send(() =>
        this.client.idx.proceed(
          poll.kind === 'step' ? { step: poll.name, useGenericRemediator: true } : { actions: [poll.name], useGenericRemediator: true },
        ),
      );
      if (generation !== this.generation || this.snapshot !== before) return;
      const raw = tx.rawIdxState as RawIdxResponse | undefined;
      const waiting = tx.status === 'PENDING' && raw?.remediation?.value?.[0]?.name === before.step?.name && !raw?.messages;
      // Still waiting: keep what the person sees (and types) as it is.
      if (waiting) this.schedulePoll(generation);
      else await this.apply(tx, generation);
    } catch (error) {
      if (generation === this.generation && this.snapshot === before) await this.fail(error, generation, false);
    }
  }

  /**
   * Makes this call the only one in charge: aborts what is in flight and waits for it to settle, so a
   * late answer cannot write the old transaction back into storage over the new one.
   */
  private async takeOver(): Promise<number | undefined> {
    const generation = ++this.generation;
    this.cancelPoll();
    this.endCountdown();
    this.abortRequests();
    this.set({ ...initialFlowState, user: undefined, revision: this.snapshot.revision });
    await this.inflight;
    return generation === this.generation ? generation : undefined;
  }

  /** Starts a transaction where the host's `entry` asks the first time, else at sign-in. */
  private async startFresh(generation: number): Promise<void> {
    const entry = this.entryTaken ? undefined : this.host.entry;
    const token = entryToken(entry);
    const started = await this.send(() => this.client.idx.start({ useGenericRemediator: true, ...token }));
    if (generation !== this.generation) return;
    this.entryTaken = true;
    // Recovery opens as okta-auth-js's recoverPassword() does: Okta's `recover` action offered at the start.
    const recover = !token && entry?.flow === 'recover' ? recoverActionOf(started) : undefined;
    // Unlock and registration open as okta-auth-js's unlockAccount() and register() do: Okta's `unlock-account`
    // or `select-enroll-profile` sent as soon as the start offers it.
    const opening = openingStep(entry, started);
    if (opening) {
      const opened = await this.send(() => this.client.idx.proceed({ step: opening, useGenericRemediator: true }));
      if (generation === this.generation) await this.apply(opened, generation);
      return;
    }
    if (!recover) {
      // Identifier first: the username comes before Okta offers the recovery.
      this.recoverPending = !token && entry?.flow === 'recover' && offersIdentify(started);
      await this.apply(started, generation);
      return;
    }
    const recovering = await this.send(() => this.client.idx.proceed({ actions: [recover], useGenericRemediator: true }));
    if (generation === this.generation) await this.apply(recovering, generation);
  }

  /**
   * While a recovery waits for Okta's recover action: runs it once an answer offers it (the password
   * challenge after the username). An answer that neither offers it nor asks for the username again
   * (an org whose user has no password to recover) ends the wait: the sign-in goes on as it is.
   */
  private async continueRecovery(tx: IdxTransaction): Promise<IdxTransaction> {
    const recover = tx.requestDidSucceed !== false ? recoverActionOf(tx) : undefined;
    if (!recover) {
      if (!offersIdentify(tx)) this.recoverPending = false;
      return tx;
    }
    this.recoverPending = false;
    return this.send(() => this.client.idx.proceed({ actions: [recover], useGenericRemediator: true }));
  }

  private async apply(tx: IdxTransaction, generation: number): Promise<void> {
    const raw = tx.rawIdxState as RawIdxResponse | undefined;
    const revision = this.snapshot.revision + 1;
    if (tx.status === 'SUCCESS' && tx.tokens) {
      this.lastTransaction = undefined;
      this.set({ ...initialFlowState, status: 'success', user: this.snapshot.user, revision });
      if (this.host.storeTokens) await this.client.tokenManager.setTokens(tx.tokens);
      this.host.emit(new OktaSuccessEvent({ tokens: tx.tokens }));
      return;
    }
    if (tx.status === 'SUCCESS') {
      this.failWith(noTokensIssued(this.host.localizer), generation, true);
      return;
    }
    if (tx.status === 'CANCELED') {
      await this.restart();
      return;
    }
    const retryAfter = this.rateLimitEnd(undefined);
    if (!raw?.version) {
      // A non-IDX body (an HTTP 5xx or 429, say): the request failed, the step the person was on still stands.
      this.failWith(unusableAnswer(raw, this.host.localizer), generation, this.snapshot.steps.length === 0, retryAfter);
      return;
    }
    if (isTerminalDocument(raw)) {
      this.end(raw, generation, retryAfter);
      return;
    }
    this.lastTransaction = tx;
    const next = idxToState(raw, revision);
    // The username asked for a recovery that Okta has not offered yet reads as the recovery's.
    const recovering = next.recovering || (this.recoverPending && next.step?.name === 'identify');
    this.set({ ...next, user: next.user ?? this.snapshot.user, recovering });
    this.answeredPoll = next.poll;
    if (retryAfter !== undefined) this.startCountdown(retryAfter, generation);
    this.schedulePoll(generation);
    const step = this.snapshot.step;
    // A refused answer re-presents the same step: only a step the server moved to is announced.
    if (step && tx.requestDidSucceed !== false) {
      this.host.emit(new OktaStepChangeEvent({ step: step.name, authenticatorKey: step.authenticator?.key }));
    }
  }

  /**
   * A terminal IDX document, returned as a TERMINAL transaction or thrown inside an AuthApiError: the
   * server's messages stay on screen with a way back, and an error (expired, access denied) fires
   * `okta-error`. Okta's `tooManyRequests` document is no end: the step stays, as for its `E0000047`.
   */
  private end(raw: RawIdxResponse, generation: number, retryAfter: number | undefined, cause?: unknown): void {
    const outcome = terminalOutcome(raw, this.host.localizer, cause);
    if (outcome?.code === 'rate-limited') {
      this.failWith(outcome, generation, this.snapshot.steps.length === 0, retryAfter);
      return;
    }
    const next = idxToState(raw, this.snapshot.revision + 1);
    // Nothing more can be sent in this transaction: its verifier and handle have no use left.
    this.forgetTransaction();
    this.set({ ...next, user: next.user ?? this.snapshot.user, error: outcome });
    if (outcome) this.host.emit(new OktaErrorEvent(outcome));
  }

  private async fail(error: unknown, generation: number, fatal: boolean): Promise<void> {
    const body = idxBodyOf(error);
    if (body && isTerminalDocument(body)) {
      // okta-auth-js threw with the document it could not read (Okta serves IDX errors as ion+json).
      this.end(body, generation, this.rateLimitEnd(error), error);
      return;
    }
    const probe = this.options.probe ?? serverAnswers;
    const issuer = this.client.options.issuer;
    const answers = needsReachabilityProbe(error) ? await probe(issuer) : undefined;
    if (generation !== this.generation) return;
    const detail = classifyError(error, this.host.localizer, {
      serverAnswers: answers,
      issuerOrigin: originOf(issuer),
      pageOrigin: this.options.pageOrigin,
    });
    // okta-auth-js clears its transaction after a failed token exchange (or a failed ID token check):
    // resubmitting could only fail again, so the flow stops here and the next attempt starts afresh.
    if (this.lastTransaction && !this.client.idx.canProceed()) {
      this.forgetTransaction();
      this.failWith(transactionLost(detail, this.host.localizer), generation, true, undefined, true);
      return;
    }
    const retryAfter = detail.code === 'rate-limited' ? this.rateLimitEnd(error) : undefined;
    this.failWith(detail, generation, fatal || this.snapshot.steps.length === 0, retryAfter);
  }

  private failWith(detail: OktaErrorDetail, generation: number, fatal: boolean, retryAfter?: number, dropSteps = false): void {
    if (generation !== this.generation) return;
    // The server did not answer the form, so earlier field messages no longer describe what is typed.
    const steps = dropSteps
      ? []
      : this.snapshot.steps.map((step) => ({ ...step, fields: step.fields.map((field) => ({ ...field, messages: [] })) }));
    const step = dropSteps ? undefined : steps[0];
    this.set({
      ...this.snapshot,
      steps,
      step,
      ...(dropSteps ? { poll: undefined, actions: [] } : {}),
      status: fatal ? 'error' : 'ready',
      messages: [{ text: detail.message, level: 'error' }],
      error: detail,
      revision: this.snapshot.revision + 1,
    });
    this.host.emit(new OktaErrorEvent(detail));
    if (retryAfter !== undefined) this.startCountdown(retryAfter, generation, detail.code === 'rate-limited');
    if (!fatal) this.schedulePoll(generation);
  }

  /** When the server allows sending again after the 429 just handled, if its headers say. */
  private rateLimitEnd(error: unknown): number | undefined {
    return rateLimitEnds(this.rateLimitHeaders ?? errorHeaders(error), Date.now());
  }

  private mustWait(): boolean {
    const until = this.snapshot.retryAfter;
    return until !== undefined && Date.now() < until;
  }

  /**
   * Counts down a `Retry-After`: a message with the seconds left, updated each second, and submits
   * refused until it ends. `replaceMessages` swaps the generic "Too many requests" for the countdown.
   */
  private startCountdown(until: number, generation: number, replaceMessages = false): void {
    this.endCountdown();
    const text = () => rateLimitedFor(until, Date.now(), this.host.localizer);
    let shown: FlowMessage = { text: text(), level: 'error' };
    const others = replaceMessages ? [] : this.snapshot.messages;
    this.set({ ...this.snapshot, retryAfter: until, messages: [...others, shown] });
    this.countdown.start(
      until,
      () => {
        if (generation !== this.generation) return;
        const next: FlowMessage = { ...shown, text: text() };
        this.set({ ...this.snapshot, messages: this.snapshot.messages.map((m) => (m === shown ? next : m)) });
        shown = next;
      },
      () => {
        if (generation !== this.generation) return;
        this.set({ ...this.snapshot, retryAfter: undefined, messages: this.snapshot.messages.filter((m) => m !== shown) });
      },
    );
  }

  private endCountdown(): void {
    this.countdown.stop();
  }

  private set(state: FlowState): void {
    this.snapshot = Object.freeze(state);
    this.host.publish(this.snapshot);
  }
}

/** The recover action a transaction offers (`currentAuthenticator-recover` at identify, `…Enrollment-recover` at the password). */
function recoverActionOf(tx: IdxTransaction): string | undefined {
  return Object.keys(tx.actions ?? {}).find((name) => name.endsWith('-recover'));
}

function originOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
}
