import QRCode from 'qrcode';
import type { ResolvedUser } from '../model/config.js';
import { normalisePhone } from '../model/phone-number.js';
import { randomToken, stableId } from '../model/ids.js';
import type { JsonObject } from '../http/json.js';
import { fieldBlank, invalidPhone, pushRejected } from '../idx/messages.js';
import { IDX_PATHS, POLL_REFRESH_MS, type IdxField } from '../idx/remediations.js';
import type { UserRecord } from '../model/store.js';
import { checkTotp, newTotpSecret } from './totp.js';
import { stepHooksOnly, type AuthenticatorModule, type StepContext, type StepOutcome } from './types.js';

export const OKTA_VERIFY = 'okta_verify';

export interface OktaVerifyState {
  secret?: string;
  push: boolean;
  numberChallenge: boolean;
  deviceName: string;
}

/** A push waiting on "the phone" (approved or denied through /dev/push/*). */
export interface PushState {
  status: 'pending' | 'approved' | 'rejected';
  /** A string on Okta (`contextualData.correctAnswer: "42"`). */
  correctAnswer?: string;
  createdAt: number;
  /** The client's poll has seen the rejection (until then the poll stays offered). */
  reported?: boolean;
}

const stateOf = (user: UserRecord) => user.authenticators.get(OKTA_VERIFY) as OktaVerifyState | undefined;
const methodsOf = (s: OktaVerifyState | undefined) => [...(s?.push !== false ? ['push'] : []), ...(s?.secret ? ['totp'] : [])];
const idField = (): IdxField => ({ name: 'id', required: true, value: oktaVerifyAuthenticator.id, mutable: false });
const METHOD_LABELS: Record<string, string> = { push: 'Get a push notification', totp: 'Enter a code' };
/** While enrolling, Okta lists push as the method (idx-swift/enroll-poll-response.json). */
const ENROLL_METHODS = [{ type: 'push' }];
const CHANNELS = [{ label: 'QRCODE', value: 'qrcode' }, { label: 'EMAIL', value: 'email' }, { label: 'SMS', value: 'sms' }];

function newPush(ctx: StepContext): void {
  const s = stateOf(ctx.user);
  const push: PushState = { status: 'pending', createdAt: ctx.env.now() };
  if (s?.numberChallenge) push.correctAnswer = String(10 + Math.floor(Math.random() * 90));
  ctx.state.method = 'push';
  ctx.state.push = push;
}

/** Completes an Okta Verify enrollment as if the phone app had scanned the QR code / opened the link. */
export function activateOktaVerify(user: UserRecord, stepState: Record<string, unknown>): void {
  user.authenticators.set(OKTA_VERIFY, {
    secret: newTotpSecret(),
    push: true,
    numberChallenge: false,
    deviceName: 'Emulated phone',
  } satisfies OktaVerifyState);
  stepState.activated = true;
}

/**
 * Okta Verify: push (`challenge-poll`, optional number challenge, approve/deny through /dev/push/*; a denial
 * gives the rejected-push shape with `resend`), TOTP (`credentials.totp`), and enrollment via QR code / email /
 * SMS (`enroll-poll`, `select-enrollment-channel`, `enrollment-channel-data`) finished by POST /dev/okta-verify/activate.
 */
