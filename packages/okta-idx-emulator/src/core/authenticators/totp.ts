import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import type { ResolvedUser } from '../model/config.js';
import { stableId } from '../model/ids.js';
import type { JsonObject } from '../http/json.js';
import { fieldBlank, passcodeInvalid, totpInvalid, type IdxMessage } from '../idx/messages.js';
import { IDX_PATHS, credentialsField } from '../idx/remediations.js';
import type { UserRecord } from '../model/store.js';
import { passcodeOf } from './otp-common.js';
import type { AuthenticatorModule, StepContext, StepOutcome } from './types.js';

export interface TotpState {
  /** Base32. */
  secret: string;
}

/** RFC 6238 check (30 s steps, 6 digits, SHA-1, one step of clock drift either way) at the emulator's clock. */
function totpMatches(secret: string, token: string, now: number): boolean {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' });
  return totp.validate({ token, timestamp: now, window: 1 }) !== null;
}

export const newTotpSecret = () => new Secret({ size: 20 }).base32;

/** `otpauth://totp/…` for an authenticator app, as a PNG data URL (what Okta puts in `contextualData.qrcode.href`). */
async function totpQrCode(issuer: string, label: string, secret: string): Promise<string> {
  const uri = new TOTP({ issuer, label, secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).toString();
  return QRCode.toDataURL(uri);
}

export function checkTotp(
  secret: string | undefined,
  body: JsonObject,
  field: 'passcode' | 'totp',
  answered: string,
  now: number,
  invalid: IdxMessage = totpInvalid(),
): StepOutcome {
  const token = passcodeOf(body, field);
  const path = `credentials.${field}`;
  if (token === undefined) return { kind: 'stay', status: 400, answered, fieldMessages: { [path]: [fieldBlank()] } };
  if (!secret || !/^\d{6}$/.test(token) || !totpMatches(secret, token, now)) {
    // Okta answers an invalid one-time code with 401 (okta-captures INDEX: idx-java status codes).
    return { kind: 'stay', status: 401, answered, fieldMessages: { [path]: [invalid] } };
  }
  return { kind: 'done' };
}

/** A passcode authenticator backed by a TOTP secret: Google Authenticator, or any other (`custom_otp`). */
function totpAuthenticator(key: 'google_otp' | 'custom_otp', type: string, displayName: string): AuthenticatorModule {
  const stateOf = (user: UserRecord) => user.authenticators.get(key) as TotpState | undefined;
  const module: AuthenticatorModule = {
    key,
    type,
    id: stableId('aut', key),
    displayName,
    methods: ['otp'],
    amr: ['otp'],
    enrollmentIdPrefix: 'uft',
    recoverable: false,

    *seed(user: ResolvedUser) {
      const config = user.authenticators[key];
      if (config) yield [key, { secret: config.secret } satisfies TotpState];
    },
    isEnrolled: (user) => stateOf(user) !== undefined,
    credentialFields: () => [{ name: 'passcode', label: 'Enter code', required: true, visible: true }],
    describe: () => ({}),
    verify: () => ({ ok: false }),
    enroll: () => ({ ok: false }),

    async begin(ctx: StepContext) {
      if (ctx.purpose !== 'enroll') return;
      const secret = newTotpSecret();
      ctx.state.secret = secret;
      ctx.state.qrcode = await totpQrCode(ctx.env.config.orgName, ctx.user.identifier, secret);
    },

    view(ctx) {
      const name = ctx.purpose === 'verify' ? 'challenge-authenticator' : 'enroll-authenticator';
      const forms = [ctx.form(name, IDX_PATHS.challengeAnswer, [credentialsField(module.credentialFields(ctx.purpose))], ctx.holderPath)];
      if (ctx.purpose === 'verify') return { forms };
      return {
        forms,
        authenticator: {
          contextualData: {
            qrcode: { method: 'embedded', href: ctx.state.qrcode, type: 'image/png' },
            sharedSecret: ctx.state.secret,
          },
        },
      };
    },

    submit(ctx, name, body) {
      if (name !== 'challenge-authenticator' && name !== 'enroll-authenticator') return { kind: 'stay', status: 400 };
      const secret = ctx.purpose === 'verify' ? stateOf(ctx.user)?.secret : (ctx.state.secret as string | undefined);
      // Okta words a failed enrollment like an invalid email code, a failed verification like a soft-token error.
      const outcome = checkTotp(secret, body, 'passcode', name, ctx.env.now(), ctx.purpose === 'enroll' ? passcodeInvalid() : totpInvalid());
      if (outcome.kind === 'done' && ctx.purpose === 'enroll') ctx.user.authenticators.set(key, { secret: secret! } satisfies TotpState);
      return outcome;
    },
  };
  return module;
}

export const googleAuthenticator = totpAuthenticator('google_otp', 'app', 'Google Authenticator');
export const customOtpAuthenticator = totpAuthenticator('custom_otp', 'security_key', 'Custom OTP');
