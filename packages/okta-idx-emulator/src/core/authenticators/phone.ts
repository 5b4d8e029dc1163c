import type { ResolvedUser } from '../model/config.js';
import { normalisePhone } from '../model/phone-number.js';
import { stableId } from '../model/ids.js';
import type { JsonObject } from '../http/json.js';
import { invalidPhone } from '../idx/messages.js';
import { maskPhone } from './masking.js';
import { IDX_PATHS, credentialsField, type IdxField } from '../idx/remediations.js';
import type { UserRecord } from '../model/store.js';
import { checkCode, codeState, methodTypeOf, resendAction, sendCode, type Channel } from './otp-common.js';
import { stepHooksOnly, type AuthenticatorModule, type StepContext, type StepOutcome } from './types.js';

const KEY = 'phone_number';

interface PhoneState {
  phoneNumber: string;
  methods: ('sms' | 'voice')[];
}

const stateOf = (user: UserRecord) => user.authenticators.get(KEY) as PhoneState | undefined;
const LABELS = { sms: 'SMS', voice: 'Voice call' } as const;

const methodOptions = (methods: readonly ('sms' | 'voice')[]) => methods.map((m) => ({ label: LABELS[m], value: m }));

const idField = (): IdxField => ({ name: 'id', required: true, value: phoneAuthenticator.id, mutable: false });

/**
 * Phone (SMS / voice): a data step choosing the method (and, for enrollment, the number), a 6-digit code
 * to the outbox, `resend` with Okta's rate limit (429 after {@link SEND_LIMIT} sends a minute).
 */
export const phoneAuthenticator: AuthenticatorModule = {
  key: KEY,
  type: 'phone',
  id: stableId('aut', KEY),
  displayName: 'Phone',
  methods: ['sms', 'voice'],
  amr: ['sms'],
  enrollmentIdPrefix: 'pae',
  amrOf: (ctx) => (codeState(ctx).channel === 'voice' ? ['tel'] : ['sms']),
  recoverable: false,

  *seed(user: ResolvedUser) {
    const config = user.authenticators.phone_number;
    if (config) yield [KEY, { phoneNumber: config.phoneNumber, methods: config.methods ?? ['sms', 'voice'] } satisfies PhoneState];
  },

  isEnrolled: (user) => stateOf(user) !== undefined,
  enrolledMethods: (user) => stateOf(user)?.methods ?? ['sms', 'voice'],
  profile: (user) => {
    const state = stateOf(user);
    return state ? { phoneNumber: maskPhone(state.phoneNumber) } : undefined;
  },
  selectFields: (purpose, user) => {
    const methods = purpose === 'verify' ? (stateOf(user)?.methods ?? ['sms', 'voice']) : (['sms', 'voice'] as const);
    const fields: IdxField[] = [idField(), { name: 'methodType', type: 'string', required: false, options: methodOptions(methods) }];
    // No `type` on this field in Okta's select-authenticator-enroll option (Widget mock authenticator-enroll-select-authenticator.json).
    if (purpose === 'enroll') fields.push({ name: 'phoneNumber', label: 'Phone number', required: false });
    return fields;
  },
  credentialFields: () => [{ name: 'passcode', label: 'Enter code' }],
  describe: () => ({}),
  verify: stepHooksOnly(KEY),
  enroll: stepHooksOnly(KEY),

  begin(ctx, selection) {
    // Enrollment straight from select-authenticator-enroll with a valid number skips the data step.
    if (ctx.purpose === 'enroll' && selection.phoneNumber) {
      const phone = normalisePhone(selection.phoneNumber);
      if (phone) sendCode(ctx, selection.methodType === 'voice' ? 'voice' : 'sms', phone);
    }
  },

  view(ctx) {
    const state = codeState(ctx);
    if (state.code === undefined && state.sends === undefined) {
      if (ctx.purpose === 'verify') {
        const methods = stateOf(ctx.user)?.methods ?? ['sms', 'voice'];
        return {
          forms: [ctx.form('authenticator-verification-data', IDX_PATHS.challenge, [{
            name: 'authenticator', type: 'object', label: 'Phone',
            form: { value: [idField(), { name: 'methodType', type: 'string', required: true, options: methodOptions(methods) }] },
          }], ctx.holderPath)],
        };
      }
      return {
        forms: [ctx.form('authenticator-enrollment-data', IDX_PATHS.credentialEnroll, [{
          name: 'authenticator', type: 'object', required: true, label: 'Phone',
          form: { value: [
            idField(),
            { name: 'methodType', type: 'string', required: true, options: methodOptions(['sms', 'voice']) },
            { name: 'phoneNumber', label: 'Phone number', required: true, type: 'string' },
          ] },
        }], ctx.holderPath)],
      };
    }
    const name = ctx.purpose === 'verify' ? 'challenge-authenticator' : 'enroll-authenticator';
    const authenticator: Record<string, unknown> = { resend: resendAction(ctx) };
    if (ctx.purpose === 'enroll' && state.to) authenticator.profile = { phoneNumber: maskPhone(state.to) };
    return {
      forms: [ctx.form(name, IDX_PATHS.challengeAnswer, [credentialsField([{ name: 'passcode', label: 'Enter code' }])], ctx.holderPath)],
      authenticator,
    };
  },

  submit(ctx, name, body): StepOutcome {
    const state = codeState(ctx);
    switch (name) {
      case 'authenticator-verification-data': {
        const enrolled = stateOf(ctx.user)!;
        const method = methodTypeOf(body);
        const channel: Channel = method === 'voice' && enrolled.methods.includes('voice') ? 'voice' : enrolled.methods.includes('sms') ? 'sms' : 'voice';
        return sendCode(ctx, channel, enrolled.phoneNumber) ?? { kind: 'stay' };
      }
      case 'authenticator-enrollment-data':
        return enrollmentData(ctx, body, name);
      case 'resend':
        if (!state.to || !state.channel) return { kind: 'stay', status: 400 };
        return sendCode(ctx, state.channel, state.to) ?? { kind: 'stay' };
      case 'challenge-authenticator':
      case 'enroll-authenticator': {
        const outcome = checkCode(ctx, body, name);
        if (outcome.kind === 'done' && ctx.purpose === 'enroll') {
          const method = state.channel === 'voice' ? 'voice' : 'sms';
          ctx.user.authenticators.set(KEY, { phoneNumber: state.to!, methods: method === 'voice' ? ['voice', 'sms'] : ['sms', 'voice'] } satisfies PhoneState);
        }
        return outcome;
      }
      default:
        return { kind: 'stay', status: 400 };
    }
  },
};

function enrollmentData(ctx: StepContext, body: JsonObject, name: string): StepOutcome {
  const authenticator = (body.authenticator ?? {}) as JsonObject;
  const raw = typeof authenticator.phoneNumber === 'string' ? authenticator.phoneNumber : '';
  const phone = normalisePhone(raw);
  if (!phone) {
    // Okta answers with a global message; the field message lets a form highlight the input too.
    return { kind: 'stay', status: 400, answered: name, messages: [invalidPhone()], fieldMessages: { 'authenticator.phoneNumber': [invalidPhone()] } };
  }
  return sendCode(ctx, methodTypeOf(body) === 'voice' ? 'voice' : 'sms', phone) ?? { kind: 'stay' };
}
