import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ContextProvider } from '@lit/context';
import { flowContext } from '../state/flow-context.js';
import { initialFlowState, type FlowMessage, type FlowState, type FlowStatus } from '../state/flow-state.js';
import { notConfigured } from '../state/classify-error.js';
import { FlowDriver } from './flow-driver.js';
import { takeLanding } from './callback.js';
import { renderCallbackEnd } from './callback-end.js';
import type { EntryFlow } from './flow-entry.js';
import type { HistorySync } from './history-sync.js';
import { createAuthClient, isTransactionStorage, type IdxAuthClient, type TransactionStorage } from './auth-client.js';
import { DEFAULT_REQUEST_TIMEOUT_MS } from './request-timeout.js';
import { flowStyles } from './flow-styles.js';
import { terminalAction, terminalEnd, terminalHeading } from './terminal-ends.js';
import { createLocalizer, loadCatalogue, type Localizer, type Strings } from '../i18n/localize.js';
import { localizerContext } from '../i18n/localizer-context.js';
import { OktaErrorEvent } from '../events/okta-error.js';
import { OktaProceedEvent } from '../events/okta-proceed.js';
import { OktaRestartEvent } from '../events/okta-restart.js';
import { OktaShowStepEvent } from '../events/okta-show-step.js';
import { STEP_CONNECTED_EVENT, StepElement, type StepElementClass } from '../step/step-element.js';
import { addDefaultSteps, createDefaultStep, FALLBACK_TAG, hasOwnSteps, removeDefaultSteps } from './default-steps.js';
import { ConfigWait } from './late-config.js';
import { emit } from '../internal/emit.js';
import { defineElement } from '../internal/define.js';
import '../identify/okta-identify.js';
import '../select-authenticator/okta-select-authenticator.js';
import '../challenge/okta-challenge.js';
import '../enroll/okta-enroll.js';
import '../reset-password/okta-reset-password.js';
import '../register/okta-register.js';
import '../consent/okta-consent.js';
import '../redirect-idp/okta-redirect-idp.js';
import '../generic-step/okta-generic-step.js';

/** What configures the client; a change once a driver runs starts it again. */
const CONFIG_KEYS = ['issuer', 'clientId', 'redirectUri', 'scopes', 'authClient', 'transactionStorage', 'flow', 'recoveryToken', 'activationToken'];

