import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { flowContext } from '../state/flow-context.js';
import { initialFlowState, type FlowState } from '../state/flow-state.js';
import { FlowDriver } from './flow-driver.js';
import { createAuthClient, type IdxAuthClient } from './auth-client.js';
import { flowStyles } from './flow-styles.js';
import { OktaErrorEvent } from '../events/okta-error.js';
import { OktaProceedEvent } from '../events/okta-proceed.js';
import { OktaRestartEvent } from '../events/okta-restart.js';
import { OktaShowStepEvent } from '../events/okta-show-step.js';
import { STEP_CONNECTED_EVENT, StepElement, type StepElementClass } from '../step/step-element.js';
import { emit } from '../internal/emit.js';
import { defineElement } from '../internal/define.js';
import '../identify/okta-identify.js';
import '../select-authenticator/okta-select-authenticator.js';
import '../challenge/okta-challenge.js';
import '../enroll/okta-enroll.js';
import '../generic-step/okta-generic-step.js';

const DEFAULT_STEPS = ['okta-identify', 'okta-select-authenticator', 'okta-challenge', 'okta-enroll', 'okta-generic-step'] as const;
const FALLBACK_TAG = 'okta-generic-step';

/**
 * The root of an embedded Okta sign-in. It owns the IDX transaction (okta-auth-js 8), shares an
 * immutable state with the step elements inside it, shows the one that handles the current step (or a
 * generic form when none does), and renders page messages and terminal states itself.
 *
 * With no children it renders the default steps. Tokens are handed to the app in `okta-success` and are
 * stored nowhere unless `store-tokens` is set.
 *
 * @customElement okta-flow
 * @summary Embedded Okta sign-in: the transaction, its state and the current step.
 * @slot - Step elements (`<okta-identify>`, `<okta-select-authenticator>`, `<okta-challenge>`, `<okta-enroll>`, your own). Empty: the defaults.
 * @fires okta-success - The interaction code was exchanged; `event.tokens` holds `accessToken`, `idToken` and, when issued, `refreshToken`.
 * @fires okta-step-change - A new step is shown; `event.step` is the remediation, `event.authenticatorKey` the authenticator.
 * @fires okta-error - Sign-in cannot go on without help; `event.code` is stable, `event.message` readable.
 * @csspart messages - The region of page-level messages (errors are announced as alerts).
 * @csspart message - One page-level message; also `message-error`, `message-info`, `message-warning`.
 * @csspart loading - The "Loading…" line shown while the transaction starts.
 * @csspart terminal - The panel shown when the flow ends without tokens (an expired transaction, say).
 * @csspart button - The root's own buttons ("Start over", "Try again").
 * @csspart secondary - The less prominent of the root's buttons ("Start over" beside "Try again").
 * @csspart success - The line shown once signed in.
 * @cssprop --okta-primary - Accent colour of buttons and links.
 * @cssprop --okta-primary-text - Text colour on the accent colour.
 * @cssprop --okta-background - Card background.
 * @cssprop --okta-text-color - Text colour.
 * @cssprop --okta-error-color - Colour of errors.
 * @cssprop --okta-success-color - Colour of met requirements and success.
 * @cssprop --okta-muted-color - Colour of hints.
 * @cssprop --okta-border-color - Input borders.
 * @cssprop --okta-focus-ring - Focus outline colour.
 * @cssprop --okta-radius - Corner radius of inputs and buttons.
 * @cssprop --okta-font-family - Font of the whole flow.
 * @cssprop --okta-font-size - Base font size of the whole flow.
 * @cssprop --okta-card-border-color - Border colour of the card.
 * @cssprop --okta-card-radius - Corner radius of the card.
 * @cssprop --okta-card-shadow - Shadow of the card.
 * @cssprop --okta-space - Gap between the parts of a step form.
 * @cssprop --okta-heading-size - Font size of step headings.
 * @cssprop --okta-input-text - Text colour inside inputs.
 * @cssprop --okta-input-background - Background of inputs.
 * @cssprop --okta-link-color - Colour of link-style buttons ("Forgot password?", "Back to sign in").
 * @cssprop --okta-max-width - Width of the card.
 * @cssprop --okta-padding - Padding of the card.
 */
