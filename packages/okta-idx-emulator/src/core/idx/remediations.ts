import type { IdxMessage, IdxMessageList } from './messages.js';

/** One entry of a remediation's `value` (or of a nested `form.value`). */
export interface IdxField {
  name: string;
  label?: string;
  type?: 'string' | 'boolean' | 'object' | 'integer' | 'number';
  required?: boolean;
  secret?: boolean;
  visible?: boolean;
  mutable?: boolean;
  value?: unknown;
  form?: { value: IdxField[] };
  options?: IdxOption[];
  messages?: IdxMessageList;
  /** A longer explanation (granular-consent's scopes). */
  desc?: string;
  /** String constraints of a profile attribute (enroll-profile, profile-update). */
  minLength?: number;
  maxLength?: number;
}

export interface IdxOption {
  label: string;
  value: unknown;
  relatesTo?: string;
}

/** A submittable object: a remediation form or an action such as `cancel`. */
export interface IdxForm {
  rel: ['create-form'];
  name: string;
  relatesTo?: string[];
  href: string;
  method: 'POST';
  produces: string;
  accepts: string;
  value: IdxField[];
  /** Polling interval in ms (`poll`, `challenge-poll`, `enroll-poll`). */
  refresh?: number;
}

const IDX_PRODUCES = 'application/ion+json; okta-version=1.0.0';
const IDX_ACCEPTS = 'application/json; okta-version=1.0.0';

/** Where each form posts. auth-js follows the hrefs, so these only have to agree with the router. */
export const IDX_PATHS = {
  introspect: '/idp/idx/introspect',
  identify: '/idp/idx/identify',
  challengeAnswer: '/idp/idx/challenge/answer',
  challenge: '/idp/idx/challenge',
  credentialEnroll: '/idp/idx/credential/enroll',
  cancel: '/idp/idx/cancel',
  recover: '/idp/idx/recover',
  unlockAccount: '/idp/idx/unlock-account',
  challengeResend: '/idp/idx/challenge/resend',
  challengePoll: '/idp/idx/challenge/poll',
  skip: '/idp/idx/skip',
  /** After authentication (idx/consent.ts, idx/keep-signed-in.ts): consent and granular-consent, keep-me-signed-in. */
  consent: '/idp/idx/consent',
  keepMeSignedIn: '/idp/idx/keep-me-signed-in',
  /** Registration (idx/registration.ts): select-enroll-profile, enroll-profile and profile-update, select-identify. */
  enroll: '/idp/idx/enroll',
  enrollNew: '/idp/idx/enroll/new',
  identifySelect: '/idp/idx/identify/select',
} as const;

/** How often clients should poll (Okta sends 4000). */
export const POLL_REFRESH_MS = 4000;

/** Immutable and hidden, so auth-js copies it into every request body. */
export const stateHandleField = (stateHandle: string): IdxField => ({
  name: 'stateHandle',
  required: true,
  value: stateHandle,
  visible: false,
  mutable: false,
});

export function form(
  origin: string,
  stateHandle: string,
  name: string,
  path: string,
  fields: IdxField[],
  relatesTo?: string,
): IdxForm {
  return {
    rel: ['create-form'],
    name,
    ...(relatesTo ? { relatesTo: [relatesTo] } : {}),
    href: origin + path,
    method: 'POST',
    produces: IDX_PRODUCES,
    value: [...fields, stateHandleField(stateHandle)],
    accepts: IDX_ACCEPTS,
  };
}

export const credentialsField = (fields: IdxField[]): IdxField => ({
  name: 'credentials',
  type: 'object',
  form: { value: fields },
  required: true,
});

function fieldAt(fields: IdxField[], path: string): IdxField | undefined {
  return fieldsAt(fields, path)[0];
}

/** Every field at `path`, descending into `form.value` and into each option's `value.form.value`. */
function fieldsAt(fields: IdxField[], path: string): IdxField[] {
  const [head, ...rest] = path.split('.');
  const field = fields.find((f) => f.name === head);
  if (!field) return [];
  if (rest.length === 0) return [field];
  const tail = rest.join('.');
  if (field.form) return fieldsAt(field.form.value, tail);
  const nested = (field.value as { form?: { value: IdxField[] } } | undefined)?.form;
  if (nested) return fieldsAt(nested.value, tail);
  return (field.options ?? []).flatMap((o) => {
    const f = (o.value as { form?: { value: IdxField[] } } | undefined)?.form;
    return f ? fieldsAt(f.value, tail) : [];
  });
}

/** Puts field-level messages (Okta nests them under the field, e.g. `credentials.form.value[passcode]`). */
export function addFieldMessages(target: IdxForm, path: string, messages: IdxMessage[]): void {
  for (const field of fieldsAt(target.value, path)) {
    field.messages = { type: 'array', value: [...(field.messages?.value ?? []), ...messages] };
  }
}

/** Echoes what the person typed (Okta keeps the identifier after a failed identify). */
export function setFieldValue(target: IdxForm, path: string, value: string): void {
  const field = fieldAt(target.value, path);
  if (field && field.mutable !== false) field.value = value;
}
