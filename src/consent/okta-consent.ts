import { html, type TemplateResult } from 'lit';
import { StepElement } from '../step/step-element.js';
import type { FlowStep } from '../state/flow-state.js';
import { addEnglish } from '../i18n/localize.js';
import { LoadOnce } from '../authenticators/load-once.js';
import { readForm } from '../step/form-values.js';
import { defineElement } from '../internal/define.js';

/** Okta's questions after authentication: end-user consent, granular consent (scopes the person may leave out), "Stay signed in?". */
const CONSENT_STEPS = ['consent', 'granular-consent', 'keep-me-signed-in'];

/** The screen and its sentences, fetched the first time a consent step is shown (a test may replace `fetch`). */
export const consentViews = new LoadOnce(() => import('./consent-view.js'));

// Its sentences join the catalogue before the screen renders (this listener is the first, whoever loads it).
consentViews.subscribe(() => {
  if (consentViews.value) addEnglish(consentViews.value.CONSENT_STRINGS);
});

/**
 * App consent, asked after sign-in when the app requests scopes the person has not granted yet (`consent`,
 * `granular-consent`): the app's logo and name, what it will be able to do (each scope's label and
 * description, as text; under granular consent a checkbox for each scope the person may leave out), then
 * "Allow" or "Don't allow". Allow sends `consent: true` (with the chosen scopes); Don't allow sends
 * `consent: false`, and Okta ends the sign-in ("Access not allowed", then "Back to sign in"). It also asks Okta's
 * post-authentication "Stay signed in?" (`keep-me-signed-in`: "Stay signed in" or "Don't stay signed in",
 * sent as `keepMeSignedIn`). The screens load on demand: only a person asked downloads them.
 *
 * @customElement okta-consent
 * @summary App consent (the scopes an app asks for, Allow or Don't allow) and "Stay signed in?" after sign-in.
 * @fires okta-proceed - Asks `<okta-flow>` to send the answer: `consent: true` (and `optedScopes`) or `consent: false`; `keepMeSignedIn`.
 */
export class OktaConsent extends StepElement {
  static override handles(step: FlowStep): boolean {
    return CONSENT_STEPS.includes(step.name);
  }

  private pressed?: 'allow' | 'deny';
  private unsubscribe?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe ??= consentViews.subscribe(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  protected override renderStep(step: FlowStep): TemplateResult {
    const views = consentViews.value;
    if (!views) {
      this.stepPending = true;
      return this.renderWait();
    }
    if (!this.busy) this.pressed = undefined;
    return views.renderConsent({
      step,
      app: this.flow?.app,
      busy: this.busy,
      pressed: this.pressed,
      t: (key, params) => this.t(key, params),
      idFor: (name) => this.idFor(name),
      allow: (event) => this.answer(event, true),
      deny: () => this.answer(undefined, false),
    });
  }

  /** While the screen downloads: "Loading…"; when that failed: the failure, "Try again" and the way back. */
  private renderWait(): TemplateResult {
    if (consentViews.status === 'idle') this.loadViews();
    if (consentViews.status !== 'failed') {
      return html`<p class="okta-hint" role="status"><span class="okta-spinner" aria-hidden="true"></span> ${this.t('step.loading')}</p>`;
    }
    return html`<div class="okta-step">
      <p class="okta-field-error" role="alert">${this.t('step.loadFailed')}</p>
      <button type="button" class="okta-button" @click=${this.loadViews}>${this.t('step.tryAgain')}</button>
      ${this.renderStepLinks()}
    </div>`;
  }

  /** The failure is shown through the status (the listener renders again), not thrown. */
  private readonly loadViews = (): void => {
    consentViews.load().catch(() => undefined);
  };

  /** Allow (the form's submit, with the chosen scopes) or Don't allow (nothing else is sent). */
  private answer(event: SubmitEvent | undefined, consent: boolean): void {
    event?.preventDefault();
    const step = this.step;
    const views = consentViews.value;
    if (this.busy || !step || !views) return;
    const form = this.querySelector('form');
    this.pressed = consent ? 'allow' : 'deny';
    this.requestStep(step.name, views.consentAnswer(step, consent && form ? readForm(form) : {}, consent));
  }
}

defineElement('okta-consent', OktaConsent);

declare global {
  interface HTMLElementTagNameMap {
    'okta-consent': OktaConsent;
  }
}
