import type { ResolvedProfileAttribute } from '../model/config.js';
import {
  attributeNotAnOption,
  attributeTooLong,
  attributeTooShort,
  attributeWrongType,
  fieldBlank,
  invalidLoginEmail,
  type IdxMessage,
} from './messages.js';
import type { IdxField } from './remediations.js';

/**
 * Profile attributes as IDX form fields and their server-side checks, shared by the sign-up form
 * (`enroll-profile`, registration.ts) and progressive profiling (`profile-update`, profile-update.ts).
 */

/**
 * One `userProfile` field: name, label, `required`, and the schema's constraints (`type` when not a string, `minLength`,
 * `maxLength` as in the Widget's enroll-profile-new.json; enums as `options` of `{label, value}`, as Okta sends any choice).
 */
export function attributeField(a: ResolvedProfileAttribute, required = a.required): IdxField {
  // Real orgs send no `type` for strings, the default (idx-java/enroll-user-response.json); the Widget's mocks do.
  const field: IdxField = { name: a.name, label: a.label, ...(a.type !== 'string' ? { type: a.type } : {}), required };
  if (a.minLength !== undefined) field.minLength = a.minLength;
  if (a.maxLength !== undefined) field.maxLength = a.maxLength;
  if (a.options) field.options = a.options.map((o) => ({ label: o.label, value: o.value }));
  return field;
}

/** `userProfile` with its attributes in order, as a form field (idx-java/enroll-user-response.json). */
export const userProfileField = (fields: IdxField[]): IdxField => ({ name: 'userProfile', form: { value: fields } });

// Okta's login pattern for email logins: something@something.tld, no spaces.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** The value as the profile keeps it (a string), or undefined when it is not of the attribute's type. */
function normalised(a: ResolvedProfileAttribute, value: unknown): string | undefined {
  switch (a.type) {
    case 'string':
      return typeof value === 'string' ? value.trim() : undefined;
    case 'integer':
      if (typeof value === 'number') return Number.isInteger(value) ? String(value) : undefined;
      return typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value) ? String(Number(value)) : undefined;
    case 'number':
      if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
      return typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)) ? String(Number(value)) : undefined;
    case 'boolean':
      if (typeof value === 'boolean') return String(value);
      return value === 'true' || value === 'false' ? value : undefined;
  }
}

export interface ProfileCheck {
  /** Accepted values, as strings, for the attributes that were given. */
  values: Record<string, string>;
  /** Field messages keyed `userProfile.<name>`; empty when everything is acceptable. */
  fieldMessages: Record<string, IdxMessage[]>;
}

/**
 * Checks `userProfile` against the attributes: required ones present, each of its type, within its lengths,
 * one of its options, and `email` an address. Attributes not listed are ignored (Okta keeps only the form's).
 */
export function checkProfile(attributes: readonly ResolvedProfileAttribute[], userProfile: unknown, requiredAll = false): ProfileCheck {
  const given = typeof userProfile === 'object' && userProfile !== null ? (userProfile as Record<string, unknown>) : {};
  const values: Record<string, string> = {};
  const fieldMessages: Record<string, IdxMessage[]> = {};
  for (const a of attributes) {
    const path = `userProfile.${a.name}`;
    const raw = given[a.name];
    if (isBlank(raw)) {
      if (a.required || requiredAll) fieldMessages[path] = [fieldBlank()];
      continue;
    }
    const value = normalised(a, raw);
    if (value === undefined) {
      fieldMessages[path] = [attributeWrongType(a.label, a.type)];
      continue;
    }
    const problems: IdxMessage[] = [];
    if (a.type === 'string' && a.maxLength !== undefined && value.length > a.maxLength) problems.push(attributeTooLong(a.label, a.maxLength));
    if (a.type === 'string' && a.minLength !== undefined && value.length < a.minLength) problems.push(attributeTooShort(a.label, a.minLength));
    if (a.options && !a.options.some((o) => String(o.value) === value)) problems.push(attributeNotAnOption(a.label));
    if (a.name === 'email' && !EMAIL.test(value)) problems.push(...invalidLoginEmail(a.label));
    if (problems.length > 0) fieldMessages[path] = problems;
    else values[a.name] = value;
  }
  return { values, fieldMessages };
}
