import { randomToken } from '../model/ids.js';
import type { JsonObject } from '../http/json.js';
import { fieldBlank, passcodeInvalid, sendLimit } from '../idx/messages.js';
import { IDX_PATHS, POLL_REFRESH_MS } from '../idx/remediations.js';
import type { StepContext, StepOutcome } from './types.js';
import { emailVerifyCallback } from '../dev/outbox.js';

/** Codes expire after 5 minutes, as Okta's email and SMS codes do. */
const CODE_LIFETIME_MS = 5 * 60_000;
/** At most this many sends (first one included) per challenge within {@link SEND_WINDOW_MS}. */
export const SEND_LIMIT = 3;
const SEND_WINDOW_MS = 60_000;

export type Channel = 'email' | 'sms' | 'voice';

/** What a code-based step keeps in `tx.stepState`. */
export interface CodeState {
  code?: string;
  codeExpiresAt?: number;
  sends?: number[];
  channel?: Channel;
  to?: string;
  /** Email magic link token, and whether the link was opened. */
  magicToken?: string;
  verified?: boolean;
}

export const codeState = (ctx: StepContext) => ctx.state as CodeState;

/** Generates a new code and "sends" it; returns a 429 outcome when the send limit is reached. */
export function sendCode(ctx: StepContext, channel: Channel, to: string, options: { magicLink?: boolean } = {}): StepOutcome | undefined {
  const state = codeState(ctx);
  const now = ctx.env.now();
  const recent = (state.sends ?? []).filter((at) => now - at < SEND_WINDOW_MS);
  if (recent.length >= SEND_LIMIT) {
    return {
      kind: 'response',
      status: 429,
      body: { version: '1.0.0', stateHandle: ctx.tx.stateHandle, messages: { type: 'array', value: [sendLimit(channel)] } },
      headers: { 'Retry-After': String(Math.ceil((SEND_WINDOW_MS - (now - recent[0])) / 1000)) },
    };
  }
  state.sends = [...recent, now];
  state.code = numericCode(6);
  state.codeExpiresAt = now + CODE_LIFETIME_MS;
  state.channel = channel;
  state.to = to;
  state.verified = false;
  let magicLink: string | null = null;
  let callbackLink: string | null = null;
  if (options.magicLink) {
    state.magicToken = randomToken(24);
    magicLink = `${ctx.origin}/dev/magic-link/${state.magicToken}`;
    callbackLink = emailVerifyCallback(ctx.tx, state.code);
  }
  const what = channel === 'email' ? 'Your verification code' : 'Your code';
  ctx.outbox.send({
    channel,
    to,
    identifier: ctx.user.identifier,
    code: state.code,
    magicLink,
    ...(options.magicLink ? { callbackLink } : {}),
    text: `${what} is ${state.code}${callbackLink ? `. Or sign in with this link: ${callbackLink}` : ''}`,
  });
  return undefined;
}

export function passcodeOf(body: JsonObject, name = 'passcode'): string | undefined {
  const credentials = body.credentials;
  if (typeof credentials !== 'object' || credentials === null) return undefined;
  const value = (credentials as Record<string, unknown>)[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Checks `credentials.passcode` against the code sent in this step (single use). */
export function checkCode(ctx: StepContext, body: JsonObject, answered: string): StepOutcome {
  const state = codeState(ctx);
  const passcode = passcodeOf(body);
  if (passcode === undefined) {
    return { kind: 'stay', status: 400, answered, fieldMessages: { 'credentials.passcode': [fieldBlank()] } };
  }
  const valid = state.code !== undefined && state.codeExpiresAt !== undefined && ctx.env.now() < state.codeExpiresAt;
  if (!valid || passcode !== state.code) {
    // 401, as Okta answers an invalid one-time code (okta-captures INDEX; Widget mock error-401-invalid-otp-passcode.json).
    return { kind: 'stay', status: 401, answered, fieldMessages: { 'credentials.passcode': [passcodeInvalid()] } };
  }
  state.code = undefined;
  return { kind: 'done' };
}

/** `resend` action, as Okta puts it on the current authenticator (enrollment). */
export const resendAction = (ctx: StepContext) => ctx.form('resend', IDX_PATHS.challengeResend, []);

/** `poll` action (email magic link): the client polls until the link was opened. */
export const pollAction = (ctx: StepContext) => ({ ...ctx.form('poll', IDX_PATHS.challengePoll, []), refresh: POLL_REFRESH_MS });

/** `{ authenticator: { methodType } }` of a data form. */
export function methodTypeOf(body: JsonObject): string | undefined {
  const a = body.authenticator;
  if (typeof a !== 'object' || a === null) return undefined;
  const m = (a as JsonObject).methodType;
  return typeof m === 'string' ? m : undefined;
}

/** A random decimal code of `length` digits (leading zeros allowed). */
function numericCode(length = 6): string {
  const bytes = new Uint32Array(length);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => String(b % 10)).join('');
}
