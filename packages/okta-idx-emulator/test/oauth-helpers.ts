// Sign-in and token helpers for the OAuth tests, at any authorization server and with any client.
import type { Emulator } from '../src/core/index.js';
import {
  CLIENT_ID,
  DEMO,
  ORIGIN,
  REDIRECT_URI,
  formRequest,
  interactParams,
  interactionCodeOf,
  jsonRequest,
  pkcePair,
  send,
  submit,
  type Loose,
  type Reply,
} from './helpers.js';

export const CONFIDENTIAL = { clientId: 'okta-elements-web', secret: 'okta-elements-web-secret-do-not-use-in-production' };
export const CUSTOM_ID = 'aus0kta3lements0demo';

/** Where each kind of authorization server lives: issuer, and the base of its `/v1/…` endpoints. */
export const SERVERS = {
  default: { issuer: `${ORIGIN}/oauth2/default`, base: '/oauth2/default/v1', audience: 'api://default' },
  org: { issuer: ORIGIN, base: '/oauth2/v1', audience: ORIGIN },
  custom: { issuer: `${ORIGIN}/oauth2/${CUSTOM_ID}`, base: `/oauth2/${CUSTOM_ID}/v1`, audience: 'api://okta-elements' },
} as const;
export type ServerName = keyof typeof SERVERS;

export const basic = (clientId: string, secret: string) => ({
  authorization: 'Basic ' + Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(secret)}`).toString('base64'),
});

export interface SignInOptions {
  server?: ServerName;
  /** Extra or replaced /v1/interact parameters (scope, client_id, client_secret…). */
  interact?: Record<string, string>;
  interactHeaders?: Record<string, string>;
}

/** interact + introspect + identify + password at one server; the interaction code and PKCE verifier. */
export async function signInAt(emulator: Emulator, options: SignInOptions = {}) {
  const server = SERVERS[options.server ?? 'default'];
  const { verifier, challenge } = await pkcePair();
  const params = interactParams(challenge, options.interact);
  const interact = await send(emulator, formRequest(`${server.base}/interact`, params, options.interactHeaders));
  if (interact.status !== 200) throw new Error(`interact failed: ${interact.status} ${JSON.stringify(interact.body)}`);
  const introspect = await send(emulator, jsonRequest('/idp/idx/introspect', { interactionHandle: interact.body.interaction_handle }));
  const stateHandle = introspect.body.stateHandle as string;
  await submit(emulator, stateHandle, '/idp/idx/identify', { identifier: DEMO.identifier });
  const answered = await submit(emulator, stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: DEMO.password } });
  if (answered.status !== 200) throw new Error(`challenge failed: ${JSON.stringify(answered.body)}`);
  return { code: interactionCodeOf(answered.body), verifier, nonce: params.nonce, success: answered.body as Loose };
}

/** POST {server}/v1/{endpoint} as a form. */
export const post = (emulator: Emulator, server: ServerName, endpoint: string, params: Record<string, string>, headers: Record<string, string> = {}) =>
  send(emulator, formRequest(`${SERVERS[server].base}/${endpoint}`, params, headers));

/** Signs in at `server` and redeems the code there; the token response. */
export async function tokensAt(
  emulator: Emulator,
  server: ServerName = 'default',
  scope = 'openid profile email offline_access',
): Promise<Reply> {
  const { code, verifier } = await signInAt(emulator, { server, interact: { scope } });
  return post(emulator, server, 'token', {
    client_id: CLIENT_ID,
    redirect_uri: REDIRECT_URI,
    grant_type: 'interaction_code',
    code_verifier: verifier,
    interaction_code: code,
  });
}

export const refresh = (emulator: Emulator, server: ServerName, refreshToken: string, extra: Record<string, string> = {}) =>
  post(emulator, server, 'token', { client_id: CLIENT_ID, grant_type: 'refresh_token', refresh_token: refreshToken, ...extra });

export const userinfo = (emulator: Emulator, server: ServerName, accessToken: string) =>
  send(emulator, new Request(`${ORIGIN}${SERVERS[server].base}/userinfo`, { headers: { authorization: `Bearer ${accessToken}` } }));

export const introspect = (emulator: Emulator, server: ServerName, token: string, extra: Record<string, string> = {}) =>
  post(emulator, server, 'introspect', { client_id: CLIENT_ID, token, ...extra });

export const revoke = (emulator: Emulator, server: ServerName, token: string, extra: Record<string, string> = {}) =>
  post(emulator, server, 'revoke', { client_id: CLIENT_ID, token, ...extra });

/** A JWT's payload, unverified. */
export const payloadOf = (jwt: string): Loose => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString());
