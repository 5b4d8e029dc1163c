import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { StepElement } from '../step/step-element.js';
import { defineElement } from '../internal/define.js';
import { renderCheckbox, renderSubmit, renderTextField } from '../step/render-field.js';
import type { FlowStep } from '../state/flow-state.js';
import type { StepValues } from '../events/okta-proceed.js';
import { idpsFirst, renderIdpButtons } from '../step/idp-buttons.js';

/** Okta's "whose password?" step, answered with the username like `identify`. */
const RECOVERY = 'identify-recovery';

/** Okta's way into account unlock, offered beside `identify` (sent with nothing but the state handle). */
const UNLOCK = 'unlock-account';

/** Okta's way into self-service registration, offered beside `identify` ("Sign up": the registration form). */
const SIGN_UP = 'select-enroll-profile';

/**
 * The first step of sign-in (IDX remediation `identify`): the username, the password when the org
 * asks for both on one form, and "Keep me signed in" when the org offers it. It also asks whose password
 * to reset when a recovery starts without a known user (`identify-recovery`: "Reset your password", with
 * "Back to sign in"). Where Okta offers account unlock, "Unlock account?" opens it; where it offers
 * self-service registration, "Sign up" opens the registration form (`<okta-register>`).
 *
 * Renders a native `<form>` in the light DOM so browsers and password managers can fill it.
 * Place it inside `<okta-flow>`; it shows itself when the flow is at the `identify` step.
 *
 * @customElement okta-identify
 * @summary Username (and password) form of the sign-in flow.
 * @fires okta-proceed - Asks `<okta-flow>` to send the form (or to run password recovery); detail on the event: `step`, `values`.
 * @fires okta-restart - Asks `<okta-flow>` to start over ("Back to sign in" from the password reset form).
 * @fires okta-idp-redirect - Cancelable: the person picked an identity provider ("Sign in with Google", the org's SAML or OIDC provider, shown above or below the form in the server's order) and the page is about to leave for it (`event.idpType`, `event.idpName`, `event.url`).
 */
export class OktaIdentify extends StepElement {
  static override handles(step: FlowStep): boolean {
    return step.name === 'identify' || step.name === RECOVERY;
  }

  /** Heading shown above the sign-in form; by default "Sign in" (catalogue key `identify.heading`). */
  @property() heading?: string;

  /** Heading of the form that starts a password reset; by default "Reset your password" (`identify.recover.heading`). */
  @property({ attribute: 'recover-heading' }) recoverHeading?: string;

  protected override renderStep(step: FlowStep): TemplateResult {
    const password = this.field('credentials.passcode');
    // Whose password to reset: the username alone, "Next", and the way back to sign in. A recovery the app
    // asked for (`flow="recover"`) on an identifier-first org starts with the username too.
    const recovering = step.name === RECOVERY || (this.flow?.recovering === true && !password);
    const rememberMe = recovering ? undefined : this.field('rememberMe');
    const heading = recovering ? (this.recoverHeading ?? this.t('identify.recover.heading')) : (this.heading ?? this.t('identify.heading'));
    // Identity provider buttons above the form or below it, as the server orders them around `identify`.
    const idps = recovering ? nothing : renderIdpButtons(this, this.flow, this.localizer);
    const idpsAbove = idpsFirst(this.flow, step.name);
    return html`<form class="okta-step" novalidate @submit=${this.onSubmit} aria-labelledby=${this.idFor('heading')}>
      <h2 id=${this.idFor('heading')}>${heading}</h2>
      ${recovering ? html`<p class="okta-hint">${this.t('identify.recover.hint')}</p>` : nothing}
      ${idpsAbove ? idps : nothing}
      ${this.renderUsernameField()}
      ${password
        ? renderTextField({
            id: this.idFor('password'),
            name: 'credentials.passcode',
            label: password.label ?? this.t('identify.password'),
            type: 'password',
            autocomplete: 'current-password',
            required: true,
            errors: this.errorsFor('credentials.passcode'),
          })
        : nothing}
      ${rememberMe
        ? renderCheckbox({
            id: this.idFor('remember'),
            name: 'rememberMe',
            label: rememberMe.label ?? this.t('identify.rememberMe'),
            checked: rememberMe.value === true,
          })
        : nothing}
      ${renderSubmit(password ? this.t('identify.signIn') : this.t('step.next'), this.busy, this.t(recovering ? 'step.working' : 'identify.signingIn'))}
      ${idpsAbove ? nothing : idps}
      ${recovering
        ? html`<div class="okta-links">
            <button type="button" class="okta-link" @click=${this.requestRestart}>${this.t('step.link.backToSignIn')}</button>
          </div>`
        : this.renderHelpLinks(!!password)}
    </form>`;
  }

  protected override collectValues(form: HTMLFormElement): StepValues {
    const values = super.collectValues(form);
    const identifier = typeof values.identifier === 'string' ? values.identifier.trim() : values.identifier;
    return { ...values, identifier };
  }

  /** "Forgot password?" beside a password, "Unlock account?" where Okta offers `unlock-account`, "Sign up" where it offers registration. */
  private renderHelpLinks(password: boolean): TemplateResult | typeof nothing {
    const forgot = password && this.flow?.canRecoverPassword;
    const unlock = this.flow?.steps.some((s) => s.name === UNLOCK);
    const signUp = this.flow?.steps.some((s) => s.name === SIGN_UP);
    if (!forgot && !unlock && !signUp) return nothing;
    return html`<div class="okta-links">
      ${forgot ? html`<button type="button" class="okta-link" @click=${this.onForgot}>${this.t('step.link.forgotPassword')}</button>` : nothing}
      ${unlock
        ? html`<button type="button" class="okta-link" @click=${() => this.requestStep(UNLOCK)}>${this.t('step.link.unlockAccount')}</button>`
        : nothing}
      ${signUp ? html`<button type="button" class="okta-link" @click=${() => this.requestStep(SIGN_UP)}>${this.t('step.link.signUp')}</button>` : nothing}
    </div>`;
  }

  private onForgot(): void {
    this.requestAction('currentAuthenticator-recover');
  }
}

defineElement('okta-identify', OktaIdentify);

declare global {
  interface HTMLElementTagNameMap {
    'okta-identify': OktaIdentify;
  }
}
