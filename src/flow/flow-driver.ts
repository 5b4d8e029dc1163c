import type { IdxTransaction } from '@okta/okta-auth-js/idx';
import { initialFlowState, type FlowMessage, type FlowState } from '../state/flow-state.js';
import { idxToState, nestValues } from '../state/idx-to-state.js';
import type { RawIdxResponse } from '../state/raw-idx.js';
import type { IdxAuthClient } from './auth-client.js';
import { classifyError, expiredTransaction, unusableAnswer } from '../state/classify-error.js';
import { OktaSuccessEvent } from '../events/okta-success.js';
import { OktaErrorEvent, type OktaErrorDetail } from '../events/okta-error.js';
import { OktaStepChangeEvent } from '../events/okta-step-change.js';
import type { StepValues } from '../events/okta-proceed.js';

const SESSION_EXPIRED = 'idx.session.expired';

/** What the driver needs from the element that owns it. */
export interface FlowDriverHost {
  /** Publishes a new immutable state. */
  publish(state: FlowState): void;
  /** Dispatches an event from the element. */
  emit(event: Event): void;
  /** Whether tokens should be handed to the SDK's token manager as well as to the event. */
  readonly storeTokens: boolean;
  /** Aborts the requests in flight (a no-op for an app's own OktaAuth, whose requests it cannot reach). */
  abortRequests(): void;
}

/**
 * Owns one IDX transaction: starts or resumes it, sends each step with an explicit `step` (auth-js 8
 * Step Mode), and turns every answer into a new FlowState. Work started before `stop()` is ignored
 * when it finishes, so a removed element never publishes or fires again.
 */
