import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume, ContextRoot } from '@lit/context';
import { flowContext } from '../state/flow-context.js';
import type { FlowField, FlowMessage, FlowState, FlowStep } from '../state/flow-state.js';
import { OktaProceedEvent, type StepValues } from '../events/okta-proceed.js';
import { OktaRestartEvent } from '../events/okta-restart.js';
import { OktaShowStepEvent } from '../events/okta-show-step.js';
import { emit } from '../internal/emit.js';
import { adoptLightStyles } from './light-styles.js';
import { uniqueId } from '../internal/unique-id.js';
import { localizerContext } from '../i18n/localizer-context.js';
import { defaultLocalizer, type Localizer, type MessageKey, type MessageParams } from '../i18n/localize.js';
import { readForm } from './form-values.js';
import { renderTextField } from './render-field.js';
import { requiredFieldRules, validateFields, type FieldErrors, type FieldRules } from './validators.js';

/**
 * Step elements may upgrade before `<okta-flow>` is defined (static markup, with the steps' modules
 * evaluated first). A ContextRoot keeps their unanswered requests for the flow state and replays them
 * when the root's provider appears. Attached once per page, before any step element is defined.
 */
const CONTEXT_ROOT_KEY = Symbol.for('okta-elements/context-root');
const pageGlobals = globalThis as { [CONTEXT_ROOT_KEY]?: ContextRoot };
if (typeof document !== 'undefined' && !pageGlobals[CONTEXT_ROOT_KEY]) {
  pageGlobals[CONTEXT_ROOT_KEY] = new ContextRoot();
  pageGlobals[CONTEXT_ROOT_KEY].attach(document.documentElement);
}

/**
 * Asks the nearest `<okta-flow>` to pick its active child again: a step element arrived or upgraded, or
 * what it handles changed (its authenticator modules arrived).
 */
export const STEP_CONNECTED_EVENT = 'okta-step-connected';

/** The static side of a step element: which remediations it can render. */
export interface StepElementClass {
  handles(step: FlowStep): boolean;
  /** True for the generic fallback, which is chosen only when no other child handles the step. */
  readonly isFallback?: boolean;
}

/**
 * Base of every step element. It renders into the light DOM (so browsers and password managers see the
 * form), reads the flow state from context, and asks the root to act with events: it never calls the SDK.
 */
export abstract class StepElement extends LitElement {
  /** Whether this element can render the given remediation. */
  static handles(_step: FlowStep): boolean {
    return false;
  }

  /** Set by `<okta-flow>` on the one child that renders the current step; a styling hook. */
  @property({ type: Boolean, reflect: true }) active = false;

  @consume({ context: flowContext, subscribe: true })
  @state()
  protected flow?: FlowState;

  /** The flow's language and the app's strings; English when the step stands alone (a story, a test). */
  @consume({ context: localizerContext, subscribe: true })
  @state()
  protected localizer: Localizer = defaultLocalizer;

  /** Errors found in the browser before sending (a blank required field, a weak password...). */
  @state() protected localErrors: Readonly<Record<string, readonly FlowMessage[]>> = {};

