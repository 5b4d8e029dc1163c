/**
 * Reduces an IDX or OAuth answer to its shape: a flat map from a readable path to what is there, with the
 * values that differ from org to org (ids, handles, codes, hosts, times, names) left out. Two answers with
 * equal shapes look the same to a client: the same keys, remediations in the same order, the same fields
 * with the same attributes, the same message keys and classes, the same status and content type.
 *
 * Each fact is one line so that a difference is one line too: `path: expected X, actual Y`.
 */

/** JSON as read from a capture or an answer: loose on purpose, the normaliser checks every step. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

export type Shape = Map<string, string>;

/** The value a path has in one shape and not the other. */
export const ABSENT = '(absent)';

export interface Difference {
  path: string;
  expected: string;
  actual: string;
}

/** Field values that are protocol constants rather than org data, so their value is part of the shape. */
const LITERAL_FIELD_VALUES = new Set(['methodType', 'grant_type']);

/** Keys of an authenticator object whose value (not only presence) is part of the shape. */
const LITERAL_AUTHENTICATOR_KEYS = ['type', 'key', 'displayName'] as const;

/** Top-level IDX keys that hold one authenticator object (`{ type: 'object', value }`). */
const AUTHENTICATOR_OBJECTS = [
  'currentAuthenticator',
  'currentAuthenticatorEnrollment',
  'enrollmentAuthenticator',
  'recoveryAuthenticator',
] as const;

/** Top-level IDX keys that hold a list of authenticator objects. */
const AUTHENTICATOR_LISTS = ['authenticators', 'authenticatorEnrollments'] as const;

/** Forms nested in an authenticator object (actions on the current authenticator). */
const AUTHENTICATOR_ACTIONS = new Set(['recover', 'resend', 'poll', 'send']);

const isObject = (value: unknown): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const kindOf = (value: unknown) => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);

/** Only the path of an href: hosts and org names differ, the endpoint must not. */
function hrefPath(href: unknown): string {
  if (typeof href !== 'string') return `not a string (${kindOf(href)})`;
  try {
    return new URL(href).pathname;
  } catch {
    return `not a URL`;
  }
}

/** `expiresAt` is ISO-8601 in whole seconds on Okta (`…:02.000Z`). */
function timeShape(value: unknown): string {
  if (typeof value !== 'string') return kindOf(value);
  if (/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/.test(value)) return 'ISO-8601, whole seconds';
  if (/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(value)) return 'ISO-8601 with fractions of a second';
  return 'not ISO-8601';
}

/** An Okta id's prefix tells what it is: `aut` authenticator, `lae`/`eae`/`qae`… an enrollment of one. */
const idShape = (id: unknown) => (typeof id === 'string' ? `${id.slice(0, 3)}…` : kindOf(id));

function messageShape(message: Json): string {
  if (!isObject(message)) return `not an object (${kindOf(message)})`;
  const key = message.i18n?.key ?? '(no i18n key)';
  const params = message.i18n?.params === undefined ? '' : ` params=${JSON.stringify(message.i18n.params)}`;
  return `${message.class ?? '(no class)'} ${key}${params}`;
}

function messagesShape(list: Json): string {
  if (!isObject(list) || !Array.isArray(list.value)) return `not a message list (${kindOf(list)})`;
  return list.value.map(messageShape).join(' ; ') || '(empty)';
}

/** Resolves `$.authenticatorEnrollments.value[1]` to what it points at, by display name, not by index. */
function relatesToShape(doc: Json, path: unknown): string {
  if (typeof path !== 'string') return kindOf(path);
  const m = /^\$\.(\w+)(?:\.value\[(\d+)\])?$/.exec(path);
  if (!m) return `unparsed: ${path}`;
  const root = doc?.[m[1]];
  if (m[2] === undefined) return `$.${m[1]}${root === undefined ? ' (unresolved)' : ''}`;
  const target = root?.value?.[Number(m[2])];
  return isObject(target) ? `$.${m[1]} → ${target.displayName ?? target.type}` : `$.${m[1]} → (unresolved)`;
}

class ShapeBuilder {
  readonly facts: Shape = new Map();
  constructor(private readonly doc: Json) {}

  fact(path: string, value: string): void {
    this.facts.set(path, value);
  }

  /** Presence of every key of an object, one fact per key, so a missing key is one difference. */
  keys(prefix: string, value: Json): void {
    if (!isObject(value)) {
      this.fact(prefix, `not an object (${kindOf(value)})`);
      return;
    }
    for (const key of Object.keys(value)) this.fact(`${prefix}.${key}`, 'present');
  }

