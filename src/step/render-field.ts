import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FlowMessage } from '../state/flow-state.js';
import { defaultLocalizer } from '../i18n/localize.js';

/** The autofill tokens okta-elements uses; browsers and password managers key on them. */
export type AutocompleteToken =
  | 'on'
  | 'off'
  | 'username'
  | 'current-password'
  | 'new-password'
  | 'one-time-code'
  | 'email'
  | 'tel'
  | 'tel-national';

export interface TextFieldOptions {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly type?: 'text' | 'password' | 'email' | 'tel' | 'number';
  /** An autofill token such as `username`, `current-password`, `new-password` or `one-time-code`. */
  readonly autocomplete?: AutocompleteToken;
  readonly inputmode?: string;
  readonly required?: boolean;
  readonly value?: string;
  readonly errors?: readonly FlowMessage[];
  /** Ids of extra descriptions (hints, requirement lists) besides the error. */
  readonly describedBy?: readonly string[];
  readonly maxLength?: number;
}

/** The id of a field's error text, so tests and custom steps can find it. */
export const errorIdFor = (inputId: string): string => `${inputId}-error`;

/**
 * A native labelled input with its errors tied to it (`aria-invalid`, `aria-describedby`).
 * The value is only an initial value: what the person types is never overwritten by a re-render.
 */
export function renderTextField(options: TextFieldOptions): TemplateResult {
  const errors = options.errors ?? [];
  const errorId = errorIdFor(options.id);
  const describedBy = [...(options.describedBy ?? []), ...(errors.length ? [errorId] : [])].join(' ');
  return html`<div class="okta-field" data-field=${options.name}>
    <label for=${options.id}>${options.label}</label>
    <input
      id=${options.id}
      name=${options.name}
      type=${options.type ?? 'text'}
      .autocomplete=${options.autocomplete ?? "on"}
      inputmode=${ifDefined(options.inputmode)}
      maxlength=${ifDefined(options.maxLength)}
      spellcheck="false"
      autocapitalize="off"
      ?required=${options.required ?? false}
      aria-invalid=${errors.length ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy || undefined)}
      .defaultValue=${options.value ?? ''}
    />
    ${errors.length
      ? html`<p class="okta-field-error" id=${errorId}>${errors.map((e) => e.text).join(' ')}</p>`
      : nothing}
  </div>`;
}

export interface CheckboxOptions {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly checked?: boolean;
}

export function renderCheckbox(options: CheckboxOptions): TemplateResult {
  return html`<div class="okta-field okta-check" data-field=${options.name}>
    <input id=${options.id} name=${options.name} type="checkbox" .defaultChecked=${options.checked ?? false} />
    <label for=${options.id}>${options.label}</label>
  </div>`;
}

/** The submit button: shows progress and stays focusable (aria-disabled, not disabled) while busy. */
export function renderSubmit(label: string, busy: boolean, busyLabel = defaultLocalizer.t('step.working')): TemplateResult {
  return html`<button class="okta-button" type="submit" aria-disabled=${busy ? 'true' : 'false'}>
    ${busy ? html`<span class="okta-spinner" aria-hidden="true"></span>${busyLabel}` : label}
  </button>`;
}

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export interface SelectFieldOptions {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly options: readonly SelectOption[];
  /** The value chosen at first; what the person picks is never overwritten by a re-render. */
  readonly value?: string;
  readonly onChange?: (event: Event) => void;
}

/** A native labelled `<select>`, read by `readForm` like any other field. */
export function renderSelectField(options: SelectFieldOptions): TemplateResult {
  return html`<div class="okta-field" data-field=${options.name}>
    <label for=${options.id}>${options.label}</label>
    <select id=${options.id} name=${options.name} @change=${options.onChange}>
      ${options.options.map((o) => html`<option value=${o.value} ?selected=${o.value === options.value}>${o.label}</option>`)}
    </select>
  </div>`;
}

export interface RadioGroupOptions {
  /** A prefix for each radio's id. */
  readonly id: string;
  readonly name: string;
  readonly legend: string;
  readonly options: readonly SelectOption[];
  /** Checked at first; by default the first option. */
  readonly value?: string;
}

/** Native radios in a fieldset with its legend; the first is checked unless `value` names another. */
export function renderRadioGroup(options: RadioGroupOptions): TemplateResult {
  const checked = options.value ?? options.options[0]?.value;
  return html`<fieldset class="okta-choices">
    <legend>${options.legend}</legend>
    ${options.options.map(
      (option, index) => html`<div class="okta-check">
        <input type="radio" id=${`${options.id}-${index}`} name=${options.name} .value=${option.value} ?checked=${option.value === checked} />
        <label for=${`${options.id}-${index}`}>${option.label}</label>
      </div>`,
    )}
  </fieldset>`;
}

/**
 * A catalogue sentence with markup in its placeholders: `Signing in as {identifier}` with the identifier
 * in `<strong>`. The sentence comes from `t(key)` without those parameters, so its `{name}`s are still
 * there; each is replaced by its part (rendered as text or a template, never as HTML).
 */
export function renderMessage(sentence: string, parts: Readonly<Record<string, unknown>>): TemplateResult {
  const pieces = sentence.split(/\{(\w+)\}/);
  return html`${pieces.map((piece, index) => (index % 2 === 1 ? (piece in parts ? parts[piece] : `{${piece}}`) : piece))}`;
}
