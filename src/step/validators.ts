import type { MessageKey, MessageParams } from '../i18n/localize.js';
import type { StepValues } from '../events/okta-proceed.js';
import type { FlowMessage, FlowStep } from '../state/flow-state.js';

/** The catalogue lookup a validator phrases its message with (a step's `t()`). */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** What a validator may look at besides its own field's value. */
export interface ValidationContext {
  /** Every value of the form, for checks across fields (a confirmation, say). */
  readonly values: StepValues;
  readonly t: Translate;
}

/** One named check of one field: a message when the value fails it, `undefined` when it passes. */
export type Validator = (value: unknown, context: ValidationContext) => FlowMessage | undefined;

/** The validators of each field, by field path (`credentials.passcode`). */
export type FieldRules = Readonly<Record<string, readonly Validator[]>>;

/** Errors found in the browser, by field path. */
export type FieldErrors = Record<string, FlowMessage[]>;

const problem = (text: string, key?: string): FlowMessage => (key ? { text, key, level: 'error' } : { text, level: 'error' });

const isEmpty = (value: unknown): boolean => value === undefined || value === null || value === '';

/** A required field left empty, with the message `key` (by default "This field cannot be left blank"). */
export const requiredAs =
  (key: MessageKey): Validator =>
  (value, { t }) =>
    isEmpty(value) ? problem(t(key), key === 'step.field.blank' ? 'model.validation.field.blank' : undefined) : undefined;

/** A required field left empty. */
export const required: Validator = requiredAs('step.field.blank');

/** A one-time code: 4 to 10 digits, spaces allowed (they are removed before sending). Empty passes. */
export const digitsCode: Validator = (value, { t }) =>
  typeof value === 'string' && value !== '' && !/^\d{4,10}$/.test(value.replace(/\s/g, ''))
    ? problem(t('step.field.digitsCode'))
    : undefined;

/** At least `count` characters, surrounding spaces not counted. Empty passes (pair it with `required`). */
export const minLength =
  (count: number, key: MessageKey = 'step.field.tooShort'): Validator =>
  (value, { t }) =>
    typeof value === 'string' && value !== '' && value.trim().length < count ? problem(t(key, { count })) : undefined;

/** The same value as the field `other` (a password's confirmation). Empty passes. */
export const matches =
  (other: string, key: MessageKey): Validator =>
  (value, { values, t }) =>
    !isEmpty(value) && value !== values[other] ? problem(t(key)) : undefined;

/**
 * Checks each field with its validators, in order; a field gets the message of its first failing check.
 * Returns only the fields that failed, so an empty object means the form may be sent.
 */
export function validateFields(values: StepValues, rules: FieldRules, t: Translate): FieldErrors {
  const errors: FieldErrors = {};
  for (const [name, validators] of Object.entries(rules)) {
    for (const validator of validators) {
      const message = validator(values[name], { values, t });
      if (message) {
        errors[name] = [message];
        break;
      }
    }
  }
  return errors;
}

/** `required` for every field the server marks required (checkboxes excepted: unchecked is an answer). */
export function requiredFieldRules(step: FlowStep | undefined): Record<string, Validator[]> {
  const rules: Record<string, Validator[]> = {};
  for (const field of step?.fields ?? []) {
    if (field.required && field.type !== 'boolean') rules[field.name] = [required];
  }
  return rules;
}
