import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { StepElement } from '../internal/step-element.js';
import { defineElement } from '../internal/define.js';
import { readForm } from '../internal/form-values.js';
import { renderSubmit, renderTextField } from '../internal/render-field.js';
import type { FlowMessage, FlowStep } from '../flow/flow-state.js';
import type { StepValues } from '../events/okta-proceed.js';
import { passwordRequirements, type PasswordRequirement } from './password-requirements.js';

const CONFIRM = 'confirmPassword';

/**
 * Sets up an authenticator (IDX remediation `enroll-authenticator`). This version handles the
 * password authenticator: a new password with the org's requirements shown and checked as the person
 * types, and a confirmation field.
 *
 * @customElement okta-enroll
 * @summary Password enrollment of the sign-in flow.
 * @fires okta-proceed - Asks `<okta-flow>` to send the new password.
 * @fires okta-restart - Asks `<okta-flow>` to start over ("Back to sign in").
 */
export class OktaEnroll extends StepElement {
  static override handles(step: FlowStep): boolean {
    return step.name === 'enroll-authenticator' && step.authenticator?.key === 'okta_password';
  }

  /** Heading shown above the form. */
  @property() heading = 'Set up a password';

  @state() private candidate = '';

  private get requirements(): PasswordRequirement[] {
    const user = this.flow?.user;
    return passwordRequirements(this.step?.authenticator?.settings?.complexity, {
      username: user?.identifier,
      attributes: { firstName: user?.firstName, lastName: user?.lastName },
    });
  }

  protected override renderStep(_step: FlowStep): TemplateResult {
    const passcode = this.field('credentials.passcode');
    const requirements = this.requirements;
    const listId = this.idFor('requirements');
    const identifier = this.flow?.user?.identifier;
    return html`<form class="okta-step" novalidate @submit=${this.onSubmit} aria-labelledby=${this.idFor('heading')}>
      <h2 id=${this.idFor('heading')}>${this.heading}</h2>
      ${identifier
        ? html`<input type="text" name="username" autocomplete="username" .value=${identifier} hidden />`
        : nothing}
      ${requirements.length
        ? html`<div>
            <p class="okta-hint" id=${this.idFor('requirements-title')}>Your password needs:</p>
            <ul class="okta-requirements" id=${listId} aria-labelledby=${this.idFor('requirements-title')}>
              ${requirements.map((rule) => {
                const met = rule.test(this.candidate);
                return html`<li data-rule=${rule.id} ?data-met=${met}>
                  ${rule.text}<span class="okta-visually-hidden">${met ? ' (done)' : ' (not yet)'}</span>
                </li>`;
              })}
            </ul>
          </div>`
        : nothing}
      <div @input=${this.onPasswordInput}>
        ${renderTextField({
          id: this.idFor('password'),
          name: 'credentials.passcode',
          label: passcode?.label ?? 'New password',
          type: 'password',
          autocomplete: 'new-password',
          required: true,
          describedBy: requirements.length ? [listId] : [],
          errors: this.errorsFor('credentials.passcode'),
        })}
      </div>
      ${renderTextField({
        id: this.idFor('confirm'),
        name: CONFIRM,
        label: 'Re-enter password',
        type: 'password',
        autocomplete: 'new-password',
        required: true,
        errors: this.errorsFor(CONFIRM),
      })}
      ${renderSubmit('Set password', this.busy, 'Saving…')}
      <div class="okta-links">
        <button type="button" class="okta-link" @click=${this.requestRestart}>Back to sign in</button>
      </div>
    </form>`;
  }

  private onPasswordInput(event: InputEvent): void {
    const input = event.target as HTMLInputElement;
    if (input.name === 'credentials.passcode') this.candidate = input.value;
  }

  protected override collectValues(form: HTMLFormElement): StepValues {
    const values = readForm(form);
    return { 'credentials.passcode': values['credentials.passcode'], [CONFIRM]: values[CONFIRM] };
  }

  protected override validate(values: StepValues): Record<string, FlowMessage[]> {
    const errors = super.validate(values);
    const password = String(values['credentials.passcode'] ?? '');
    const unmet = this.requirements.filter((rule) => !rule.test(password));
    if (password && unmet.length) {
      errors['credentials.passcode'] = [
        { text: `Password requirements were not met: ${unmet.map((r) => r.text.toLowerCase()).join(', ')}.`, level: 'error' },
      ];
    }
    if (!values[CONFIRM]) {
      errors[CONFIRM] = [{ text: 'Re-enter your new password', level: 'error' }];
    } else if (values[CONFIRM] !== password) {
      errors[CONFIRM] = [{ text: 'Passwords must match', level: 'error' }];
    }
    return errors;
  }

  protected override toRequest(values: StepValues): StepValues {
    // The confirmation is checked in the browser and never sent.
    return { 'credentials.passcode': values['credentials.passcode'] };
  }

  protected override afterServerAnswer(isNewStep: boolean): void {
    if (isNewStep || !this.errorsFor('credentials.passcode').length) return;
    this.querySelectorAll<HTMLInputElement>('input[type=password]').forEach((input) => (input.value = ''));
    this.candidate = '';
  }
}

defineElement('okta-enroll', OktaEnroll);

declare global {
  interface HTMLElementTagNameMap {
    'okta-enroll': OktaEnroll;
  }
}
