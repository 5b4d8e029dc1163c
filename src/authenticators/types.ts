import type { SVGTemplateResult, TemplateResult, nothing } from 'lit';
import type { FlowAuthenticator, FlowField, FlowMessage, FlowState, FlowStep } from '../state/flow-state.js';
import type { StepValues } from '../events/okta-proceed.js';
import type { MessageKey } from '../i18n/localize.js';
import type { CooldownController } from '../step/cooldown.js';
import type { FieldRules, Translate } from '../step/validators.js';

/** Whether a step proves the person has an authenticator (`verify`) or sets one up (`enroll`). */
export type AuthenticatorMode = 'verify' | 'enroll';

/** What a view remembers between renders of one step (the question chosen, the password typed so far). */
export interface ViewState {
  get<T>(key: string): T | undefined;
  /** Stores a value and renders the step again. Cleared when another step is shown. */
  set(key: string, value: unknown): void;
}

/**
 * Everything a view may use, given by the element that shows it: the step and flow state, the catalogue,
 * ids, errors, progress, the resend countdown, and the requests a view may ask for. A recovery, reset or
 * unlock screen gives the same context and reuses the views unchanged.
 */
export interface ViewContext {
  readonly step: FlowStep;
  readonly flow: FlowState;
  readonly mode: AuthenticatorMode;
  /** The authenticator the step is about: its own, else the one the flow is verifying or setting up. */
  readonly authenticator?: FlowAuthenticator;
  /** That authenticator's name for people (the server's display name first). */
  readonly authenticatorName: string;
  /** True while a request is in flight. */
  readonly busy: boolean;
  /** The language sentences are shown in. */
  readonly lang: string;
  /** The element the view renders into (light DOM), for views that reset their inputs. */
  readonly host: HTMLElement;
  readonly t: Translate;
  /** A page-unique id for one of the view's controls. */
  idFor(name: string): string;
  /** Messages on a field (local checks first, else the server's). */
  errorsFor(name: string): readonly FlowMessage[];
  field(name: string): FlowField | undefined;
  readonly resendCooldown: CooldownController;
  readonly ui: ViewState;
  /** Why the last `submit` ceremony failed, as a catalogue key, until the next attempt. */
  readonly ceremonyProblem?: MessageKey;
  /** Runs an IDX action offered beside the step (`…-resend`, `…-recover`). */
  requestAction(name: string): void;
  actionEndingWith(suffix: string): string | undefined;
  /** Shows another remediation the server offers beside this one, without a request. */
  showStep(name: string): void;
  requestUpdate(): void;
}

/** One screen of an authenticator: what it shows, what it checks, and what it sends. */
export interface View {
  /** The heading when it is not "Verify with {name}" / "Set up {name}". */
  heading?(ctx: ViewContext): string;
  /** Adds the signed-in username as a hidden field, so password managers save it with the secret. */
  readonly username?: boolean;
  /** Starts the resend countdown when the view appears and the server offers a resend action. */
  readonly resends?: boolean;
  render(ctx: ViewContext): TemplateResult;
  /** Links shown before "Choose another method" and "Back to sign in". */
  links?(ctx: ViewContext): TemplateResult | typeof nothing;
  /** The named validators of each field; by default `required` on the server's required fields. */
  rules?(ctx: ViewContext): FieldRules;
  /** What is sent, from the checked values (digits of a code, a number in E.164, no confirmation). */
  toRequest?(values: StepValues, ctx: ViewContext): StepValues;
  /** A ceremony run in the browser instead of sending the form (WebAuthn); resolves to the values to send. */
  submit?(ctx: ViewContext): Promise<StepValues>;
  /** Why a `submit` ceremony failed, as a catalogue key. */
  problem?(error: unknown): MessageKey;
  /** Runs after each server answer, once the step is rendered. */
  afterServerAnswer?(ctx: ViewContext, isNewStep: boolean): void;
}

/**
 * Everything about one authenticator for people: its name, icon, what choosing it does, and its
 * views. `verify` answers `challenge-authenticator`, `enroll` answers `enroll-authenticator`; `around`
 * holds the data, channel and polling steps of each mode, by remediation name.
 */
export interface AuthenticatorModule {
  /** The authenticator keys this module serves (`okta_email`); the first is its own. */
  readonly keys: readonly string[];
  /** Its default name, when the server sends no display name; `undefined` when it has none of its own. */
  name(t: Translate, authenticator?: FlowAuthenticator): string | undefined;
  /** A line icon (the inside of a 24×24 SVG, drawn in currentColor). */
  icon(authenticator?: FlowAuthenticator): SVGTemplateResult;
  /** What choosing it will do, in the person's words (with the masked address or number). */
  action(t: Translate, authenticator: FlowAuthenticator | undefined, enrolling: boolean): string;
  readonly verify?: View;
  readonly enroll?: View;
  readonly around?: Partial<Record<AuthenticatorMode, Readonly<Record<string, View>>>>;
}
