/**
 * Drives the emulator in-process to the state a capture was taken in: interact on a chosen authorization
 * server with a public or confidential client, then IDX requests as an IDX SDK sends them.
 */
import type { Emulator, EmulatorConfig } from '../../src/core/index.js';
import { ORIGIN, REDIRECT_URI, formRequest, jsonRequest, newEmulator, pkcePair, send, type Loose } from '../helpers.js';

/** One HTTP answer as the comparison needs it. */
export interface Answer {
  status: number;
  contentType: string;
  headers: Headers;
  body: Loose;
}

export async function answerOf(emulator: Emulator, request: Request): Promise<Answer> {
  const reply = await send(emulator, request);
  return { status: reply.status, contentType: reply.headers.get('content-type') ?? '(none)', headers: reply.headers, body: reply.body };
}

/** Where `/v1/…` lives for each kind of authorization server (`/oauth2/v1/…` for the org server). */
export type Server = { kind: 'org' } | { kind: 'custom'; id: string };
export const DEFAULT_SERVER: Server = { kind: 'custom', id: 'default' };
export const basePath = (server: Server) => (server.kind === 'org' ? '/oauth2' : `/oauth2/${server.id}`);

/** The public and the confidential client every scenario's configuration registers. */
export const PUBLIC_CLIENT = { clientId: 'fidelity-spa' } as const;
export const CONFIDENTIAL_CLIENT = { clientId: 'fidelity-web', clientSecret: 'fidelity-web-secret' } as const;
export type Client = typeof PUBLIC_CLIENT | typeof CONFIDENTIAL_CLIENT;

const clientsConfig: NonNullable<EmulatorConfig['clients']> = [
  { clientId: PUBLIC_CLIENT.clientId, redirectUris: [REDIRECT_URI] },
  { clientId: CONFIDENTIAL_CLIENT.clientId, clientSecret: CONFIDENTIAL_CLIENT.clientSecret, redirectUris: [REDIRECT_URI] },
];

/** A custom authorization server with the id Okta's capture shows, so even its hrefs compare exactly. */
export const CAPTURED_CUSTOM_SERVER = 'auszsfkYrgGCTilsV2o4';

/** One emulator per configuration (making one takes a second: a signing key per authorization server). */
const emulators = new Map<string, Promise<Emulator>>();

/** An emulator with this configuration, reset: no transactions, codes, outbox or tokens from earlier tests. */
export async function emulatorWith(config: EmulatorConfig): Promise<Emulator> {
  const key = JSON.stringify(config);
  let made = emulators.get(key);
  if (!made) {
    made = newEmulator({
      clients: clientsConfig,
      authorizationServers: [{ id: 'default' }, { id: CAPTURED_CUSTOM_SERVER }],
      ...config,
    }).then(({ emulator }) => emulator);
    emulators.set(key, made);
  }
  const emulator = await made;
  emulator.reset();
  return emulator;
}

export interface Begun {
  emulator: Emulator;
  server: Server;
  client: Client;
  verifier: string;
  interact: Answer;
  introspect: Answer;
  stateHandle: string;
}

export interface BeginOptions {
  server?: Server;
  client?: Client;
  scope?: string;
  /** Sent as `activation_token` (an invitation link, okta-auth-js's `activationToken`). */
  activationToken?: string;
}

const secretOf = (client: Client): Record<string, string> =>
  'clientSecret' in client ? { client_secret: client.clientSecret } : {};

