import type { ResolvedUser } from '../model/config.js';
import { stableId } from '../model/ids.js';
import { maskEmail } from './masking.js';
import { IDX_PATHS, credentialsField } from '../idx/remediations.js';
import type { UserRecord } from '../model/store.js';
import { checkCode, codeState, pollAction, resendAction, sendCode } from './otp-common.js';
import { stepHooksOnly, type AuthenticatorModule, type StepContext, type StepOutcome } from './types.js';

const KEY = 'okta_email';

interface EmailState {
  email: string;
}

const stateOf = (user: UserRecord) => user.authenticators.get(KEY) as EmailState | undefined;

/** Where enrollment sends the code: the profile email, else the login when it looks like an address. */
const addressFor = (user: UserRecord) => user.profile.email ?? (user.identifier.includes('@') ? user.identifier : undefined);

/**
 * Email: `authenticator-verification-data` ("send me an email") before a challenge, a 6-digit code plus a
 * magic link to the outbox, `resend` and `poll` actions (the poll completes once the link was opened).
 * Enrollment sends the code to the profile email straight away.
 */
export const emailAuthenticator: AuthenticatorModule = {
  key: KEY,
  type: 'email',
  id: stableId('aut', KEY),
  displayName: 'Email',
  methods: ['email'],
  amr: ['email'],
  enrollmentIdPrefix: 'eae',
  recoverable: false,

  *seed(user: ResolvedUser) {
    const config = user.authenticators.okta_email;
    if (config === undefined) return;
    const email = (config === true ? undefined : config.email) ?? user.profile.email ?? user.identifier;
    yield [KEY, { email } satisfies EmailState];
  },

  isEnrolled: (user) => stateOf(user) !== undefined,
  profile: (user) => {
    const state = stateOf(user);
    return state ? { email: maskEmail(state.email) } : undefined;
  },
  credentialFields: () => [{ name: 'passcode', label: 'Enter code' }],
  describe: () => ({}),
  verify: stepHooksOnly(KEY),
  enroll: stepHooksOnly(KEY),

  begin(ctx: StepContext) {
    const state = codeState(ctx);
    if (ctx.purpose === 'enroll') {
      const to = addressFor(ctx.user);
      if (to) sendCode(ctx, 'email', to, { magicLink: true });
      state.to = to;
    }
    // Verification waits for authenticator-verification-data.
  },

  view(ctx) {
    const state = codeState(ctx);
    const sent = state.code !== undefined || state.sends !== undefined;
    if (!sent) {
      const methodType = { name: 'methodType', type: 'string' as const, required: ctx.purpose === 'verify', options: [{ label: 'Email', value: 'email' }] };
      const name = ctx.purpose === 'verify' ? 'authenticator-verification-data' : 'authenticator-enrollment-data';
      const path = ctx.purpose === 'verify' ? IDX_PATHS.challenge : IDX_PATHS.credentialEnroll;
      return {
        forms: [ctx.form(name, path, [{ name: 'authenticator', label: 'Email', form: { value: [
          { name: 'id', required: true, value: emailAuthenticator.id, mutable: false }, methodType] } }], ctx.holderPath)],
      };
    }
    const name = ctx.purpose === 'verify' ? 'challenge-authenticator' : 'enroll-authenticator';
    // No masked address while enrolling: Okta names none there (idx-swift/invalid-password-response.json).
    const authenticator: Record<string, unknown> = { resend: resendAction(ctx), poll: pollAction(ctx) };
    return {
      forms: [ctx.form(name, IDX_PATHS.challengeAnswer, [credentialsField([{ name: 'passcode', label: 'Enter code' }])], ctx.holderPath)],
      authenticator,
    };
  },

  submit(ctx, name, body): StepOutcome {
    const state = codeState(ctx);
    const to = ctx.purpose === 'verify' ? stateOf(ctx.user)?.email : (state.to ?? addressFor(ctx.user));
    switch (name) {
      case 'authenticator-verification-data':
      case 'authenticator-enrollment-data':
      case 'resend':
        if (!to) return { kind: 'stay', status: 400 };
        return sendCode(ctx, 'email', to, { magicLink: true }) ?? { kind: 'stay' };
      case 'poll':
        return state.verified ? finish(ctx, to) : { kind: 'stay' };
      case 'challenge-authenticator':
      case 'enroll-authenticator': {
        const outcome = checkCode(ctx, body, name);
        return outcome.kind === 'done' ? finish(ctx, to) : outcome;
      }
      default:
        return { kind: 'stay', status: 400 };
    }
  },
};

function finish(ctx: StepContext, to: string | undefined): StepOutcome {
  if (ctx.purpose === 'enroll' && to) ctx.user.authenticators.set(KEY, { email: to } satisfies EmailState);
  return { kind: 'done' };
}
