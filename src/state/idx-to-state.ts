import type {
  FieldOption,
  FlowAuthenticator,
  FlowField,
  FlowMessage,
  FlowPoll,
  FlowState,
  FlowStep,
  IdpRedirect,
  MessageLevel,
} from './flow-state.js';
import { pollInterval } from './poll-interval.js';
import { placeFieldMessages } from './field-messages.js';
import { resolveJsonPath, type RawField, type RawIdxResponse, type RawMessages, type RawOption, type RawRemediation } from './raw-idx.js';

function toLevel(cls: string | undefined): MessageLevel {
  if (cls === 'INFO') return 'info';
  if (cls === 'WARNING') return 'warning';
  return 'error';
}

export function toMessages(raw: RawMessages | undefined): FlowMessage[] {
  return (raw?.value ?? [])
    .filter((m) => typeof m.message === 'string' && m.message.length > 0)
    .map((m) => ({
      text: m.message as string,
      key: m.i18n?.key,
      ...(Array.isArray(m.i18n?.params) ? { params: m.i18n.params } : {}),
      level: toLevel(m.class),
    }));
}

/** A string, number or boolean: what a field can hold as its own value (`typeof null` is `'object'` too). */
const isPrimitive = (value: unknown) => value !== undefined && typeof value !== 'object';

/** The values a nested form fixes (`id`, `methodType`...): what choosing that option sends. */
function fixedValuesOf(fields: RawField[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    if (isPrimitive(field.value)) values[field.name] = field.value;
  }
  return values;
}

/** Resolves a `relatesTo` that is still a JSONPath, or was already replaced by its target by okta-auth-js. */
function toAuthenticator(raw: RawIdxResponse, relatesTo: unknown): FlowAuthenticator | undefined {
  const reference = Array.isArray(relatesTo) ? relatesTo[0] : relatesTo;
  const target = (typeof reference === 'string' ? resolveJsonPath(raw, reference) : reference) as
    | ({ value?: Record<string, unknown> } & Record<string, unknown>)
    | undefined;
  const authenticator = (target?.value ?? target) as Record<string, unknown> | undefined;
  if (!authenticator || typeof authenticator.key !== 'string') return undefined;
  const methods = authenticator.methods as { type?: string }[] | undefined;
  return {
    key: authenticator.key,
    id: authenticator.id as string | undefined,
    type: authenticator.type as string | undefined,
    displayName: authenticator.displayName as string | undefined,
    profile: authenticator.profile as FlowAuthenticator['profile'],
    contextualData: authenticator.contextualData as FlowAuthenticator['contextualData'],
    methods: methods?.map((m) => m.type ?? '').filter(Boolean),
    settings: authenticator.settings as FlowAuthenticator['settings'],
    credentialId: authenticator.credentialId as string | undefined,
    transports: (authenticator.transports ?? (authenticator.profile as { transports?: unknown } | undefined)?.transports) as
      | string[]
      | undefined,
  };
}

function toOptions(raw: RawIdxResponse, options: RawOption[]): FieldOption[] {
  return options.map((option) => {
    const nested = (option.value as { form?: { value?: RawField[] } } | undefined)?.form?.value;
    const fields = nested ? toFields(raw, nested).fields : [];
    return {
      label: option.label ?? String(option.value),
      value: nested ? fixedValuesOf(nested) : option.value,
      ...(option.relatesTo ? { authenticator: toAuthenticator(raw, option.relatesTo) } : {}),
      ...(fields.length ? { fields } : {}),
      ...(option.desc ? { description: option.desc } : {}),
    };
  });
}

function toFieldType(field: RawField): FlowField['type'] {
  if (field.options?.length) return 'choice';
  if (field.type === 'boolean' || field.type === 'number' || field.type === 'integer') return field.type;
  return 'string';
}

/**
 * Flattens IDX fields into what a person fills in (nested forms become dotted paths) and what the
 * server fixed inside nested forms, which the SDK does not add by itself.
 */