/** `POST /v1/interact` then `POST /idp/idx/introspect`, as every IDX SDK starts. */
export async function begin(emulator: Emulator, options: BeginOptions = {}): Promise<Begun> {
  const server = options.server ?? DEFAULT_SERVER;
  const client = options.client ?? PUBLIC_CLIENT;
  const { verifier, challenge } = await pkcePair();
  const interact = await answerOf(
    emulator,
    formRequest(`${basePath(server)}/v1/interact`, {
      client_id: client.clientId,
      ...secretOf(client),
      scope: options.scope ?? 'openid profile offline_access',
      redirect_uri: REDIRECT_URI,
      code_challenge: challenge,
      code_challenge_method: 'S256',
      state: `state-${crypto.randomUUID()}`,
      ...(options.activationToken ? { activation_token: options.activationToken } : {}),
    }),
  );
  if (interact.status !== 200) throw new Error(`interact answered ${interact.status}: ${JSON.stringify(interact.body)}`);
  const introspect = await answerOf(emulator, jsonRequest('/idp/idx/introspect', { interactionHandle: interact.body.interaction_handle }));
  if (introspect.status !== 200) throw new Error(`introspect answered ${introspect.status}: ${JSON.stringify(introspect.body)}`);
  return { emulator, server, client, verifier, interact, introspect, stateHandle: introspect.body.stateHandle };
}

/** Posts to an IDX endpoint with the stateHandle added, as the SDKs do. */
export const idx = (begun: Begun, path: string, body: Record<string, unknown> = {}) =>
  answerOf(begun.emulator, jsonRequest(path, { ...body, stateHandle: begun.stateHandle }));

/** Like {@link idx}, but a non-200 answer stops the scenario: a step before the captured one failed. */
export async function step(begun: Begun, path: string, body: Record<string, unknown> = {}): Promise<Answer> {
  const answer = await idx(begun, path, body);
  if (answer.status !== 200) throw new Error(`${path} answered ${answer.status} before the captured step: ${JSON.stringify(answer.body)}`);
  return answer;
}

/** The option of a remediation's `authenticator` field for one authenticator key, as a client picks it. */
export function authenticatorChoice(doc: Loose, remediationName: string, key: string): Record<string, string> {
  const remediation = doc.remediation?.value?.find((r: Loose) => r.name === remediationName);
  const options: Loose[] = remediation?.value?.find((f: Loose) => f.name === 'authenticator')?.options ?? [];
  for (const option of options) {
    const fields: Loose[] = option.value?.form?.value ?? [];
    const id = fields.find((f) => f.name === 'id')?.value;
    const target = resolveRelatesTo(doc, option.relatesTo);
    if (target?.key === key) {
      const methodType = fields.find((f) => f.name === 'methodType')?.value;
      return typeof methodType === 'string' ? { id, methodType } : { id };
    }
  }
  throw new Error(`${remediationName} offers no ${key}: ${JSON.stringify(options.map((o) => o.label))}`);
}

function resolveRelatesTo(doc: Loose, path: unknown): Loose {
  const m = typeof path === 'string' ? /^\$\.(\w+)\.value\[(\d+)\]$/.exec(path) : null;
  return m ? doc[m[1]]?.value?.[Number(m[2])] : undefined;
}

/** The latest one-time code the emulator sent to an address (its dev outbox). */
export async function latestCode(emulator: Emulator, to: string): Promise<string> {
  const reply = await send(emulator, new Request(`${ORIGIN}/dev/outbox/latest?to=${encodeURIComponent(to)}`));
  if (reply.status !== 200 || typeof reply.body?.code !== 'string') throw new Error(`no code sent to ${to}: ${JSON.stringify(reply.body)}`);
  return reply.body.code;
}

/** `POST /v1/token` with the interaction code of a success document. */
export function redeem(begun: Begun, success: Loose, verifier = begun.verifier): Promise<Answer> {
  const code = success.successWithInteractionCode?.value?.find((v: Loose) => v.name === 'interaction_code')?.value;
  if (typeof code !== 'string') throw new Error(`no interaction code in ${JSON.stringify(success)}`);
  return answerOf(
    begun.emulator,
    formRequest(`${basePath(begun.server)}/v1/token`, {
      client_id: begun.client.clientId,
      ...secretOf(begun.client),
      grant_type: 'interaction_code',
      interaction_code: code,
      code_verifier: verifier,
      redirect_uri: REDIRECT_URI,
    }),
  );
}

export const get = (emulator: Emulator, path: string) => answerOf(emulator, new Request(ORIGIN + path));
