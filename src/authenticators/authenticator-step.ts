import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { STEP_CONNECTED_EVENT, StepElement } from '../step/step-element.js';
import { CooldownController } from '../step/cooldown.js';
import type { FieldRules } from '../step/validators.js';
import type { FieldOption, FlowStep } from '../state/flow-state.js';
import type { StepValues } from '../events/okta-proceed.js';
import type { MessageKey } from '../i18n/localize.js';
import { emit } from '../internal/emit.js';
import { authenticatorName, needsOnDemandModules, resolveView, type ResolvedView } from './registry.js';
import { OnDemandWait } from './on-demand-wait.js';
import type { AuthenticatorMode, ViewContext } from './types.js';

const RESEND_SECONDS = 30;

/**
 * A step element that shows authenticator views: it picks the module by the step's authenticator (else
 * the flow's current one) and the mode by the remediation, then writes once what every view shares: the
 * form with its heading, the hidden username for password managers, the links, a WebAuthn-style
 * ceremony on submit, and the resend countdown. `<okta-challenge>` and `<okta-enroll>` are this with
 * their list of remediations; a recovery or unlock element would be too.
 */
export abstract class AuthenticatorStepElement extends StepElement {
  /** The remediations this element shows, each with its mode. */
  static readonly modes: Readonly<Record<string, AuthenticatorMode>> = {};

  /**
   * True for the element's remediations that a module has a view for, and for those that may have one in
   * the modules not loaded yet: the element waits for them, then asks `<okta-flow>` to choose again.
   */
  static override handles(step: FlowStep): boolean {
    const mode = this.modes[step.name];
    return mode !== undefined && (resolveView(step, mode) !== undefined || needsOnDemandModules(step.authenticator, mode));
  }

  /** Heading shown above the form; by default it names the authenticator. */
  @property() heading?: string;

  @state() private ceremonyProblem?: MessageKey;
  @state() private viewState: ReadonlyMap<string, unknown> = new Map();
  private viewKey = '';

  protected readonly resendCooldown = new CooldownController(this, RESEND_SECONDS);

  /** The other authenticators' modules, loaded when a step needs them; the flow chooses again once they are here. */
  private readonly onDemand = new OnDemandWait(this, () => {
    const step = this.step;
    const ownClass = this.constructor as typeof AuthenticatorStepElement;
    if (this.active && step && !ownClass.handles(step)) emit(this, new Event(STEP_CONNECTED_EVENT, { bubbles: true, composed: true }));
  });

  private get mode(): AuthenticatorMode | undefined {
    const modes = (this.constructor as typeof AuthenticatorStepElement).modes;
    return this.step ? modes[this.step.name] : undefined;
  }

  private get resolved(): ResolvedView | undefined {
    const step = this.step;
    const mode = this.mode;
    return step && mode ? resolveView(step, mode, this.flow?.currentAuthenticator) : undefined;
  }

  /** What a view may use; built for each render from the element's current state. */
  private context(resolved: ResolvedView): ViewContext | undefined {
    const step = this.step;
    const flow = this.flow;
    const mode = this.mode;
    if (!step || !flow || !mode) return undefined;
    const authenticator = step.authenticator ?? flow.currentAuthenticator;
    const t = (key: MessageKey, params?: Readonly<Record<string, string | number>>): string => this.t(key, params);
    return {
      step,
      flow,
      mode,
      authenticator,
      authenticatorName: authenticatorName(t, authenticator, t('step.authenticator.unnamed'), resolved.module),
      busy: this.busy,
      lang: this.localizer.lang,
      host: this,
      t,
      idFor: (name) => this.idFor(name),
      errorsFor: (name) => this.errorsFor(name),
      field: (name) => this.field(name),
      resendCooldown: this.resendCooldown,
      ui: {
        get: <T>(key: string) => this.viewState.get(key) as T | undefined,
        set: (key, value) => (this.viewState = new Map(this.viewState).set(key, value)),
      },
      ceremonyProblem: this.ceremonyProblem,
      requestAction: (name) => this.requestAction(name),
      actionEndingWith: (suffix) => this.actionEndingWith(suffix),
      showStep: (name) => this.showStep(name),
      requestUpdate: () => this.requestUpdate(),
    };
  }

