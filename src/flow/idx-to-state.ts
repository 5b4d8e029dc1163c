import type {
  FieldOption,
  FlowAuthenticator,
  FlowField,
  FlowMessage,
  FlowState,
  FlowStep,
  MessageLevel,
} from './flow-state.js';
import { resolveJsonPath, type RawField, type RawIdxResponse, type RawMessages, type RawRemediation } from './raw-idx.js';

function toLevel(cls: string | undefined): MessageLevel {
  if (cls === 'INFO') return 'info';
  if (cls === 'WARNING') return 'warning';
  return 'error';
}

export function toMessages(raw: RawMessages | undefined): FlowMessage[] {
  return (raw?.value ?? [])
    .filter((m) => typeof m.message === 'string' && m.message.length > 0)
    .map((m) => ({ text: m.message as string, key: m.i18n?.key, level: toLevel(m.class) }));
}

/** The values a nested form fixes (`id`, `methodType`...): what choosing that option sends. */
function fixedValuesOf(fields: RawField[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    if (field.value !== undefined && typeof field.value !== 'object') values[field.name] = field.value;
  }
  return values;
}

function toOptions(field: RawField): FieldOption[] {
  return (field.options ?? []).map((option) => {
    const nested = (option.value as { form?: { value?: RawField[] } } | undefined)?.form?.value;
    return {
      label: option.label ?? String(option.value),
      value: nested ? fixedValuesOf(nested) : option.value,
    };
  });
}

function toFieldType(field: RawField): FlowField['type'] {
  if (field.options?.length) return 'choice';
  if (field.type === 'boolean' || field.type === 'number' || field.type === 'integer') return field.type;
  return 'string';
}

/** Flattens IDX fields into what a person fills in: hidden and fixed fields are dropped (the SDK still sends them). */
export function toFields(raw: RawField[] | undefined, prefix = ''): FlowField[] {
  const fields: FlowField[] = [];
  for (const field of raw ?? []) {
    if (field.name === 'stateHandle' || field.visible === false || field.mutable === false) continue;
    const name = prefix ? `${prefix}.${field.name}` : field.name;
    if (field.form?.value) {
      fields.push(...toFields(field.form.value, name));
      continue;
    }
    fields.push({
      name,
      label: field.label,
      type: toFieldType(field),
      secret: field.secret === true,
      required: field.required === true,
      value: typeof field.value === 'object' ? undefined : field.value,
      options: field.options ? toOptions(field) : undefined,
      minLength: field.minLength,
      maxLength: field.maxLength,
      messages: toMessages(field.messages),
    });
  }
  return fields;
}

function toAuthenticator(raw: RawIdxResponse, relatesTo: unknown): FlowAuthenticator | undefined {
  const reference = Array.isArray(relatesTo) ? relatesTo[0] : relatesTo;
  // okta-auth-js may already have replaced the JSONPath with the object it points to.
  const target = (typeof reference === 'string' ? resolveJsonPath(raw, reference) : reference) as
    | ({ value?: Record<string, unknown> } & Record<string, unknown>)
    | undefined;
  const authenticator = (target?.value ?? target) as Record<string, unknown> | undefined;
  if (!authenticator || typeof authenticator.key !== 'string') return undefined;
  return {
    key: authenticator.key,
    type: authenticator.type as string | undefined,
    displayName: authenticator.displayName as string | undefined,
    settings: authenticator.settings as FlowAuthenticator['settings'],
  };
}

function toStep(raw: RawIdxResponse, remediation: RawRemediation): FlowStep {
  return {
    name: remediation.name,
    fields: toFields(remediation.value),
    authenticator: toAuthenticator(raw, remediation.relatesTo),
    refresh: remediation.refresh,
  };
}

/** Builds the state a step element renders from one raw IDX response. */
export function idxToState(raw: RawIdxResponse, revision: number): FlowState {
  const steps = (raw.remediation?.value ?? []).map((r) => toStep(raw, r));
  const user = raw.user?.value;
  const profile = user?.profile ?? {};
  const recover =
    raw.currentAuthenticatorEnrollment?.value?.recover ?? raw.currentAuthenticator?.value?.recover;
  return {
    status: steps.length ? 'ready' : 'terminal',
    step: steps[0],
    steps,
    messages: toMessages(raw.messages),
    user: user
      ? {
          identifier: user.identifier,
          firstName: profile.firstName as string | undefined,
          lastName: profile.lastName as string | undefined,
        }
      : undefined,
    canRecoverPassword: recover !== undefined,
    revision,
  };
}

/** Turns `{ 'credentials.passcode': 'x' }` into the nested body IDX expects: `{ credentials: { passcode: 'x' } }`. */
export function nestValues(values: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const nested: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(values)) {
    const keys = path.split('.');
    let node = nested;
    keys.slice(0, -1).forEach((key) => {
      node[key] = (node[key] as Record<string, unknown> | undefined) ?? {};
      node = node[key] as Record<string, unknown>;
    });
    node[keys[keys.length - 1]] = value;
  }
  return nested;
}