export class FlowDriver {
  private state: FlowState = initialFlowState;
  private generation = 0;
  private lastTransaction?: IdxTransaction;
  private inflight: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: FlowDriverHost,
    private readonly client: IdxAuthClient,
  ) {}

  get current(): FlowState {
    return this.state;
  }

  /** Resumes a saved transaction (after a reload) or starts a new one. */
  async begin(): Promise<void> {
    const generation = await this.takeOver();
    if (generation === undefined) return;
    try {
      if (this.client.idx.canProceed()) {
        const resumed = await this.track(this.client.idx.proceed({ useGenericRemediator: true }));
        if (generation !== this.generation) return;
        if (!this.isExpired(resumed)) {
          await this.apply(resumed, generation);
          return;
        }
        // A transaction left over from long ago: start afresh instead of greeting with "expired".
      }
      await this.startFresh(generation);
    } catch (error) {
      if (generation === this.generation) await this.fail(error, generation, true);
    }
  }

  /** Sends a step's values; ignored while another request is in flight. */
  async proceed(step: string, values: StepValues): Promise<void> {
    if (this.state.status !== 'ready') return;
    const generation = this.generation;
    this.set({ ...this.state, status: 'submitting', error: undefined });
    const remediation = this.state.steps.find((s) => s.name === step);
    const isAction = !remediation && !!this.lastTransaction?.actions?.[step];
    this.cancelPoll();
    // A poll may be on the wire: let it settle so two requests never race on one transaction.
    await this.inflight;
    if (generation !== this.generation) return;
    try {
      const tx = await this.track(
        this.client.idx.proceed(
          isAction
            ? { actions: [step], useGenericRemediator: true }
            : { ...nestValues({ ...remediation?.fixed, ...values }), step, useGenericRemediator: true },
        ),
      );
      if (generation === this.generation) await this.apply(tx, generation);
    } catch (error) {
      if (generation === this.generation) await this.fail(error, generation, false);
    }
  }

  /** Cancels the transaction (when the server still knows it) and starts a new one, never resuming. */
  async restart(): Promise<void> {
    const wasLive = this.state.status === 'ready' || this.state.status === 'submitting';
    const generation = await this.takeOver();
    if (generation === undefined) return;
    if (wasLive && this.lastTransaction) await this.track(this.client.idx.cancel()).catch(() => undefined);
    if (generation !== this.generation) return;
    // Whether or not the server heard the cancel, nothing of the old transaction may be resumed.
    this.client.transactionManager.clear();
    this.lastTransaction = undefined;
    try {
      await this.startFresh(generation);
    } catch (error) {
      if (generation === this.generation) await this.fail(error, generation, true);
    }
  }

  /** Stops all work: requests are aborted, the poll timer cleared and late answers dropped. */
  stop(): void {
    this.generation += 1;
    this.cancelPoll();
    this.host.abortRequests();
  }

  private pollTimer?: ReturnType<typeof setTimeout>;

  private cancelPoll(): void {
    clearTimeout(this.pollTimer);
    this.pollTimer = undefined;
  }

  /**
   * Repeats the state's poll after the server's `refresh`. One timer at a time, and only while the
   * person is not sending anything: a submit cancels it, the next answer schedules it again.
   */
  private schedulePoll(generation: number): void {
    this.cancelPoll();
    const poll = this.state.poll;
    if (!poll || this.state.status !== 'ready') return;
    this.pollTimer = setTimeout(() => void this.runPoll(generation), Math.max(poll.refresh, 1000));
  }

  private async runPoll(generation: number): Promise<void> {
    this.pollTimer = undefined;
    const poll = this.state.poll;
    if (!poll || generation !== this.generation || this.state.status !== 'ready') return;
    const before = this.state;
    try {
      const tx = await this.track(
        this.client.idx.proceed(
          poll.kind === 'step' ? { step: poll.name, useGenericRemediator: true } : { actions: [poll.name], useGenericRemediator: true },
        ),
      );
      if (generation !== this.generation || this.state !== before) return;
      const raw = tx.rawIdxState as RawIdxResponse | undefined;
      const waiting = tx.status === 'PENDING' && raw?.remediation?.value?.[0]?.name === before.step?.name && !raw?.messages;
      // Still waiting: keep what the person sees (and types) as it is.
      if (waiting) this.schedulePoll(generation);
      else await this.apply(tx, generation);
    } catch (error) {
      if (generation === this.generation && this.state === before) await this.fail(error, generation, false);
    }
  }

  /**
   * Makes this call the only one in charge: aborts what is in flight and waits for it to settle, so a
   * late answer cannot write the old transaction back into storage over the new one.
   */
  private async takeOver(): Promise<number | undefined> {
    const generation = ++this.generation;
    this.cancelPoll();
    this.host.abortRequests();
    this.set({ ...initialFlowState, user: undefined, revision: this.state.revision });
    await this.inflight;
    return generation === this.generation ? generation : undefined;
  }

  private async startFresh(generation: number): Promise<void> {
    const started = await this.track(this.client.idx.start({ useGenericRemediator: true }));
    if (generation === this.generation) await this.apply(started, generation);
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.inflight = work.then(
      () => undefined,
      () => undefined,
    );
    return work;
  }

  private isExpired(tx: IdxTransaction): boolean {
    const raw = tx.rawIdxState as RawIdxResponse | undefined;
    return tx.status === 'TERMINAL' && !!raw?.messages?.value?.some((m) => m.i18n?.key === SESSION_EXPIRED);
  }

  private async apply(tx: IdxTransaction, generation: number): Promise<void> {
    const raw = tx.rawIdxState as RawIdxResponse | undefined;
    const revision = this.state.revision + 1;
    if (tx.status === 'SUCCESS' && tx.tokens) {
      this.lastTransaction = undefined;
      this.set({ ...initialFlowState, status: 'success', user: this.state.user, revision });
      if (this.host.storeTokens) this.client.tokenManager.setTokens(tx.tokens);
      this.host.emit(new OktaSuccessEvent({ tokens: tx.tokens }));
      return;
    }
    if (tx.status === 'SUCCESS') {
      await this.failWith(
        { code: 'config-error', message: 'Sign-in finished but no tokens were issued: the OktaAuth instance has idx.exchangeCodeForTokens set to false.' },
        generation,
        true,
      );
      return;
    }
    if (tx.status === 'CANCELED') {
      await this.restart();
      return;
    }
    if (!raw?.version) {
      // A non-IDX body (an HTTP 5xx or 429, say): the request failed, the step the person was on still stands.
      await this.failWith(unusableAnswer(raw), generation, this.state.steps.length === 0);
      return;
    }
    this.lastTransaction = tx;
    const next = idxToState(raw, revision);
    this.set({ ...next, user: next.user ?? this.state.user });
    if (this.isExpired(tx)) {
      this.host.emit(new OktaErrorEvent(expiredTransaction()));
      this.set({ ...this.state, error: expiredTransaction() });
      return;
    }
    this.schedulePoll(generation);
    const step = this.state.step;
    // A refused answer re-presents the same step: only a step the server moved to is announced.
    if (step && tx.requestDidSucceed !== false) {
      this.host.emit(new OktaStepChangeEvent({ step: step.name, authenticatorKey: step.authenticator?.key }));
    }
  }

  private async fail(error: unknown, generation: number, fatal: boolean): Promise<void> {
    const detail = await classifyError(error, this.client.options.issuer);
    await this.failWith(detail, generation, fatal || this.state.steps.length === 0);
  }

  private async failWith(detail: OktaErrorDetail, generation: number, fatal: boolean): Promise<void> {
    if (generation !== this.generation) return;
    const message: FlowMessage = { text: detail.message, level: 'error' };
    // The server did not answer the form, so earlier field messages no longer describe what is typed.
    const steps = this.state.steps.map((step) => ({ ...step, fields: step.fields.map((field) => ({ ...field, messages: [] })) }));
    this.set({
      ...this.state,
      steps,
      step: steps[0],
      status: fatal ? 'error' : 'ready',
      messages: [message],
      error: detail,
      revision: this.state.revision + 1,
    });
    this.host.emit(new OktaErrorEvent(detail));
    if (!fatal) this.schedulePoll(generation);
  }

  /** Shows another remediation the server offers (such as the authenticator list) without a request. */
  showStep(name: string): void {
    const step = this.state.steps.find((s) => s.name === name);
    if (!step || this.state.status !== 'ready') return;
    this.cancelPoll();
    this.set({ ...this.state, step, poll: undefined, messages: [], revision: this.state.revision + 1 });
    this.host.emit(new OktaStepChangeEvent({ step: step.name, authenticatorKey: step.authenticator?.key }));
  }

  private set(state: FlowState): void {
    this.state = Object.freeze(state);
    this.host.publish(this.state);
  }
}