export class OktaFlow extends LitElement {
  static override styles = flowStyles;

  /** The Okta authorization server, such as `https://example.okta.com/oauth2/default`. */
  @property() issuer = '';

  /** The OIDC client id of the app (an SPA app with the Interaction Code grant). */
  @property({ attribute: 'client-id' }) clientId = '';

  /** Must be a sign-in redirect URI of the app. Defaults to this page's URL without query or hash. */
  @property({ attribute: 'redirect-uri' }) redirectUri = '';

  /** Space-separated OAuth scopes. */
  @property() scopes = 'openid profile email';

  /** Also save the tokens with the SDK's token manager (localStorage by default). Off: tokens only go to `okta-success`. */
  @property({ type: Boolean, attribute: 'store-tokens' }) storeTokens = false;

  /**
   * Forces a colour scheme. By default the flow follows the page's `color-scheme` (a page with
   * `color-scheme: light dark` gets the dark look when the OS prefers dark).
   */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** The app's own OktaAuth instance; takes precedence over `issuer`, `client-id`, `redirect-uri` and `scopes`. */
  @property({ attribute: false }) authClient?: IdxAuthClient;

  @state() private flowState: FlowState = initialFlowState;

  private readonly provider = new ContextProvider(this, { context: flowContext, initialValue: initialFlowState });
  private driver?: FlowDriver;
  private abort?: AbortController;
  private preview = false;
  private configErrorShown = false;

  /**
   * The current state, the one step elements read. Setting it renders that state without contacting a
   * server (for design review and tests); normally the element manages it.
   */
  get state(): FlowState {
    return this.flowState;
  }

  set state(value: FlowState) {
    this.preview = true;
    this.stopDriver();
    this.publish(value);
  }

