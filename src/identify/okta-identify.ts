import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { StepElement } from '../step/step-element.js';
import { defineElement } from '../internal/define.js';
import { readForm } from '../step/form-values.js';
import { renderCheckbox, renderSubmit, renderTextField } from '../step/render-field.js';
import type { FlowStep } from '../state/flow-state.js';
import type { StepValues } from '../events/okta-proceed.js';

/**
 * The first step of sign-in (IDX remediation `identify`): the username, the password when the org
 * asks for both on one form, and "Keep me signed in" when the org offers it.
 *
 * Renders a native `<form>` in the light DOM so browsers and password managers can fill it.
 * Place it inside `<okta-flow>`; it shows itself when the flow is at the `identify` step.
 *
 * @customElement okta-identify
 * @summary Username (and password) form of the sign-in flow.
 * @fires okta-proceed - Asks `<okta-flow>` to send the form; detail on the event: `step`, `values`.
 * @fires okta-restart - Asks `<okta-flow>` to start over.
 */
export class OktaIdentify extends StepElement {
  static override handles(step: FlowStep): boolean {
    return step.name === 'identify';
  }

  /** Heading shown above the form. */
  @property() heading = 'Sign in';

  protected override renderStep(_step: FlowStep): TemplateResult {
    const identifier = this.field('identifier');
    const password = this.field('credentials.passcode');
    const rememberMe = this.field('rememberMe');
    return html`<form class="okta-step" novalidate @submit=${this.onSubmit} aria-labelledby=${this.idFor('heading')}>
      <h2 id=${this.idFor('heading')}>${this.heading}</h2>
      ${renderTextField({
        id: this.idFor('identifier'),
        name: 'identifier',
        label: identifier?.label ?? 'Username',
        autocomplete: 'username',
        type: 'text',
        required: true,
        value: typeof identifier?.value === 'string' ? identifier.value : undefined,
        errors: this.errorsFor('identifier'),
      })}
      ${password
        ? renderTextField({
            id: this.idFor('password'),
            name: 'credentials.passcode',
            label: password.label ?? 'Password',
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
            label: rememberMe.label ?? 'Keep me signed in',
            checked: rememberMe.value === true,
          })
        : nothing}
      ${renderSubmit(password ? 'Sign in' : 'Next', this.busy, 'Signing in…')}
      ${password && this.flow?.canRecoverPassword
        ? html`<div class="okta-links">
            <button type="button" class="okta-link" @click=${this.onForgot}>Forgot password?</button>
          </div>`
        : nothing}
    </form>`;
  }

  protected override collectValues(form: HTMLFormElement): StepValues {
    const values = readForm(form);
    const identifier = typeof values.identifier === 'string' ? values.identifier.trim() : values.identifier;
    return { ...values, identifier };
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