/**
 * The root of an embedded Okta sign-in. It owns the IDX transaction (okta-auth-js 8), shares an
 * immutable state with the step elements inside it, shows the one that handles the current step (or a
 * generic form when none does), and renders page messages and terminal states itself.
 *
 * With no step elements of the app's own inside it, it shows the default steps: they are added to its light DOM
 * once there is a step to show (after the first server answer), never when it upgrades, so a server-rendered
 * element keeps the children the server sent until the framework has hydrated it. Steps the app adds later
 * replace the defaults; when the app removes all of its own, the defaults come back. Tokens are handed to the
 * app in `okta-success` and are stored nowhere unless `store-tokens` is set.
 *
 * Configuration may arrive after the element is connected (a framework binding `issuer` and `client-id` a
 * moment later): until then it waits, showing only its loading line, and reports `config-error` only when the
 * configuration is still missing after the first animation frame following its connection and one task more.
 * Changing `issuer`, `client-id` or `authClient` later starts a new transaction at the new server.
 *
 * On the page that is its redirect URI it also finishes what comes back there, then takes the parameters out of
 * the address bar: an identity provider's `interaction_code` (signed in: `okta-success`), `error=interaction_required`
 * (the saved sign-in goes on, to a second factor say), a provider's refusal (back to the sign-in with why, and
 * `okta-error`), and Okta's email link (`otp` and `state`: the challenge completes in the browser that started it;
 * elsewhere the code is shown, to be entered where the sign-in started).
 *
 * Every sentence comes from one catalogue by stable key; `strings` replaces any of them (and any server
 * message by its Okta i18n key), and the flow follows its own `lang` attribute, else the page's
 * `<html lang>`. Each request waits at most `request-timeout` ms; a `Retry-After` is counted down.
 * When it leaves the page, typed passwords and one-time codes are cleared from its inputs.
 *
 * @customElement okta-flow
 * @summary Embedded Okta sign-in: the transaction, its state and the current step.
 * @slot - Step elements (`<okta-identify>`, `<okta-select-authenticator>`, `<okta-challenge>`, `<okta-enroll>`, `<okta-reset-password>`, `<okta-consent>`, your own). None: the defaults, added at the first step.
 * @fires okta-success - The interaction code was exchanged; `event.tokens` holds `accessToken`, `idToken` and, when issued, `refreshToken`.
 * @fires okta-step-change - A new step is shown; `event.step` is the remediation, `event.authenticatorKey` the authenticator.
 * @fires okta-error - A request failed or sign-in cannot go on without help; `event.code` is stable (`timeout`, `rate-limited`, `network-error`, `config-error`...), `event.message` readable.
 * @csspart messages - The region of page-level messages (errors are announced as alerts).
 * @csspart message - One page-level message; also `message-error`, `message-info`, `message-warning`.
 * @csspart loading - The "Loading…" line shown while the transaction starts (and while the configuration is awaited).
 * @csspart terminal - The panel shown when the flow ends without tokens (an expired transaction, say).
 * @csspart terminal-heading - The heading of an end Okta names ("Your password has been reset", "Check your email", "Access denied").
 * @csspart code-end - The end an email link reaches where its sign-in cannot go on: the heading, the code and "Copy code".
 * @csspart code - That code, large and monospace, to enter where the sign-in started.
 * @csspart button - The root's own buttons ("Start over", "Try again").
 * @csspart secondary - The less prominent of the root's buttons ("Start over" beside "Try again").
 * @csspart success - The line shown once signed in.
 * @csspart leave-question - With `history`: the question asked in place of the step before Back cancels the transaction ("Start over?").
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

  /**
   * The Okta authorization server, such as `https://example.okta.com/oauth2/default`. May be set after the element
   * is connected; changed once a transaction is under way, a new one starts at the new server.
   */
  @property() issuer = '';

  /** The OIDC client id of the app (an SPA app with the Interaction Code grant). May be set late, as `issuer`. */
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

  /**
   * Where the sign-in opens: `login` (default: the username, then the authenticators), `recover` (password
   * recovery: "Reset your password", verification with an authenticator the org allows, then the new
   * password) or `unlock` (account unlock: "Unlock account", the username and an authenticator to verify with,
   * then "Account unlocked" or on to sign in) or `register` (self-service registration: the sign-up form, where
   * the org allows registration; otherwise the sign-in shows as it is). "Back to sign in" always leads to `login`.
   * Changed once a transaction is under way, a new one opens there (the one under way is left, not cancelled).
   */
  @property() flow: EntryFlow = 'login';

  /**
   * A recovery token from a password reset link (okta-auth-js's `recoveryToken`): the flow opens at its step
   * (the new password, or the verification the org asks first). Used for the first transaction only. Prefer
   * setting the property from the link's URL to writing the attribute, so the token does not sit in the DOM.
   */
  @property({ attribute: 'recovery-token' }) recoveryToken?: string;

  /**
   * An activation token from an invitation link (okta-auth-js's `activationToken`): the flow opens at its step
   * (setting up the new account's password or authenticators). Used for the first transaction only; changed
   * later, a new transaction opens with it. Prefer setting the property from the link's URL to writing the attribute.
   */
  @property({ attribute: 'activation-token' }) activationToken?: string;

  /**
   * The username to pre-fill (an app that already knows it, as OIDC's `login_hint`): shown in the username field
   * of sign-in, of "Reset your password" and of the unlock form whenever that field is empty, never submitted on
   * its own. Changed mid-flow, it fills the next empty username field; nothing restarts.
   */
  @property({ attribute: 'login-hint' }) loginHint?: string;

  /**
   * Opt in to the browser's Back and Forward buttons: each step reached adds a history entry (naming the step
   * only: never a token, a secret or the state handle). Back shows the previous step where the server still
   * offers it (the authenticator list from a challenge) with no request; where going back means cancelling the
   * transaction (to the username), the flow asks first ("Start over?"). Forward and a reload never replay a
   * request. Off (the default): the flow never touches history. Use it on one flow per page.
   */
  @property({ type: Boolean }) history = false;

  /**
   * The app's own OktaAuth instance; takes precedence over `issuer`, `client-id`, `redirect-uri` and `scopes`. May be
   * set after the element is connected; replaced by one for another issuer or client, a new transaction starts.
   */
  @property({ attribute: false }) authClient?: IdxAuthClient;

  /**
   * Milliseconds each request may take (default 30000). When the server has not answered by then, the
   * request is abandoned (aborted, for the element's own client), `okta-error` fires with code
   * `timeout`, and the person sees what happened: the step stays on screen with what they typed, or,
   * before the first step, "Try again" and "Start over".
   */
  @property({ type: Number, attribute: 'request-timeout' }) requestTimeout = DEFAULT_REQUEST_TIMEOUT_MS;

  /**
   * Where okta-auth-js keeps the sign-in transaction (PKCE verifier, interaction handle): `session`
   * (default: sessionStorage, so a reload resumes the sign-in), `local` (localStorage) or `memory`
   * (kept nowhere; a reload starts again). Ignored with `authClient`, which keeps the app's settings.
   * Whatever the choice, the flow clears it once the sign-in ends or can no longer go on.
   */
  @property({ attribute: 'transaction-storage' }) transactionStorage: TransactionStorage = 'session';

  /**
   * The app's replacements for any sentence, by key: okta-elements keys such as `flow.startOver` or
   * `error.timeout`, or Okta's i18n keys (`incorrectPassword`) for messages from the server. Keys left
   * out keep their default. Placeholders are `{name}`.
   */
  @property({ attribute: false }) strings: Strings = {};

  private readonly provider = new ContextProvider(this, { context: flowContext, initialValue: initialFlowState });
  private localizer: Localizer = createLocalizer('en');
  private readonly localizerProvider = new ContextProvider(this, { context: localizerContext, initialValue: this.localizer });
  /** Created on connection, not construction: a server renderer may construct the element where no DOM is. */
  private pageLangObserver?: MutationObserver;
  /** Notices the app removing its own steps, so the defaults can come back (see chooseActiveStep). */
  private childObserver?: MutationObserver;
  /** The wait for configuration that arrives late (see late-config.ts). */
  private readonly configWait = new ConfigWait();
  /** The issuer and client of the last driver: a transaction begun at one is never resumed at another. */
  private driverServer?: string;
  private driver?: FlowDriver;
  /** The Back button's bookkeeping, loaded on demand while `history` is on. */
  private historySync?: HistorySync;
  private preview = false;
  private configErrorShown = false;
  private renderedStatus?: FlowStatus;
  /** The `strings` the current localizer was built with. */
  private localizerStrings?: Strings;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * The current state, the one step elements read. Setting it renders that state without contacting a
   * server (for design review and tests); normally the driver sets it.
   */
  get state(): FlowState {
    return this.provider.value;
  }

  set state(value: FlowState) {
    this.preview = true;
    this.configWait.cancel();
    this.driver?.stop();
    this.driver = undefined;
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
    this.pageLangObserver ??= new MutationObserver(() => this.updateLocalizer());
    this.pageLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    this.childObserver ??= new MutationObserver(() => this.chooseActiveStep());
    this.childObserver.observe(this, { childList: true });
    this.updateLocalizer();
    // Nothing is added to the light DOM here (see default-steps.ts): hydration must find what the server sent.
    // Re-added after a removal (a framework re-render, a route change): pick the transaction up again.
    if (this.hasUpdated && !this.preview) {
      if (this.driver) void this.driver.begin();
      else this.followConfig(new Map());
    }
    if (this.hasUpdated) this.syncHistory();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.pageLangObserver?.disconnect();
    this.childObserver?.disconnect();
    this.configWait.cancel();
    this.driver?.stop();
    this.clearSecrets();
    this.syncHistory();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.updateLocalizer();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('strings')) this.updateLocalizer();
    // A new hint fills the next empty username field; nothing restarts.
    if (changed.has('loginHint') && this.hasUpdated) this.provider.setValue({ ...this.state, loginHint: this.loginHint || undefined });
  }

  protected override updated(changed: PropertyValues): void {
    if (this.isConnected && !this.preview) this.followConfig(changed);
    this.chooseActiveStep();
    this.focusPanel();
    if (changed.has('history')) this.syncHistory();
    this.focusQuestion();
  }

  private questionFocused = false;

  /** The Back button's question takes focus once when it appears, on the choice that loses nothing. */
  private focusQuestion(): void {
    const asking = !!this.historySync?.asking;
    if (asking && !this.questionFocused) this.renderRoot.querySelector<HTMLElement>('[data-leave="stay"]')?.focus();
    this.questionFocused = asking;
  }

  /** Starts or stops the Back button's bookkeeping (its module arrives on demand) as `history` and the page say. */
  private syncHistory(): void {
    const wanted = this.history && this.isConnected;
    if (!wanted) {
      this.historySync?.stop();
      this.historySync = undefined;
      return;
    }
    if (this.historySync) return;
    void import('./history-sync.js').then(({ HistorySync }) => {
      if (!this.history || !this.isConnected || this.historySync) return;
      // eslint-disable-next-line @typescript-eslint/no-this-alias -- the host reads live properties
      const flow = this;
      this.historySync = new HistorySync({
        get state() {
          return flow.state;
        },
        get localizer() {
          return flow.localizer;
        },
        showStep: (name) => this.driver?.showStep(name),
        proceed: (name) => void this.driver?.proceed(name, {}),
        restart: () => void this.driver?.restart(),
        requestUpdate: () => this.requestUpdate(),
        focusStep: () => void this.updateComplete.then(() => this.querySelector<HTMLElement>('[active] :is(input, select, button)')?.focus()),
      });
      this.historySync.onState(this.state);
      this.requestUpdate();
    });
  }

  /** The language: this element's `lang`, else the page's, else English. */
  private get flowLang(): string {
    return this.getAttribute('lang') || document.documentElement.lang || 'en';
  }

  /** A new localizer for the steps (and the driver's next sentences) when the language or `strings` change. */
  private updateLocalizer(): void {
    const lang = this.flowLang;
    if (lang === this.localizer.lang && this.strings === this.localizerStrings) return;
    this.localizerStrings = this.strings;
    this.localizer = createLocalizer(lang, this.strings ?? {});
    this.localizerProvider.setValue(this.localizer);
    // A language's catalogue is fetched on first use: English until it arrives, then the same step in its words.
    void loadCatalogue(lang)?.then(() => {
      if (this.localizer.lang !== lang) return;
      this.localizer = createLocalizer(lang, this.strings ?? {});
      this.localizerProvider.setValue(this.localizer);
      this.requestUpdate();
    });
    this.requestUpdate();
  }

  /** A password or one-time code must not stay in a form that left the page. */
  private clearSecrets(): void {
    for (const input of this.querySelectorAll<HTMLInputElement>('input[type="password"], input[autocomplete="one-time-code"]')) {
      input.value = '';
    }
  }

  /**
   * When the flow ends or stops, focus leaves the vanished form for the root: at an end (expired, access
   * denied), the message that says why, read first, with the way back next; after a failure, the way on.
   */
  private focusPanel(): void {
    const previous = this.renderedStatus;
    const { status } = this.state;
    this.renderedStatus = status;
    if (!previous || previous === status || (status !== 'terminal' && status !== 'error')) return;
    const reason = status === 'terminal' ? this.renderRoot.querySelector<HTMLElement>('[part~="message"]') : null;
    (reason ?? this.renderRoot.querySelector<HTMLButtonElement>('[part~="terminal"] button'))?.focus();
  }

  /**
   * Starts, restarts or stops the driver as the configuration says. Incomplete configuration is awaited quietly
   * (see late-config.ts); once complete, the flow starts, replacing any config-error shown meanwhile.
   */
  private followConfig(changed: PropertyValues): void {
    if (this.driver && !CONFIG_KEYS.some((key) => changed.has(key))) return;
    const client = this.resolveClient();
    if (!client) {
      this.awaitConfig();
      return;
    }
    this.configWait.cancel();
    this.configErrorShown = false;
    const server = this.serverOf(client);
    // Another issuer or client: the transaction under way belongs to the old server. It is stopped and cleared
    // (okta-auth-js would refuse it at the new one, with a console warning), and a new one starts there.
    const serverChanged = this.driverServer !== undefined && server !== this.driverServer;
    if (serverChanged && this.driver) {
      this.driver.stop();
      this.driver.client.transactionManager.clear();
    }
    // A new entry (flow, recovery token) set once a transaction is under way opens a new one there.
    const entryChanged = !!this.driver && (changed.has('flow') || changed.has('recoveryToken') || changed.has('activationToken'));
    this.driverServer = server;
    this.startDriver(client, entryChanged || serverChanged);
  }

  /** Configuration missing (not yet, or no longer): no driver, the loading line, and config-error after a fair chance. */
  private awaitConfig(): void {
    if (this.driver) {
      this.driver.stop();
      this.driver = undefined;
      this.publish(initialFlowState);
    }
    if (this.configErrorShown || this.configWait.waiting) return;
    this.configWait.start(() => this.reportMissingConfig());
  }

  private reportMissingConfig(): void {
    if (!this.isConnected || this.preview || this.driver || this.resolveClient()) return;
    this.configErrorShown = true;
    const problem = notConfigured(this.localizer);
    this.publish({ ...initialFlowState, status: 'error', messages: [{ text: problem.message, level: 'error' }], error: problem });
    emit(this, new OktaErrorEvent(problem));
  }

  private startDriver(client: IdxAuthClient | 'own', fresh: boolean): void {
    this.driver?.stop();
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the host reads live properties
    const flow = this;
    this.driver = new FlowDriver(
      {
        publish: (state) => this.publish(state),
        emit: (event) => emit(this, event),
        get storeTokens() {
          return flow.storeTokens;
        },
        get requestTimeout() {
          return flow.requestTimeout;
        },
        get localizer() {
          return flow.localizer;
        },
        get entry() {
          return { flow: flow.flow, recoveryToken: flow.recoveryToken, activationToken: flow.activationToken };
        },
      },
      client === 'own' ? (hooks) => createAuthClient(this.settings(), hooks, () => this.localizer.lang) : client,
      { pageOrigin: location.origin },
    );
    // A redirect back to this page (an identity provider's answer, the email link) is finished, not resumed.
    const landing = takeLanding();
    void (landing ? this.driver.land(landing) : this.driver.begin(fresh));
  }

  /** The app's client, `'own'` when the attributes configure one, nothing while configuration is incomplete. */
  private resolveClient(): IdxAuthClient | 'own' | undefined {
    if (this.authClient) return this.authClient;
    if (this.issuer && this.clientId) return 'own';
    return undefined;
  }

  /** The issuer and client a transaction belongs to. */
  private serverOf(client: IdxAuthClient | 'own'): string {
    const options = client === 'own' ? { issuer: this.issuer, clientId: this.clientId } : (client.options as { issuer?: string; clientId?: string });
    return `${options.issuer ?? ''} ${options.clientId ?? ''}`;
  }

  private settings() {
    return {
      issuer: this.issuer,
      clientId: this.clientId,
      redirectUri: this.redirectUri || `${location.origin}${location.pathname}`,
      scopes: this.scopes.split(/\s+/).filter(Boolean),
      transactionStorage: isTransactionStorage(this.transactionStorage) ? this.transactionStorage : 'session',
    };
  }

  private publish(state: FlowState): void {
    this.provider.setValue(this.loginHint ? { ...state, loginHint: this.loginHint } : state);
    this.historySync?.onState(state);
    this.requestUpdate();
  }

  /** An app's own step arrived (perhaps after the defaults were added): the defaults make way for it. */
  private onStepConnected(step: Element): void {
    if (step.parentElement === this && !step.hasAttribute('data-okta-default')) removeDefaultSteps(this);
    this.chooseActiveStep();
  }

  /**
   * Marks the one child that renders the current step: the first that declares it, else the fallback. Only when
   * there is a step to show may the flow add children: the defaults where the app has no steps of its own (at
   * the first step, or again after the app removed its own), or the fallback beside the app's steps.
   */
  private chooseActiveStep(): void {
    const step = this.state.step;
    if (step && !hasOwnSteps(this)) addDefaultSteps(this);
    const children = Array.from(this.children).filter((child): child is StepElement => child instanceof StepElement);
    const handles = (child: StepElement) => !!step && (child.constructor as unknown as StepElementClass).handles(step);
    const isFallback = (child: StepElement) => !!(child.constructor as unknown as StepElementClass).isFallback;
    // No step, no active child: nothing is reflected onto server-rendered children before there is something to show.
    let active = step ? (children.find((child) => !isFallback(child) && handles(child)) ?? children.find(isFallback)) : undefined;
    if (!active && step) {
      active = createDefaultStep(FALLBACK_TAG) as StepElement;
      this.append(active);
    }
    for (const child of children) child.active = child === active;
    if (active) active.active = true;
  }

  private retry(): void {
    void this.driver?.retry();
  }

  private restart(): void {
    void this.driver?.restart();
  }

  /** Server messages in the app's words when it replaced their i18n key; the flow's own are already localized. */
  private messageText(message: FlowMessage): string {
    return this.localizer.server(message);
  }

  protected override render(): TemplateResult {
    const { status, messages } = this.state;
    const end = terminalEnd(this.state);
    const i18n = this.localizer;
    const heading = end && terminalHeading(end, i18n, () => this.requestUpdate());
    const errors = messages.filter((m) => m.level === 'error');
    const notes = messages.filter((m) => m.level !== 'error');
    // At an end, the message is where focus goes (see focusPanel), so it can take focus from script.
    const tabindex = status === 'terminal' ? -1 : undefined;
    const line = (m: FlowMessage) =>
      html`<p class="message message-${m.level}" part="message message-${m.level}" tabindex=${ifDefined(tabindex)}>${this.messageText(m)}</p>`;
    return html`${heading ? html`<h2 class="terminal-heading" part="terminal-heading">${heading}</h2>` : nothing}
      ${renderCallbackEnd(this, this.state, i18n)}
      <div class="messages" part="messages" ?data-empty=${messages.length === 0}>
        <div role="alert">${errors.map(line)}</div>
        <div role="status">${notes.map(line)}</div>
      </div>
      ${status === 'starting'
        ? html`<p class="loading" part="loading" role="status"><span class="okta-spinner" aria-hidden="true"></span>${i18n.t('flow.loading')}</p>`
        : nothing}
      ${status === 'terminal'
        ? html`<div class="panel" part="terminal">
            <button part="button" class="okta-button" @click=${this.restart}>${i18n.t(terminalAction(this.state, end))}</button>
          </div>`
        : nothing}
      ${status === 'error' && this.driver
        ? html`<div class="panel" part="terminal">
            <button part="button" class="okta-button" @click=${this.retry}>${i18n.t('flow.tryAgain')}</button>
            <button part="button secondary" class="okta-button okta-button-secondary" @click=${this.restart}>${i18n.t('flow.startOver')}</button>
          </div>`
        : nothing}
      ${status === 'success' ? html`<p class="success" part="success" role="status">${i18n.t('flow.signedIn')}</p>` : nothing}
      ${this.historySync?.render() ?? nothing}
      <slot ?hidden=${!!this.historySync?.asking}></slot>`;
  }
}

defineElement('okta-flow', OktaFlow);

declare global {
  interface HTMLElementTagNameMap {
    'okta-flow': OktaFlow;
  }
}
