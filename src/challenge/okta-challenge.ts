import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { StepElement } from '../internal/step-element.js';
import { defineElement } from '../internal/define.js';
import { readForm } from '../internal/form-values.js';
import { renderSubmit, renderTextField } from '../internal/render-field.js';
import type { FlowStep } from '../flow/flow-state.js';
import type { StepValues } from '../events/okta-proceed.js';

/**
 * Verifies the user with an authenticator they already have (IDX remediation `challenge-authenticator`).
 * This version handles the password authenticator (`okta_password`); other authenticators fall back to
 * the generic form until their own views land.
 *
 * @customElement okta-challenge
 * @summary Password challenge of the sign-in flow.
 * @fires okta-proceed - Asks `<okta-flow>` to send the answer.
 * @fires okta-restart - Asks `<okta-flow>` to start over ("Back to sign in").
 */
export class OktaChallenge extends StepElement {
  static override handles(step: FlowStep): boolean {
    return step.name === 'challenge-authenticator' && step.authenticator?.key === 'okta_password';
  }

  /** Heading shown above the form. */
  @property() heading = 'Verify with your password';

  protected override renderStep(step: FlowStep): TemplateResult {
    const passcode = this.field('credentials.passcode');
    const identifier = this.flow?.user?.identifier;
    return html`<form class="okta-step" novalidate @submit=${this.onSubmit} aria-labelledby=${this.idFor('heading')}>
      <h2 id=${this.idFor('heading')}>${this.heading}</h2>
      ${identifier
        ? html`<p class="okta-hint">Signing in as <strong>${identifier}</strong></p>
            <input type="text" name="username" autocomplete="username" .value=${identifier} hidden />`
        : nothing}
      ${renderTextField({
        id: this.idFor('password'),
        name: 'credentials.passcode',
        label: passcode?.label ?? step.authenticator?.displayName ?? 'Password',
        type: 'password',
        autocomplete: 'current-password',
        required: true,
        errors: this.errorsFor('credentials.passcode'),
      })}
      ${renderSubmit('Verify', this.busy, 'Verifying…')}
      <div class="okta-links">
        ${this.flow?.canRecoverPassword
          ? html`<button type="button" class="okta-link" @click=${this.onForgot}>Forgot password?</button>`
          : nothing}
        <button type="button" class="okta-link" @click=${this.requestRestart}>Back to sign in</button>
      </div>
    </form>`;
  }

  protected override collectValues(form: HTMLFormElement): StepValues {
    const { ['credentials.passcode']: passcode } = readForm(form);
    return { 'credentials.passcode': passcode };
  }

  private onForgot(): void {
    this.requestAction('currentAuthenticatorEnrollment-recover');
  }
}

defineElement('okta-challenge', OktaChallenge);

declare global {
  interface HTMLElementTagNameMap {
    'okta-challenge': OktaChallenge;
  }
}