export function toFields(
  raw: RawIdxResponse,
  fieldsIn: RawField[] | undefined,
  prefix = '',
): { fields: FlowField[]; fixed: Record<string, unknown> } {
  const fields: FlowField[] = [];
  const fixed: Record<string, unknown> = {};
  for (const field of fieldsIn ?? []) {
    if (field.name === 'stateHandle') continue;
    const name = prefix ? `${prefix}.${field.name}` : field.name;
    if (field.mutable === false) {
      // Top-level fixed values are sent by the SDK itself; nested ones are not.
      if (prefix && isPrimitive(field.value)) fixed[name] = field.value;
      continue;
    }
    // A nested form sits under `form`, or (in some remediations, such as `resend`) under `value.form`.
    const nestedForm = field.form?.value ?? (field.value as { form?: { value?: RawField[] } } | undefined)?.form?.value;
    if (nestedForm) {
      const nested = toFields(raw, nestedForm, name);
      fields.push(...nested.fields);
      Object.assign(fixed, nested.fixed);
      continue;
    }
    if (field.visible === false) continue;
    fields.push({
      name,
      label: field.label,
      type: toFieldType(field),
      secret: field.secret === true,
      required: field.required === true,
      value: isPrimitive(field.value) ? field.value : undefined,
      options: field.options ? toOptions(raw, field.options) : undefined,
      minLength: field.minLength,
      maxLength: field.maxLength,
      messages: toMessages(field.messages),
      ...(field.desc ? { description: field.desc } : {}),
    });
  }
  return { fields, fixed };
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** A `redirect-idp` remediation's provider (Okta sends it as a GET link, not a form), else none. */
function toRedirect(remediation: RawRemediation): IdpRedirect | undefined {
  if (remediation.name !== 'redirect-idp' || typeof remediation.href !== 'string') return undefined;
  const { type, idp } = remediation;
  return { href: remediation.href, type: text(type), id: text(idp?.id), name: text(idp?.name) };
}

function toStep(raw: RawIdxResponse, remediation: RawRemediation): FlowStep {
  const { fields, fixed } = toFields(raw, remediation.value);
  const redirect = toRedirect(remediation);
  return {
    name: remediation.name,
    fields,
    fixed,
    authenticator: toAuthenticator(raw, remediation.relatesTo),
    ...(remediation.refresh !== undefined ? { refresh: pollInterval(remediation.refresh) } : {}),
    ...(remediation.scopes ? { scopes: remediation.scopes } : {}),
    ...(redirect ? { redirect } : {}),
  };
}

const AUTHENTICATOR_HOLDERS = ['currentAuthenticatorEnrollment', 'currentAuthenticator'] as const;

/** Actions nested in the current authenticator (`resend`, `poll`, `recover`), named as okta-auth-js names them. */
function toActions(raw: RawIdxResponse): { names: string[]; poll?: FlowPoll } {
  const names: string[] = [];
  let poll: FlowPoll | undefined;
  for (const holder of AUTHENTICATOR_HOLDERS) {
    const value = raw[holder]?.value ?? {};
    for (const [key, entry] of Object.entries(value)) {
      if (!entry || typeof entry !== 'object' || !('rel' in entry)) continue;
      const name = `${holder}-${key}`;
      names.push(name);
      const refresh = (entry as { refresh?: unknown }).refresh;
      if (key === 'poll' && !poll) poll = { name, kind: 'action', refresh: pollInterval(refresh) };
    }
  }
  return { names, poll };
}

/** Builds the state a step element renders from one raw IDX response. */
export function idxToState(raw: RawIdxResponse, revision: number): FlowState {
  // A top-level message about a field of the shown step (Okta's wrong password) goes onto that field.
  const { steps, messages } = placeFieldMessages(
    (raw.remediation?.value ?? []).map((r) => toStep(raw, r)),
    toMessages(raw.messages),
  );
  const user = raw.user?.value;
  const profile = user?.profile ?? {};
  const actions = toActions(raw);
  const pollStep = steps[0] && (steps[0].name === 'poll' || steps[0].name.endsWith('-poll')) ? steps[0] : undefined;
  const poll: FlowPoll | undefined = pollStep
    ? { name: pollStep.name, kind: 'step', refresh: pollInterval(pollStep.refresh) }
    : actions.poll;
  // An org that lists its identity providers above the form still shows the form; the providers go with it.
  const formAfterProviders = steps[0]?.name === 'redirect-idp' ? steps.find((step) => step.name === 'identify') : undefined;
  return {
    status: steps.length ? 'ready' : 'terminal',
    step: formAfterProviders ?? steps[0],
    steps,
    messages,
    user: user
      ? {
          identifier: user.identifier,
          firstName: profile.firstName as string | undefined,
          lastName: profile.lastName as string | undefined,
        }
      : undefined,
    canRecoverPassword: actions.names.some((name) => name.endsWith('-recover')),
    recovering: raw.recoveryAuthenticator !== undefined || steps.some((step) => step.name === 'identify-recovery'),
    actions: actions.names,
    poll,
    currentAuthenticator: toAuthenticator(raw, raw.currentAuthenticatorEnrollment ?? raw.currentAuthenticator),
    enrollments: (raw.authenticatorEnrollments?.value ?? [])
      .map((enrollment) => toAuthenticator(raw, enrollment))
      .filter((a): a is FlowAuthenticator => a !== undefined),
    ...(raw.app ? { app: (raw.app as { value?: Record<string, unknown> }).value } : {}),
    revision,
  };
}
