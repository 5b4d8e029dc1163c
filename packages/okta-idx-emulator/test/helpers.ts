import { OktaAuth, type OktaAuthOptions } from '@okta/okta-auth-js';
// Shared PKCE / interact / IDX boilerplate for the emulator tests.
import { createEmulator, type Emulator, type EmulatorConfig } from '../src/core/index.js';

export const ORIGIN = 'http://localhost:4999';
export const ISSUER = `${ORIGIN}/oauth2/default`;
export const CLIENT_ID = 'okta-elements-demo';
export const APP_ORIGIN = 'http://localhost:8080';
export const REDIRECT_URI = `${APP_ORIGIN}/login/callback`;
export const DEMO = { identifier: 'demo@example.com', password: 'Okta-Demo-2026!' };
export const NEWCOMER = { identifier: 'new@example.com' };

/** A controllable clock for expiry tests. */
export class Clock {
  ms = Date.now();
  readonly now = () => this.ms;
  advance(seconds: number): void {
    this.ms += seconds * 1000;
  }
}

export async function newEmulator(config: EmulatorConfig = {}, clock = new Clock()) {
  const logged: string[] = [];
  const emulator = await createEmulator(config, { now: clock.now, log: (line) => logged.push(line) });
  return { emulator, clock, logged };
}

/** IDX/OAuth JSON as the tests read it: loose on purpose, since every test asserts the fields it needs. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = any;

export interface Reply<T = Loose> {
  status: number;
  headers: Headers;
  body: T;
}

/** Sends a request and parses the body (JSON when there is one). */
export async function send(emulator: Emulator, request: Request): Promise<Reply> {
  const response = await emulator.handle(request);
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

export const formRequest = (path: string, params: Record<string, string>, headers: Record<string, string> = {}) =>
  new Request(ORIGIN + path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(params),
  });

export const jsonRequest = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(ORIGIN + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json; okta-version=1.0.0', ...headers },
    body: JSON.stringify(body),
  });

export async function pkcePair() {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const verifier = Buffer.from(bytes).toString('hex').slice(0, 43);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return { verifier, challenge: Buffer.from(digest).toString('base64url') };
}

export interface Started {
  interactionHandle: string;
  stateHandle: string;
  verifier: string;
  challenge: string;
  nonce: string;
  state: string;
  /** The first IDX document (identify). */
  doc: Loose;
}

export const interactParams = (challenge: string, overrides: Record<string, string> = {}) => ({
  client_id: CLIENT_ID,
  scope: 'openid profile email',
  redirect_uri: REDIRECT_URI,
  code_challenge: challenge,
  code_challenge_method: 'S256',
  state: 'state-' + crypto.randomUUID(),
  nonce: 'nonce-' + crypto.randomUUID(),
  ...overrides,
});

/** interact + introspect, as `idx.start()` does. */
export async function start(emulator: Emulator, overrides: Record<string, string> = {}): Promise<Started> {
  const { verifier, challenge } = await pkcePair();
  const params = interactParams(challenge, overrides);
  const interact = await send(emulator, formRequest('/oauth2/default/v1/interact', params));
  if (interact.status !== 200) throw new Error(`interact failed: ${JSON.stringify(interact.body)}`);
  const interactionHandle = interact.body.interaction_handle as string;
  const introspect = await send(emulator, jsonRequest('/idp/idx/introspect', { interactionHandle }));
  if (introspect.status !== 200) throw new Error(`introspect failed: ${JSON.stringify(introspect.body)}`);
  return {
    interactionHandle,
    stateHandle: introspect.body.stateHandle,
    verifier,
    challenge,
    nonce: params.nonce,
    state: params.state,
    doc: introspect.body,
  };
}

/** POSTs to an IDX href path with the stateHandle added, as auth-js does. */
export const submit = (emulator: Emulator, stateHandle: string, path: string, body: Record<string, unknown> = {}) =>
  send(emulator, jsonRequest(path, { ...body, stateHandle }));

export const remediationNames = (doc: Loose): string[] => (doc.remediation?.value ?? []).map((r: Loose) => r.name);
export const remediation = (doc: Loose, name: string) => doc.remediation.value.find((r: Loose) => r.name === name);
/** Resolves an auth-js style relatesTo path ($.a.b[0]), so a test knows the client can. */
export function resolvePath(doc: Loose, path: string): Loose {
  return path
    .replace(/^\$\./, '')
    .split('.')
    .reduce((node: Loose, part) => {
      const m = /^(\w+)(?:\[(\d+)\])?$/.exec(part)!;
      const next = node?.[m[1]];
      return m[2] === undefined ? next : next?.[Number(m[2])];
    }, doc);
}