export const oktaVerifyAuthenticator: AuthenticatorModule = {
  key: OKTA_VERIFY,
  type: 'app',
  id: stableId('aut', OKTA_VERIFY),
  displayName: 'Okta Verify',
  methods: ['push', 'totp'],
  // Okta: a push is multiple-channel authentication (`mca`); a code from the app is `otp`.
  amr: ['mca'],
  enrollmentIdPrefix: 'pfd',
  amrOf: (ctx) => (ctx.purpose === 'verify' && ctx.state.method === 'totp' ? ['otp'] : ['mca']),
  recoverable: false,
  verifyHolder: 'currentAuthenticator',

  *seed(user: ResolvedUser) {
    const c = user.authenticators.okta_verify;
    if (!c) return;
    yield [OKTA_VERIFY, {
      ...(c.secret ? { secret: c.secret } : {}),
      push: c.push !== false,
      numberChallenge: c.numberChallenge === true,
      deviceName: c.deviceName ?? 'Okta Verify device',
    } satisfies OktaVerifyState];
  },
  isEnrolled: (user) => stateOf(user) !== undefined,
  enrolledMethods: (user) => methodsOf(stateOf(user)),
  selectFields: (purpose, user) =>
    purpose === 'verify'
      ? [idField(), { name: 'methodType', type: 'string', required: false, options: methodsOf(stateOf(user)).map((m) => ({ label: METHOD_LABELS[m], value: m })) }]
      : [idField(), { name: 'channel', type: 'string', required: false, options: CHANNELS }],
  credentialFields: () => [{ name: 'totp', label: 'Enter code from Okta Verify app', visible: true, required: true }],
  describe: () => ({}),
  verify: stepHooksOnly(OKTA_VERIFY),
  enroll: stepHooksOnly(OKTA_VERIFY),

  async begin(ctx, selection) {
    if (ctx.purpose === 'verify') {
      const methods = methodsOf(stateOf(ctx.user));
      if ((selection.methodType === 'totp' || !methods.includes('push')) && methods.includes('totp')) ctx.state.method = 'totp';
      else newPush(ctx);
      return;
    }
    const token = randomToken(24);
    ctx.state.activationToken = token;
    ctx.state.qrcode = await QRCode.toDataURL(`oktaverify://activate?t=${token}&o=${encodeURIComponent(ctx.origin)}`);
    ctx.state.channel = selection.channel === 'email' || selection.channel === 'sms' ? selection.channel : 'qrcode';
    ctx.state.phase = ctx.state.channel === 'qrcode' ? 'waiting' : 'channel-data';
  },

  view(ctx) {
    if (ctx.purpose === 'verify') {
      if (ctx.state.method === 'totp') {
        return {
          forms: [ctx.form('challenge-authenticator', IDX_PATHS.challengeAnswer,
            [{ name: 'credentials', form: { value: oktaVerifyAuthenticator.credentialFields('verify') } }], ctx.holderPath)],
          authenticator: { methods: [{ type: 'totp' }] },
        };
      }
      const push = ctx.state.push as PushState;
      if (push.status === 'rejected' && push.reported) {
        return {
          forms: [ctx.form('resend', IDX_PATHS.challenge, [{
            name: 'authenticator', type: 'object', label: 'Okta Verify',
            value: { form: { value: [idField(), { name: 'methodType', value: 'push', label: 'PUSH', required: true, mutable: false }] } },
          }], ctx.holderPath)],
          authenticator: { methods: [{ type: 'push' }] },
        };
      }
      const authenticator: Record<string, unknown> = { methods: [{ type: 'push' }] };
      if (push.correctAnswer !== undefined) authenticator.contextualData = { correctAnswer: push.correctAnswer };
      return {
        forms: [{ ...ctx.form('challenge-poll', IDX_PATHS.challengePoll, [], ctx.holderPath), refresh: POLL_REFRESH_MS }],
        authenticator,
      };
    }
    const channel = ctx.state.channel as string;
    if (ctx.state.phase === 'channel-data') {
      const input: IdxField = channel === 'email'
        ? { name: 'email', label: 'Email', required: true, type: 'string' }
        : { name: 'phoneNumber', label: 'Phone Number', required: true, type: 'string' };
      // Okta keeps select-enrollment-channel (every channel) beside the data form, so a person can switch
      // channel (Widget mocks authenticator-enroll-ov-via-email.json / -via-sms.json).
      return {
        forms: [ctx.form('enrollment-channel-data', IDX_PATHS.credentialEnroll, [input]), channelSelectForm(ctx)],
        authenticator: { methods: ENROLL_METHODS, contextualData: { selectedChannel: channel } },
      };
    }
    const contextualData: Record<string, unknown> = { selectedChannel: channel };
    if (channel === 'qrcode') contextualData.qrcode = { href: ctx.state.qrcode, method: 'embedded', type: 'image/png' };
    if (ctx.state.sentTo) contextualData[channel === 'email' ? 'email' : 'phoneNumber'] = ctx.state.sentTo;
    return {
      forms: [
        { ...ctx.form('enroll-poll', IDX_PATHS.challengePoll, []), refresh: POLL_REFRESH_MS },
        channelSelectForm(ctx),
      ],
      authenticator: { methods: ENROLL_METHODS, contextualData },
    };
  },

  submit(ctx, name, body): StepOutcome {
    if (ctx.purpose === 'verify') {
      switch (name) {
        case 'challenge-authenticator':
          return checkTotp(stateOf(ctx.user)?.secret, body, 'totp', name, ctx.env.now());
        case 'challenge-poll': {
          const push = ctx.state.push as PushState;
          if (push.status === 'approved') return { kind: 'done' };
          if (push.status === 'rejected') {
            push.reported = true;
            return { kind: 'stay', messages: [pushRejected()] };
          }
          return { kind: 'stay' };
        }
        case 'resend':
          newPush(ctx);
          return { kind: 'stay' };
        default:
          return { kind: 'stay', status: 400 };
      }
    }
    switch (name) {
      case 'enroll-poll':
        return ctx.state.activated ? { kind: 'done' } : { kind: 'stay' };
      case 'select-enrollment-channel': {
        const channel = ((body.authenticator ?? {}) as JsonObject).channel;
        if (channel !== 'qrcode' && channel !== 'email' && channel !== 'sms') {
          return { kind: 'stay', status: 400, answered: name, fieldMessages: { 'authenticator.channel': [fieldBlank()] } };
        }
        ctx.state.channel = channel;
        ctx.state.sentTo = undefined;
        ctx.state.phase = channel === 'qrcode' ? 'waiting' : 'channel-data';
        return { kind: 'stay' };
      }
      case 'enrollment-channel-data':
        return channelData(ctx, body, name);
      default:
        return { kind: 'stay', status: 400 };
    }
  },
};