  /**
   * "Choose another method" only when the list beside this step offers another choice: Okta sends the list
   * with the current authenticator alone (a password-only user, a phone set-up), and a list of one is a dead
   * end. While verifying, the current authenticator's other ways count (Okta Verify's code instead of a push).
   */
  protected override get alternativeStep(): string | undefined {
    const name = super.alternativeStep;
    const list = name ? this.flow?.steps.find((s) => s.name === name) : undefined;
    const current = (this.step?.authenticator ?? this.flow?.currentAuthenticator)?.key;
    const options = list?.fields.flatMap((field) => field.options ?? []) ?? [];
    const hasWays = (option: FieldOption) => option.fields?.some((field) => (field.options?.length ?? 0) > 1) ?? false;
    const another = options.some(
      (option) => option.authenticator?.key !== current || (this.mode === 'verify' && hasWays(option)),
    );
    return another ? name : undefined;
  }

  protected override renderStep(step: FlowStep): TemplateResult {
    const resolved = this.resolved;
    const ctx = resolved && this.context(resolved);
    if (!resolved || !ctx) {
      if (!needsOnDemandModules(step.authenticator, this.mode)) return html``;
      this.stepPending = true;
      return this.onDemand.render(this.t.bind(this), this.renderStepLinks());
    }
    const { view } = resolved;
    const heading =
      this.heading ??
      view.heading?.(ctx) ??
      this.t(ctx.mode === 'verify' ? 'step.challenge.heading' : 'step.enroll.heading', { name: ctx.authenticatorName });
    const identifier = this.flow?.user?.identifier;
    return html`<form class="okta-step" novalidate @submit=${this.onSubmit} aria-labelledby=${this.idFor('heading')}>
      <h2 id=${this.idFor('heading')}>${heading}</h2>
      ${view.username && identifier
        ? html`<input type="text" name="username" autocomplete="username" .value=${identifier} hidden />`
        : nothing}
      ${view.render(ctx)} ${this.renderStepLinks(view.links?.(ctx) ?? nothing)}
    </form>`;
  }

  protected override onSubmit(event: SubmitEvent): void {
    const resolved = this.resolved;
    const ctx = resolved && this.context(resolved);
    if (!resolved?.view.submit || !ctx) {
      super.onSubmit(event);
      return;
    }
    event.preventDefault();
    void this.runCeremony(resolved, ctx);
  }

  /** Runs a ceremony in the browser (WebAuthn), then sends its result as the step's answer. */
  private async runCeremony({ view }: ResolvedView, ctx: ViewContext): Promise<void> {
    if (this.busy || !view.submit) return;
    this.ceremonyProblem = undefined;
    try {
      this.requestStep(ctx.step.name, await view.submit(ctx));
    } catch (error) {
      this.ceremonyProblem = view.problem?.(error);
    }
  }

  protected override fieldRules(): FieldRules {
    const resolved = this.resolved;
    const ctx = resolved && this.context(resolved);
    return (ctx && resolved.view.rules?.(ctx)) ?? super.fieldRules();
  }

  /** The form's values, without the username that is there only for password managers. */
  protected override collectValues(form: HTMLFormElement): StepValues {
    const { username: _username, ...values } = super.collectValues(form);
    return values;
  }

  protected override toRequest(values: StepValues): StepValues {
    const resolved = this.resolved;
    const ctx = resolved && this.context(resolved);
    return ctx && resolved.view.toRequest ? resolved.view.toRequest(values, ctx) : values;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // What a view remembered (a chosen question, a failed ceremony) belongs to the step it was shown on.
    const key = `${this.step?.name ?? ''}/${(this.step?.authenticator ?? this.flow?.currentAuthenticator)?.key ?? ''}`;
    if (key !== this.viewKey) {
      this.viewKey = key;
      this.viewState = new Map();
      this.ceremonyProblem = undefined;
    }
  }

  protected override afterServerAnswer(isNewStep: boolean): void {
    super.afterServerAnswer(isNewStep);
    const resolved = this.resolved;
    const ctx = resolved && this.context(resolved);
    if (!resolved || !ctx) return;
    if (isNewStep && resolved.view.resends && this.actionEndingWith('-resend')) this.resendCooldown.start();
    resolved.view.afterServerAnswer?.(ctx, isNewStep);
  }
}