export const field = (form: Loose, name: string) => form.value.find((f: Loose) => f.name === name);

/**
 * What a client sends to choose `key` (okta_email, security_question…) in the document's
 * select-authenticator-enroll or -authenticate list: the list's path, and the option's id with its
 * methodType when the option fixes one (or `pickMethod`, one of its methodType options, e.g. Okta Verify's `totp`).
 */
export function choiceOf(doc: Loose, key: string, pickMethod?: string): { path: string; authenticator: Record<string, string> } {
  const list = (doc.remediation?.value ?? []).find((r: Loose) => r.name.startsWith('select-authenticator-'));
  if (!list) throw new Error(`no select-authenticator-* list in ${JSON.stringify(remediationNames(doc))}`);
  const options: Loose[] = field(list, 'authenticator').options;
  const option = options.find((o) => resolvePath(doc, o.relatesTo)?.key === key);
  if (!option) throw new Error(`${list.name} offers no ${key}`);
  const fields: Loose[] = option.value.form.value;
  const id = fields.find((f) => f.name === 'id').value;
  const methodType = pickMethod ?? fields.find((f) => f.name === 'methodType')?.value;
  return { path: new URL(list.href).pathname, authenticator: typeof methodType === 'string' ? { id, methodType } : { id } };
}

/** Chooses `key` in the document's list. Okta offers a list even with one option and waits (idx-swift/MFA-SOP/05 and /07). */
export async function choose(emulator: Emulator, stateHandle: string, doc: Loose, key: string, pickMethod?: string): Promise<Reply> {
  const { path, authenticator } = choiceOf(doc, key, pickMethod);
  return submit(emulator, stateHandle, path, { authenticator });
}
export const passcodeField = (form: Loose) => field(form, 'credentials').form.value.find((f: Loose) => f.name === 'passcode');
export const interactionCodeOf = (doc: Loose): string =>
  doc.successWithInteractionCode.value.find((v: Loose) => v.name === 'interaction_code').value;

/** Full identifier-first password sign-in; returns the interaction code and the PKCE verifier. */
export async function signIn(emulator: Emulator, identifier = DEMO.identifier, password = DEMO.password, overrides = {}) {
  const started = await start(emulator, overrides);
  const identified = await submit(emulator, started.stateHandle, '/idp/idx/identify', { identifier });
  if (identified.status !== 200) throw new Error(`identify failed: ${JSON.stringify(identified.body)}`);
  const answered = await submit(emulator, started.stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: password } });
  if (answered.status !== 200) throw new Error(`challenge failed: ${JSON.stringify(answered.body)}`);
  return { ...started, code: interactionCodeOf(answered.body), success: answered.body };
}

export const tokenParams = (code: string, verifier: string, overrides: Record<string, string> = {}) => ({
  client_id: CLIENT_ID,
  redirect_uri: REDIRECT_URI,
  grant_type: 'interaction_code',
  code_verifier: verifier,
  interaction_code: code,
  ...overrides,
});

export const exchange = (emulator: Emulator, code: string, verifier: string, overrides: Record<string, string> = {}) =>
  send(emulator, formRequest('/oauth2/default/v1/token', tokenParams(code, verifier, overrides)));

export const SESSION_EXPIRED = {
  version: '1.0.0',
  messages: {
    type: 'array',
    value: [
      {
        message: 'The session has expired.',
        i18n: { key: 'idx.session.expired' },
        class: 'ERROR',
      },
    ],
  },
};

/** Per-client memory storage for okta-auth-js in Node, so clients neither share state between tests nor warn about it. */
export function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

/** okta-auth-js in Node for the demo client, with its own memory storage; `options` override the defaults. */
export function authClient(issuer: string, options: Partial<OktaAuthOptions> = {}): OktaAuth {
  const sections = ['token', 'transaction', 'cache', 'shared-transaction', 'original-uri'];
  return new OktaAuth({
    issuer,
    clientId: CLIENT_ID,
    redirectUri: REDIRECT_URI,
    scopes: ['openid', 'profile', 'email'],
    storageManager: Object.fromEntries(sections.map((s) => [s, { storageProvider: memoryStorage() }])),
    ...options,
  } as OktaAuthOptions);
}