/** Every channel is offered, the current one too, with Okta's field shape (idx-swift/enroll-poll-response.json). */
function channelSelectForm(ctx: StepContext) {
  return ctx.form('select-enrollment-channel', IDX_PATHS.credentialEnroll, [{
    name: 'authenticator', type: 'object', label: 'Okta Verify',
    value: { form: { value: [idField(), { name: 'channel', type: 'string', required: false, options: CHANNELS }] } },
  }]);
}

function channelData(ctx: StepContext, body: JsonObject, name: string): StepOutcome {
  const channel = ctx.state.channel as 'email' | 'sms';
  const raw = typeof body[channel === 'email' ? 'email' : 'phoneNumber'] === 'string' ? String(body[channel === 'email' ? 'email' : 'phoneNumber']) : '';
  const to = channel === 'email' ? (/^[^@\s]+@[^@\s]+$/.test(raw.trim()) ? raw.trim() : undefined) : normalisePhone(raw);
  if (!to) {
    const path = channel === 'email' ? 'email' : 'phoneNumber';
    return { kind: 'stay', status: 400, answered: name, fieldMessages: { [path]: [channel === 'email' ? fieldBlank() : invalidPhone()] } };
  }
  const link = `${ctx.origin}/dev/okta-verify/activate`;
  ctx.outbox.send({
    channel,
    to,
    identifier: ctx.user.identifier,
    code: null,
    magicLink: null,
    text: `Set up Okta Verify: open oktaverify://activate?t=${String(ctx.state.activationToken)} on your phone (emulator: POST ${link} {"identifier":"${ctx.user.identifier}"})`,
  });
  ctx.state.sentTo = to;
  ctx.state.phase = 'waiting';
  return { kind: 'stay' };
}