  /** A submittable object: remediation, `cancel`, `successWithInteractionCode`, `recover`, `poll`… */
  form(prefix: string, form: Json): void {
    if (!isObject(form)) {
      this.fact(prefix, `not an object (${kindOf(form)})`);
      return;
    }
    const handled = new Set(['name', 'href', 'method', 'rel', 'relatesTo', 'value', 'produces', 'accepts', 'refresh', 'type', 'idp']);
    this.fact(`${prefix}.name`, String(form.name));
    this.fact(`${prefix}.href`, hrefPath(form.href));
    this.fact(`${prefix}.method`, String(form.method));
    if (form.rel !== undefined) this.fact(`${prefix}.rel`, JSON.stringify(form.rel));
    if (form.relatesTo !== undefined) {
      const list: unknown[] = Array.isArray(form.relatesTo) ? form.relatesTo : [form.relatesTo];
      this.fact(`${prefix}.relatesTo`, list.map((p) => relatesToShape(this.doc, p)).join(', '));
    }
    if (form.produces !== undefined) this.fact(`${prefix}.produces`, String(form.produces));
    if (form.accepts !== undefined) this.fact(`${prefix}.accepts`, String(form.accepts));
    if (form.refresh !== undefined) this.fact(`${prefix}.refresh`, kindOf(form.refresh));
    if (form.type !== undefined) this.fact(`${prefix}.type`, String(form.type));
    if (form.idp !== undefined) this.keys(`${prefix}.idp`, form.idp);
    for (const key of Object.keys(form)) if (!handled.has(key)) this.fact(`${prefix}.${key}`, 'present');
    if (form.value !== undefined) this.fields(prefix, form.value);
  }

  /** A list of fields: their names in order, then each field. */
  fields(prefix: string, fields: Json): void {
    if (!Array.isArray(fields)) {
      this.fact(`${prefix}.fields`, `not an array (${kindOf(fields)})`);
      return;
    }
    this.fact(`${prefix}.fields`, fields.map((f) => (isObject(f) ? String(f.name) : kindOf(f))).join(', ') || '(none)');
    for (const field of fields) if (isObject(field)) this.field(`${prefix}.field[${field.name}]`, field);
  }

  field(prefix: string, field: Record<string, Json>): void {
    for (const attribute of ['type', 'required', 'secret', 'visible', 'mutable']) {
      if (field[attribute] !== undefined) this.fact(`${prefix}.${attribute}`, String(field[attribute]));
    }
    if (field.label !== undefined) this.fact(`${prefix}.label`, 'present');
    if (field.value !== undefined) {
      if (isObject(field.value) && isObject(field.value.form)) this.fields(`${prefix}.value.form`, field.value.form.value);
      else this.fact(`${prefix}.value`, LITERAL_FIELD_VALUES.has(field.name) ? JSON.stringify(field.value) : `${kindOf(field.value)} value`);
    }
    if (field.form !== undefined) this.fields(`${prefix}.form`, field.form?.value);
    if (field.options !== undefined) this.options(prefix, field.options);
    if (field.messages !== undefined) this.fact(`${prefix}.messages`, messagesShape(field.messages));
    const handled = new Set(['name', 'type', 'required', 'secret', 'visible', 'mutable', 'label', 'value', 'form', 'options', 'messages']);
    for (const key of Object.keys(field)) if (!handled.has(key)) this.fact(`${prefix}.${key}`, `${kindOf(field[key])} present`);
  }

  /**
   * Options either choose a nested form (an authenticator, a security question kind: keyed by label) or
   * a plain value (a method type, a question key: keyed by value, with the label as the fact).
   */
  options(prefix: string, options: Json): void {
    if (!Array.isArray(options)) {
      this.fact(`${prefix}.options`, `not an array (${kindOf(options)})`);
      return;
    }
    const seen = new Map<string, number>();
    const labels: string[] = [];
    for (const option of options) {
      if (!isObject(option)) continue;
      if (isObject(option.value)) {
        const label = String(option.label);
        const n = (seen.get(label) ?? 0) + 1;
        seen.set(label, n);
        const name = n === 1 ? label : `${label} #${n}`;
        labels.push(name);
        const at = `${prefix}.option[${name}]`;
        if (option.relatesTo !== undefined) this.fact(`${at}.relatesTo`, relatesToShape(this.doc, option.relatesTo));
        if (isObject(option.value.form)) this.fields(`${at}.form`, option.value.form.value);
        else this.keys(`${at}.value`, option.value);
      } else {
        labels.push(String(option.value));
        this.fact(`${prefix}.option[${String(option.value)}]`, option.label === undefined ? '(no label)' : `label "${option.label}"`);
      }
    }
    this.fact(`${prefix}.options`, labels.join(', ') || '(none)');
  }