  protected readonly uid = uniqueId(this.localName);
  /**
   * Set by `renderStep` when it draws a wait instead of the step (its screens are still downloading, or
   * failed to): the first field is focused, and `afterServerAnswer` runs, on the render that shows the step.
   */
  protected stepPending = false;
  private focusedRevision = -1;
  private focusedStepKey = '';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptLightStyles(this);
    emit(this, new Event(STEP_CONNECTED_EVENT, { bubbles: true, composed: true }));
  }

  /** A sentence of the catalogue (or the app's replacement), with its `{placeholders}` filled. */
  protected t(key: MessageKey, params?: MessageParams): string {
    return this.localizer.t(key, params);
  }

  protected get step(): FlowStep | undefined {
    return this.flow?.step;
  }

  protected get busy(): boolean {
    return this.flow?.status === 'submitting';
  }

  protected field(name: string): FlowField | undefined {
    return this.step?.fields.find((f) => f.name === name);
  }

  /**
   * Local messages on a field when there are any, else the server's (in the app's words when it replaces
   * that message's i18n key). A field inside one of Okta's choices of sub-forms (`credentials` → `answer`
   * of the security question) is found there too.
   */
  protected errorsFor(name: string): readonly FlowMessage[] {
    const local = this.localErrors[name];
    if (local) return local;
    return this.serverMessagesFor(name).map((message) => ({ ...message, text: this.localizer.server(message) }));
  }

  private serverMessagesFor(name: string): readonly FlowMessage[] {
    const direct = this.field(name);
    if (direct) return direct.messages;
    const dot = name.indexOf('.');
    const choice = dot > 0 ? this.field(name.slice(0, dot)) : undefined;
    const rest = name.slice(dot + 1);
    return (choice?.options ?? []).flatMap((option) => option.fields?.find((f) => f.name === rest)?.messages ?? []);
  }

  /**
   * The username (`identifier`) as the sign-in asks for it: one field, `autocomplete="username"`, so browsers and
   * password managers fill it wherever a step asks whose account (sign-in, account unlock).
   */
  protected renderUsernameField(): TemplateResult {
    const identifier = this.field('identifier');
    return renderTextField({
      id: this.idFor('identifier'),
      name: 'identifier',
      label: identifier?.label ?? this.t('identify.username'),
      autocomplete: 'username',
      type: 'text',
      required: true,
      // The server's value (a username it echoes back), else the app's hint (`login-hint`) while the field is empty.
      value: typeof identifier?.value === 'string' && identifier.value ? identifier.value : this.flow?.loginHint,
      errors: this.errorsFor('identifier'),
    });
  }

  protected idFor(name: string): string {
    return `${this.uid}-${name.replace(/\W/g, '-')}`;
  }

  override render(): TemplateResult | typeof nothing {
    const step = this.step;
    if (!this.active || !step || (this.flow?.status !== 'ready' && this.flow?.status !== 'submitting')) {
      return nothing;
    }
    this.stepPending = false;
    return this.renderStep(step);
  }

  protected abstract renderStep(step: FlowStep): TemplateResult;

  /** Values to send, keyed by field path: by default the form as the platform reads it (`readForm`). */
  protected collectValues(form: HTMLFormElement): StepValues {
    return readForm(form);
  }

  /**
   * The named validators of each field (see `validators.ts`): by default `required` on every field the
   * server marks required. A step adds its own checks by returning more rules, not by branching `validate`.
   */
  protected fieldRules(): FieldRules {
    return requiredFieldRules(this.step);
  }

  /** Checks done in the browser; returns errors by field path. */
  protected validate(values: StepValues): FieldErrors {
    return validateFields(values, this.fieldRules(), (key, params) => this.t(key, params));
  }

  protected onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const step = this.step;
    if (this.busy || !step) return;
    const values = this.collectValues(event.currentTarget as HTMLFormElement);
    const errors = this.validate(values);
    this.localErrors = errors;
    if (Object.keys(errors).length) {
      void this.updateComplete.then(() => this.focusFirstInvalid());
      return;
    }
    emit(this, new OktaProceedEvent(step.name, this.toRequest(values)));
  }

  /** What is sent, from what was checked: a subclass drops browser-only fields such as a confirmation. */
  protected toRequest(values: StepValues): StepValues {
    return values;
  }

  protected requestRestart(): void {
    emit(this, new OktaRestartEvent());
  }

  /** Runs an IDX action such as `currentAuthenticatorEnrollment-recover` through the root. */
  protected requestAction(name: string): void {
    if (!this.busy) emit(this, new OktaProceedEvent(name, {}));
  }

  /** The first offered action whose name ends with the suffix (`-resend`, `-recover`). */
  protected actionEndingWith(suffix: string): string | undefined {
    return this.flow?.actions?.find((name) => name.endsWith(suffix));
  }

  /** Sends another remediation the server offers, with the given values (such as `skip`). */
  protected requestStep(name: string, values: StepValues = {}): void {
    if (!this.busy) emit(this, new OktaProceedEvent(name, values));
  }

  /** Shows another remediation the server offers beside this one, without a request. */
  protected showStep(name: string): void {
    emit(this, new OktaShowStepEvent(name));
  }

  /** The authenticator list offered beside this step, for "Choose another method". */
  protected get alternativeStep(): string | undefined {
    const current = this.step?.name;
    return this.flow?.steps.find((s) => s.name !== current && s.name.startsWith('select-authenticator-'))?.name;
  }

  /** Links common to most steps: another method when offered, and back to the start. */
  protected renderStepLinks(extra: TemplateResult | typeof nothing = nothing): TemplateResult {
    const alternative = this.alternativeStep;
    return html`<div class="okta-links">
      ${extra}
      ${alternative
        ? html`<button type="button" class="okta-link" @click=${() => this.showStep(alternative)}>
            ${this.t('step.link.chooseAnother')}
          </button>`
        : nothing}
      <button type="button" class="okta-link" @click=${this.requestRestart}>${this.t('step.link.backToSignIn')}</button>
    </div>`;
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Hidden, ended or restarting: whatever is shown next counts as a new step, to be focused.
    if (!this.active || (this.flow?.status !== 'ready' && this.flow?.status !== 'submitting')) this.focusedStepKey = '';
    // A new answer from the server replaces what the browser found.
    if (changed.has('flow') && this.flow?.revision !== (changed.get('flow') as FlowState | undefined)?.revision) {
      this.localErrors = {};
    }
  }

  protected override updated(): void {
    const flow = this.flow;
    const step = this.step;
    if (!this.active || !flow || !step || flow.status !== 'ready' || this.stepPending) return;
    if (flow.revision === this.focusedRevision) return;
    this.focusedRevision = flow.revision;
    const stepKey = `${step.name}/${step.authenticator?.key ?? ''}`;
    const isNewStep = stepKey !== this.focusedStepKey;
    this.focusedStepKey = stepKey;
    this.afterServerAnswer(isNewStep);
    if (!this.focusFirstInvalid() && isNewStep) this.focusFirstField();
  }

  /**
   * Runs after each server answer. By default a refused secret is not kept: the person retypes it, as
   * with Okta's own widget. Everything else typed stays.
   */
  protected afterServerAnswer(isNewStep: boolean): void {
    if (isNewStep) return;
    for (const input of this.querySelectorAll<HTMLInputElement>('input[type="password"]')) {
      if (this.errorsFor(input.name).length) input.value = '';
    }
  }

  protected focusFirstField(): void {
    this.querySelector<HTMLElement>('input:not([type=hidden], [hidden]), select, textarea, button')?.focus();
  }

  protected focusFirstInvalid(): boolean {
    const invalid = this.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus();
    return invalid !== null;
  }
}
