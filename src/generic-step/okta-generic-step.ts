import { html, nothing, type TemplateResult } from 'lit';
import { StepElement } from '../step/step-element.js';
import { defineElement } from '../internal/define.js';
import { readForm } from '../step/form-values.js';
import { errorIdFor, renderCheckbox, renderSubmit, renderTextField } from '../step/render-field.js';
import type { FlowField, FlowStep } from '../state/flow-state.js';
import type { StepValues } from '../events/okta-proceed.js';

const TITLES: Readonly<Record<string, string>> = {
  'select-authenticator-authenticate': 'Verify it’s you',
  'select-authenticator-enroll': 'Set up security methods',
  'challenge-authenticator': 'Verify it’s you',
  'enroll-authenticator': 'Set up a security method',
  'identify-recovery': 'Reset your password',
  'enroll-profile': 'Sign up',
  skip: 'Continue',
};

/** "select-authenticator-enroll" → "Select authenticator enroll", for steps with no better title. */
const humanize = (name: string): string => {
  const words = name.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * A form built from whatever inputs the server's remediation lists. `<okta-flow>` shows it for any step
 * that no other child handles, so no server answer leaves the person at a dead end.
 *
 * @customElement okta-generic-step
 * @summary Fallback form for any IDX remediation.
 * @fires okta-proceed - Asks `<okta-flow>` to send the form.
 * @fires okta-restart - Asks `<okta-flow>` to start over.
 */
export class OktaGenericStep extends StepElement {
  static override handles(_step: FlowStep): boolean {
    return true;
  }

  static readonly isFallback = true;

  protected override renderStep(step: FlowStep): TemplateResult {
    const title = TITLES[step.name] ?? humanize(step.name);
    return html`<form class="okta-step" novalidate @submit=${this.onSubmit} aria-labelledby=${this.idFor('heading')}>
      <h2 id=${this.idFor('heading')}>${title}</h2>
      ${step.authenticator?.displayName ? html`<p class="okta-hint">${step.authenticator.displayName}</p>` : nothing}
      ${step.fields.map((field) => this.renderField(field))}
      ${renderSubmit(step.fields.length ? 'Next' : title, this.busy)}
      <div class="okta-links">
        <button type="button" class="okta-link" @click=${this.requestRestart}>Back to sign in</button>
      </div>
    </form>`;
  }

  private renderField(field: FlowField): TemplateResult {
    const id = this.idFor(field.name);
    const label = field.label ?? humanize(field.name.split('.').pop() ?? field.name);
    if (field.type === 'boolean') {
      return renderCheckbox({ id, name: field.name, label, checked: field.value === true });
    }
    if (field.type === 'choice') {
      const errors = this.errorsFor(field.name);
      return html`<fieldset
        class="okta-choices"
        data-field=${field.name}
        aria-describedby=${errors.length ? errorIdFor(id) : nothing}
      >
        <legend>${label}</legend>
        ${(field.options ?? []).map(
          (option, index) => html`<div class="okta-check">
            <input
              type="radio"
              id=${`${id}-${index}`}
              name=${field.name}
              .value=${JSON.stringify(option.value)}
              ?required=${field.required}
              aria-invalid=${errors.length ? 'true' : 'false'}
            />
            <label for=${`${id}-${index}`}>${option.label}</label>
          </div>`,
        )}
        ${errors.length
          ? html`<p class="okta-field-error" id=${errorIdFor(id)}>${errors.map((e) => e.text).join(' ')}</p>`
          : nothing}
      </fieldset>`;
    }
    return renderTextField({
      id,
      name: field.name,
      label,
      type: field.secret ? 'password' : 'text',
      autocomplete: field.secret ? 'current-password' : field.name.endsWith('passcode') ? 'one-time-code' : 'on',
      required: field.required,
      value: field.value === undefined ? undefined : String(field.value),
      maxLength: field.maxLength,
      errors: this.errorsFor(field.name),
    });
  }

  protected override collectValues(form: HTMLFormElement): StepValues {
    const values: Record<string, unknown> = { ...readForm(form) };
    for (const field of this.step?.fields ?? []) {
      const raw = values[field.name];
      if (field.type === 'choice' && typeof raw === 'string') values[field.name] = JSON.parse(raw);
      if ((field.type === 'number' || field.type === 'integer') && typeof raw === 'string' && raw !== '') {
        values[field.name] = Number(raw);
      }
    }
    return values;
  }
}

defineElement('okta-generic-step', OktaGenericStep);

declare global {
  interface HTMLElementTagNameMap {
    'okta-generic-step': OktaGenericStep;
  }
}