  /** An authenticator or enrollment: which keys it has, what it is, its actions and data. */
  authenticator(prefix: string, value: Json): void {
    if (!isObject(value)) {
      this.fact(prefix, `not an object (${kindOf(value)})`);
      return;
    }
    this.keys(`${prefix}.keys`, value);
    for (const key of LITERAL_AUTHENTICATOR_KEYS) if (value[key] !== undefined) this.fact(`${prefix}.${key}`, String(value[key]));
    if (value.id !== undefined) this.fact(`${prefix}.id`, idShape(value.id));
    if (value.methods !== undefined) {
      this.fact(`${prefix}.methods`, Array.isArray(value.methods) ? value.methods.map((m: Json) => m?.type).join(', ') : kindOf(value.methods));
    }
    if (value.profile !== undefined) this.keys(`${prefix}.profile`, value.profile);
    if (isObject(value.contextualData)) {
      for (const [key, data] of Object.entries(value.contextualData)) {
        if (isObject(data)) this.keys(`${prefix}.contextualData.${key}`, data);
        else if (Array.isArray(data) && data.every(isObject)) {
          this.fact(`${prefix}.contextualData.${key}`, `array of {${[...new Set(data.flatMap((d) => Object.keys(d)))].sort().join(', ')}}`);
        } else this.fact(`${prefix}.contextualData.${key}`, kindOf(data));
      }
    }
    for (const key of Object.keys(value)) if (AUTHENTICATOR_ACTIONS.has(key)) this.form(`${prefix}.${key}`, value[key]);
  }

  /** Authenticators keyed by display name (stable across orgs, unlike ids and the order). */
  authenticatorList(prefix: string, list: Json): void {
    if (!isObject(list) || !Array.isArray(list.value)) {
      this.fact(prefix, `not a list (${kindOf(list)})`);
      return;
    }
    const seen = new Map<string, number>();
    const names: string[] = [];
    for (const entry of list.value) {
      const label = String(entry?.displayName ?? entry?.type);
      const n = (seen.get(label) ?? 0) + 1;
      seen.set(label, n);
      const name = n === 1 ? label : `${label} #${n}`;
      names.push(name);
      this.authenticator(`${prefix}[${name}]`, entry);
    }
    this.fact(prefix, names.sort().join(', ') || '(empty)');
  }
}

/** The shape of an IDX document (any IDX answer, success or error). */
export function idxShape(doc: Json): Shape {
  const b = new ShapeBuilder(doc);
  if (!isObject(doc)) {
    b.fact('(document)', `not an object (${kindOf(doc)})`);
    return b.facts;
  }
  b.keys('keys', doc);
  // Ion wraps lists and objects: `{ type: 'array', value: [...] }`, `{ type: 'object', value: {...} }`.
  for (const [key, value] of Object.entries(doc)) {
    if (isObject(value) && 'value' in value && !('href' in value)) b.fact(`ion.${key}`, String(value.type));
  }
  if (doc.version !== undefined) b.fact('version', String(doc.version));
  if (doc.intent !== undefined) b.fact('intent', String(doc.intent));
  if (doc.expiresAt !== undefined) b.fact('expiresAt', timeShape(doc.expiresAt));
  if (doc.stateHandle !== undefined) b.fact('stateHandle', kindOf(doc.stateHandle));
  if (doc.messages !== undefined) b.fact('messages', messagesShape(doc.messages));
  if (doc.remediation !== undefined) {
    const list = doc.remediation?.value;
    if (!Array.isArray(list)) b.fact('remediation', `not a list (${kindOf(doc.remediation)})`);
    else {
      b.fact('remediation', list.map((r: Json) => r?.name).join(', ') || '(empty)');
      for (const r of list) b.form(`remediation[${r?.name}]`, r);
    }
  }
  for (const key of AUTHENTICATOR_OBJECTS) if (doc[key] !== undefined) b.authenticator(key, doc[key]?.value);
  for (const key of AUTHENTICATOR_LISTS) if (doc[key] !== undefined) b.authenticatorList(key, doc[key]);
  for (const key of ['cancel', 'successWithInteractionCode']) if (doc[key] !== undefined) b.form(key, doc[key]);
  for (const key of ['user', 'app']) {
    if (doc[key] === undefined) continue;
    b.keys(`${key}.value`, doc[key]?.value);
    if (isObject(doc[key]?.value?.profile)) b.keys(`${key}.value.profile`, doc[key].value.profile);
  }
  return b.facts;
}