  constructor() {
    super();
    this.addEventListener(OktaProceedEvent.eventName, (event) => {
      event.stopPropagation();
      void this.driver?.proceed(event.step, event.values);
    });
    this.addEventListener(OktaShowStepEvent.eventName, (event) => {
      event.stopPropagation();
      this.driver?.showStep(event.step);
    });
    this.addEventListener(OktaRestartEvent.eventName, (event) => {
      event.stopPropagation();
      void this.driver?.restart();
    });
    this.addEventListener(STEP_CONNECTED_EVENT, (event) => this.onStepConnected(event.target as Element));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.firstElementChild) this.addDefaultSteps();
    // Re-added after a removal (a framework re-render, a route change): pick the transaction up again.
    if (this.hasUpdated && !this.preview && !this.driver) this.startDriver();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopDriver();
  }

  protected override updated(changed: PropertyValues): void {
    const configChanged = ['issuer', 'clientId', 'redirectUri', 'scopes', 'authClient'].some((key) => changed.has(key));
    if (this.isConnected && !this.preview && (!this.driver || configChanged)) this.startDriver();
    this.chooseActiveStep();
    this.focusPanel(changed.get('flowState') as FlowState | undefined);
  }

  /** When the flow ends or stops, focus goes to the way on, not to the body. */
  private focusPanel(previous: FlowState | undefined): void {
    const { status } = this.flowState;
    if (!previous || previous.status === status || (status !== 'terminal' && status !== 'error')) return;
    this.renderRoot.querySelector<HTMLButtonElement>('[part~="terminal"] button')?.focus();
  }

  private startDriver(): void {
    const client = this.resolveClient();
    if (!client) return;
    this.stopDriver();
    this.abort = new AbortController();
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the host reads live properties
    const flow = this;
    this.driver = new FlowDriver(
      {
        publish: (state) => this.publish(state),
        emit: (event) => emit(this, event),
        get storeTokens() {
          return flow.storeTokens;
        },
        abortRequests: () => {
          this.abort?.abort();
          this.abort = new AbortController();
        },
      },
      client === 'own' ? createAuthClient(this.settings(), () => (this.abort ?? new AbortController()).signal) : client,
    );
    void this.driver.begin();
  }

  private stopDriver(): void {
    this.driver?.stop();
    this.driver = undefined;
    this.abort?.abort();
    this.abort = undefined;
  }

  private resolveClient(): IdxAuthClient | 'own' | undefined {
    if (this.authClient) return this.authClient;
    if (this.issuer && this.clientId) return 'own';
    if (!this.configErrorShown) {
      this.configErrorShown = true;
      const problem = {
        code: 'config-error' as const,
        message: 'This sign-in form is not configured: set the issuer and client-id attributes, or the authClient property.',
      };
      this.publish({ ...initialFlowState, status: 'error', messages: [{ text: problem.message, level: 'error' }], error: problem });
      emit(this, new OktaErrorEvent(problem));
    }
    return undefined;
  }

  private settings() {
    return {
      issuer: this.issuer,
      clientId: this.clientId,
      redirectUri: this.redirectUri || `${location.origin}${location.pathname}`,
      scopes: this.scopes.split(/\s+/).filter(Boolean),
    };
  }

  private publish(state: FlowState): void {
    this.flowState = state;
    this.provider.setValue(state);
  }

  private addDefaultSteps(): void {
    const steps = DEFAULT_STEPS.map((tag) => {
      const step = document.createElement(tag);
      step.setAttribute('data-okta-default', '');
      return step;
    });
    // One append, so no step is chosen before the fallback is there.
    this.append(...steps);
  }

  /** An app's own step arrived (perhaps after the defaults were added): the defaults make way for it. */
  private onStepConnected(step: Element): void {
    if (step.parentElement === this && !step.hasAttribute('data-okta-default')) {
      this.querySelectorAll(':scope > [data-okta-default]').forEach((node) => node.remove());
    }
    this.chooseActiveStep();
  }

  /** Marks the one child that renders the current step: the first that declares it, else the fallback. */
  private chooseActiveStep(): void {
    const step = this.flowState.step;
    const children = Array.from(this.children).filter((child): child is StepElement => child instanceof StepElement);
    const handles = (child: StepElement) => !!step && (child.constructor as unknown as StepElementClass).handles(step);
    const isFallback = (child: StepElement) => !!(child.constructor as unknown as StepElementClass).isFallback;
    let active = children.find((child) => !isFallback(child) && handles(child)) ?? children.find(isFallback);
    if (!active && step && this.firstElementChild) {
      active = document.createElement(FALLBACK_TAG);
      active.setAttribute('data-okta-default', '');
      this.append(active);
    }
    for (const child of children) child.active = child === active;
    if (active) active.active = true;
  }

  private retry(): void {
    if (this.flowState.error?.code === 'config-error' && !this.driver) return;
    void this.driver?.begin();
  }

  private restart(): void {
    void this.driver?.restart();
  }

  protected override render(): TemplateResult {
    const { status, messages } = this.flowState;
    const errors = messages.filter((m) => m.level === 'error');
    const notes = messages.filter((m) => m.level !== 'error');
    return html`<div class="messages" part="messages" ?data-empty=${messages.length === 0}>
        <div role="alert">
          ${errors.map((m) => html`<p class="message message-error" part="message message-error">${m.text}</p>`)}
        </div>
        <div role="status">
          ${notes.map((m) => html`<p class="message message-${m.level}" part="message message-${m.level}">${m.text}</p>`)}
        </div>
      </div>
      ${status === 'starting'
        ? html`<p class="loading" part="loading" role="status"><span class="spinner" aria-hidden="true"></span>Loading…</p>`
        : nothing}
      ${status === 'terminal'
        ? html`<div class="panel" part="terminal">
            <button part="button" @click=${this.restart}>${this.flowState.error ? 'Start over' : 'Back to sign in'}</button>
          </div>`
        : nothing}
      ${status === 'error' && this.driver
        ? html`<div class="panel" part="terminal">
            <button part="button" @click=${this.retry}>Try again</button>
            <button part="button secondary" class="secondary" @click=${this.restart}>Start over</button>
          </div>`
        : nothing}
      ${status === 'success' ? html`<p class="success" part="success" role="status">You’re signed in.</p>` : nothing}
      <slot></slot>`;
  }
}

defineElement('okta-flow', OktaFlow);

declare global {
  interface HTMLElementTagNameMap {
    'okta-flow': OktaFlow;
  }
}
