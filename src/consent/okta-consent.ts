import type { TemplateResult } from 'lit';
import { StepElement } from '../step/step-element.js';
import type { FlowStep } from '../state/flow-state.js';
import { onDemandAuthenticators } from '../authenticators/registry.js';
import { OnDemandWait } from '../authenticators/on-demand-wait.js';
import { readForm } from '../step/form-values.js';
import { defineElement } from '../internal/define.js';

/** Okta's questions after authentication: end-user consent, granular consent (scopes the person may leave out), "Stay signed in?". */
const STEPS = ['consent', 'granular-consent', 'keep-me-signed-in'];

/** The screens, once the on-demand file is here (`../authenticators/consent-views.ts`). */
const views = () => onDemandAuthenticators.value?.CONSENT_VIEWS;

/**
 * App consent, asked after sign-in when the app requests scopes the person has not granted yet (`consent`,
 * `granular-consent`): the app's logo and name, what it will be able to do (each scope's label and
 * description, as text; under granular consent a checkbox for each scope the person may leave out), then
 * "Allow" or "Don't allow". Allow sends `consent: true` (with the chosen scopes); Don't allow sends
 * `consent: false`, and Okta ends the sign-in ("Access not allowed", then "Back to sign in"). It also asks Okta's
 * post-authentication "Stay signed in?" (`keep-me-signed-in`: "Stay signed in" or "Don't stay signed in",
 * sent as `keepMeSignedIn`). The screens load on demand, with the authenticators outside the main bundle.
 *
 * @customElement okta-consent
 * @summary App consent (the scopes an app asks for, Allow or Don't allow) and "Stay signed in?" after sign-in.
 * @fires okta-proceed - Asks `<okta-flow>` to send the answer: `consent: true` (and `optedScopes`) or `consent: false`; `keepMeSignedIn`.
 * @fires okta-restart - Asks `<okta-flow>` to start over ("Back to sign in" when the screens could not be loaded).
 */
export class OktaConsent extends StepElement {
  static override handles(step: FlowStep): boolean {
    return STEPS.includes(step.name);
  }

  /** Which answer was pressed, while it is on the way. */
  private pressed?: 'allow' | 'deny';
  private readonly onDemand = new OnDemandWait(this);

  protected override renderStep(step: FlowStep): TemplateResult {
    const screens = views();
    if (!screens) {
      this.stepPending = true;
      return this.onDemand.render(this.t.bind(this), this.renderStepLinks());
    }
    if (!this.busy) this.pressed = undefined;
    return screens.renderConsent({
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

  /** Allow (the form's submit, with the chosen scopes) or Don't allow (nothing else is sent). */
  private answer(event: SubmitEvent | undefined, yes: boolean): void {
    event?.preventDefault();
    const step = this.step;
    const screens = views();
    if (this.busy || !step || !screens) return;
    const form = this.querySelector('form');
    this.pressed = yes ? 'allow' : 'deny';
    this.requestStep(step.name, screens.consentAnswer(step, yes && form ? readForm(form) : {}, yes));
  }
}

defineElement('okta-consent', OktaConsent);

declare global {
  interface HTMLElementTagNameMap {
    'okta-consent': OktaConsent;
  }
}