function jwtClaims(token: unknown): Record<string, Json> | undefined {
  if (typeof token !== 'string') return undefined;
  try {
    return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

function claimsShape(b: ShapeBuilder, prefix: string, token: unknown): void {
  const claims = jwtClaims(token);
  if (!claims) {
    b.fact(prefix, 'not a JWT');
    return;
  }
  for (const [name, value] of Object.entries(claims)) b.fact(`${prefix}.${name}`, kindOf(value));
}

/** The shape of a token endpoint answer: its keys and the claim names and types of each JWT. */
export function tokenShape(body: Json): Shape {
  const b = new ShapeBuilder(body);
  b.keys('keys', body);
  if (!isObject(body)) return b.facts;
  if (body.token_type !== undefined) b.fact('token_type', String(body.token_type));
  if (body.expires_in !== undefined) b.fact('expires_in', kindOf(body.expires_in));
  if (body.refresh_token !== undefined) b.fact('refresh_token', kindOf(body.refresh_token));
  if (body.id_token !== undefined) claimsShape(b, 'id_token.claims', body.id_token);
  if (body.access_token !== undefined) claimsShape(b, 'access_token.claims', body.access_token);
  return b.facts;
}

/** The shape of an OAuth answer that is plain JSON (interact, an OAuth error): keys and the error code. */
export function oauthShape(body: Json): Shape {
  const b = new ShapeBuilder(body);
  b.keys('keys', body);
  if (isObject(body) && body.error !== undefined) b.fact('error', String(body.error));
  return b.facts;
}

/** The shape of a discovery document: its keys, and the path of each endpoint it names. */
export function discoveryShape(body: Json): Shape {
  const b = new ShapeBuilder(body);
  b.keys('keys', body);
  if (!isObject(body)) return b.facts;
  for (const [key, value] of Object.entries(body)) {
    if (key.endsWith('_endpoint') || key === 'jwks_uri') b.fact(key, hrefPath(value));
  }
  b.fact('issuer', hrefPath(body.issuer) === '/' ? 'the origin, no path' : 'origin + path');
  return b.facts;
}

/** The shape of a JSON Web Key Set: every key's members, and its kty, alg and use. */
export function jwksShape(body: Json): Shape {
  const b = new ShapeBuilder(body);
  b.keys('keys', body);
  const keys: Json[] = Array.isArray(body?.keys) ? body.keys : [];
  b.fact('keys.length', keys.length > 0 ? 'one or more' : 'none');
  const key = keys[0];
  b.keys('key', key);
  for (const member of ['kty', 'alg', 'use']) if (key?.[member] !== undefined) b.fact(`key.${member}`, String(key[member]));
  return b.facts;
}

/**
 * The nodes a path goes through: its first segment, then every `[…]` identity (a remediation, a field, an
 * option, an authenticator). A node missing on one side is reported once, not once per fact under it.
 */
function nodesOf(path: string): string[] {
  const nodes = [/^[^.[]+/.exec(path)?.[0] ?? path];
  for (let i = 0; i < path.length; i++) if (path[i] === ']') nodes.push(path.slice(0, i + 1));
  return nodes;
}

const hasNode = (shape: Shape, node: string) =>
  [...shape.keys()].some((k) => k === node || k.startsWith(`${node}.`) || k.startsWith(`${node}[`));

/** Every path whose value differs, in a stable order: expected-only, actual-only and changed alike. */
export function compareShapes(expected: Shape, actual: Shape): Difference[] {
  const paths = [...new Set([...expected.keys(), ...actual.keys()])].sort();
  const differences = new Map<string, Difference>();
  for (const path of paths) {
    const want = expected.get(path) ?? ABSENT;
    const got = actual.get(path) ?? ABSENT;
    if (want === got) continue;
    const missing = nodesOf(path).find((node) => !hasNode(expected, node) || !hasNode(actual, node));
    if (missing !== undefined && missing !== path) {
      differences.set(missing, {
        path: missing,
        expected: hasNode(expected, missing) ? 'present' : ABSENT,
        actual: hasNode(actual, missing) ? 'present' : ABSENT,
      });
    } else differences.set(path, { path, expected: want, actual: got });
  }
  return [...differences.values()];
}

export const describeDifference = (d: Difference) => `${d.path}: expected ${d.expected}, actual ${d.actual}`;
