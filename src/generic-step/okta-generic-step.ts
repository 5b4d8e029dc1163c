import { html, nothing, type TemplateResult } from 'lit';
import { StepElement } from '../step/step-element.js';
import { defineElement } from '../internal/define.js';
import { errorIdFor, renderCheckbox, renderSubmit, renderTextField } from '../step/render-field.js';
import type { FlowField, FlowStep } from '../state/flow-state.js';
import type { StepValues } from '../events/okta-proceed.js';
import type { MessageKey } from '../i18n/localize.js';

/** Titles of remediations this form may show; any other is named after the remediation. */
const TITLES: Readonly<Record<string, MessageKey>> = {
  'select-authenticator-authenticate': 'generic.title.verify',
  'select-authenticator-enroll': 'generic.title.selectEnroll',
  'challenge-authenticator': 'generic.title.verify',
  'enroll-authenticator': 'generic.title.enroll',
  'identify-recovery': 'generic.title.recover',
  'enroll-profile': 'generic.title.register',
  skip: 'generic.title.skip',
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
    const titleKey = TITLES[step.name];
    const title = titleKey ? this.t(titleKey) : humanize(step.name);
    return html`<form class="okta-step" novalidate @submit=${this.onSubmit} aria-labelledby=${this.idFor('heading')}>
      <h2 id=${this.idFor('heading')}>${title}</h2>
      ${step.authenticator?.displayName ? html`<p class="okta-hint">${step.authenticator.displayName}</p>` : nothing}
      ${step.fields.map((field) => this.renderField(field))}
      ${renderSubmit(step.fields.length ? this.t('step.next') : title, this.busy, this.t('step.working'))}
      <div class="okta-links">
        <button type="button" class="okta-link" @click=${this.requestRestart}>${this.t('step.link.backToSignIn')}</button>
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
    const values: Record<string, unknown> = { ...super.collectValues(form) };
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
