/**
 * The org's profile attributes as a person fills them in (`userProfile.*` of `enroll-profile` and
 * `profile-update`): one native input per attribute, chosen from the server's schema (a list of options is a
 * `<select>`, a boolean a checkbox, a number a number input), with the autofill token of the standard
 * attributes, the browser's checks (required, length, number) and what is sent (numbers as numbers, options as
 * the server's values, blank optional attributes left out). Part of the on-demand modules (`./on-demand.ts`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { errorIdFor, renderCheckbox, renderTextField, type AutocompleteToken } from '../step/render-field.js';
import { minLength, required, type FieldRules, type Validator } from '../step/validators.js';
import type { FlowField } from '../state/flow-state.js';
import type { StepValues } from '../events/okta-proceed.js';
import type { ViewContext } from './types.js';

/** Where Okta puts profile attributes in a form: `userProfile.email`. */
export const PROFILE_PREFIX = 'userProfile.';

/**
 * Autofill tokens of Okta's standard profile attributes (its base user schema), by attribute name: browsers
 * and password managers fill these. A custom attribute gets none (`on`): guessing from its label could fill
 * the wrong thing. (All are HTML autofill field names; TypeScript's `AutoFill` type lacks a few, such as
 * `nickname` and `language`, hence the casts where they are bound.)
 */
const AUTOFILL: Readonly<Record<string, string>> = {
  email: 'email',
  firstName: 'given-name',
  lastName: 'family-name',
  middleName: 'additional-name',
  honorificPrefix: 'honorific-prefix',
  honorificSuffix: 'honorific-suffix',
  nickName: 'nickname',
  title: 'organization-title',
  organization: 'organization',
  mobilePhone: 'tel',
  primaryPhone: 'tel',
  streetAddress: 'street-address',
  city: 'address-level2',
  state: 'address-level1',
  zipCode: 'postal-code',
  countryCode: 'country',
  locale: 'language',
  preferredLanguage: 'language',
  profileUrl: 'url',
};

/** Input types of the standard attributes that have a better one than text. */
const INPUT_TYPES: Readonly<Record<string, 'email' | 'tel'>> = {
  email: 'email',
  secondEmail: 'email',
  mobilePhone: 'tel',
  primaryPhone: 'tel',
};

const attributeOf = (field: FlowField): string => field.name.slice(field.name.lastIndexOf('.') + 1);

const isNumeric = (field: FlowField): boolean => field.type === 'number' || field.type === 'integer';

/** The profile attributes of a step (everything but the credentials, which the password's fields show). */
export const profileFieldsOf = (ctx: ViewContext): readonly FlowField[] =>
  ctx.step.fields.filter((field) => !field.name.startsWith('credentials.'));

const initialText = (field: FlowField): string | undefined => (field.value === undefined ? undefined : String(field.value));

/** A `<select>` of the attribute's options, with an empty first choice, its errors tied to it. */
function renderOptions(field: FlowField, label: string, ctx: ViewContext): TemplateResult {
  const id = ctx.idFor(field.name);
  const errors = ctx.errorsFor(field.name);
  const chosen = initialText(field);
  return html`<div class="okta-field" data-field=${field.name}>
    <label for=${id}>${label}</label>
    <select
      id=${id}
      name=${field.name}
      .autocomplete=${(AUTOFILL[attributeOf(field)] ?? 'on') as AutoFill}
      ?required=${field.required}
      aria-invalid=${errors.length ? 'true' : 'false'}
      aria-describedby=${ifDefined(errors.length ? errorIdFor(id) : undefined)}
    >
      <option value="" ?selected=${chosen === undefined}>${ctx.t('register.field.choose')}</option>
      ${(field.options ?? []).map((o) => html`<option value=${String(o.value)} ?selected=${String(o.value) === chosen}>${o.label}</option>`)}
    </select>
    ${errors.length ? html`<p class="okta-field-error" id=${errorIdFor(id)}>${errors.map((e) => e.text).join(' ')}</p>` : nothing}
  </div>`;
}

/** One attribute's native input, labelled by the server's label (else its name). */
export function renderProfileField(field: FlowField, ctx: ViewContext): TemplateResult {
  const attribute = attributeOf(field);
  const label = field.label ?? attribute;
  if (field.type === 'boolean') return renderCheckbox({ id: ctx.idFor(field.name), name: field.name, label, checked: field.value === true });
  if (field.type === 'choice') return renderOptions(field, label, ctx);
  return renderTextField({
    id: ctx.idFor(field.name),
    name: field.name,
    label,
    type: isNumeric(field) ? 'number' : (INPUT_TYPES[attribute] ?? 'text'),
    // The standard tokens beyond the sign-in's own (given-name, postal-code...) are valid autofill tokens too.
    autocomplete: (AUTOFILL[attribute] ?? 'on') as AutocompleteToken,
    inputmode: field.type === 'integer' ? 'numeric' : undefined,
    required: field.required,
    value: initialText(field),
    maxLength: field.maxLength,
    errors: ctx.errorsFor(field.name),
  });
}

/** At most `count` characters. Empty passes. */
const maxLength =
  (count: number): Validator =>
  (value, { t }) =>
    typeof value === 'string' && value.length > count ? { text: t('register.field.tooLong', { count }), level: 'error' } : undefined;

/** A number (an integer attribute: a whole one). Empty passes. */
const numeric =
  (integer: boolean): Validator =>
  (value, { t }) =>
    typeof value === 'string' && value.trim() !== '' && !(integer ? Number.isInteger(Number(value)) : Number.isFinite(Number(value)))
      ? { text: t('register.field.notNumber'), level: 'error' }
      : undefined;

/** Each attribute's checks from the schema: required (not a checkbox: unchecked is an answer), lengths, numbers. */
export function profileRules(ctx: ViewContext): FieldRules {
  const rules: Record<string, Validator[]> = {};
  for (const field of profileFieldsOf(ctx)) {
    const checks: Validator[] = [];
    if (field.required && field.type !== 'boolean') checks.push(required);
    if (field.minLength) checks.push(minLength(field.minLength));
    if (field.maxLength) checks.push(maxLength(field.maxLength));
    if (isNumeric(field)) checks.push(numeric(field.type === 'integer'));
    if (checks.length) rules[field.name] = checks;
  }
  return rules;
}

/**
 * The attributes as the server takes them: numbers as numbers, an option as the server's own value (a select
 * reads as text), a blank optional attribute left out rather than sent empty.
 */
export function profileValues(values: StepValues, ctx: ViewContext): StepValues {
  const out: Record<string, unknown> = {};
  for (const field of profileFieldsOf(ctx)) {
    const value = values[field.name];
    if (value === undefined || (value === '' && !field.required)) continue;
    if (typeof value === 'string' && isNumeric(field) && value.trim() !== '') out[field.name] = Number(value);
    else if (typeof value === 'string' && field.type === 'choice') out[field.name] = field.options?.find((o) => String(o.value) === value)?.value ?? value;
    else out[field.name] = value;
  }
  return out;
}
