/**
 * Self-service registration, as Okta's profile enrollment policy with sign-up allowed answers it:
 * `select-enroll-profile` beside identify → `enroll-profile` (the `userProfile.*` attributes, and the password when
 * it is set at sign-up) posted to /idp/idx/enroll/new, or `select-identify` back to sign in. A valid profile makes
 * the user (kept in memory until POST /dev/reset); then their policy goes on as for any sign-in: enroll the
 * password when it was not on the form (idx-java/enroll-registration-response.json), enroll the email when it
 * must be verified (idx-java/enroll-profile-response.json), then the interaction code; or, when the account is
 * activated by email, Okta's terminal "check your email" (the Widget's terminal-registration.json).
 */
import type { ResolvedUser } from '../model/config.js';
import { userIdFor } from '../model/config-schema.js';
import type { Transaction, UserRecord } from '../model/store.js';
import { json, type JsonObject } from '../http/json.js';
import type { Services } from '../services.js';
import { renderTransaction, type IdxDocument, type RenderContext } from './documents.js';
import { emailVerificationRequired, messageList, notUniqueWithinOrg, remediationUnavailable, type IdxMessage } from './messages.js';
import { attributeField, checkProfile, userProfileField } from './profile-attributes.js';
import { IDX_PATHS, credentialsField, form, type IdxField, type IdxForm } from './remediations.js';

/** What answers once the transaction has a user (endpoints.ts `advance`: the policy's next step, or the code). */
export type Advance = (ctx: RenderContext, services: Services) => Promise<Response>;

const PASSWORD = 'okta_password';
const EMAIL = 'okta_email';

/** "Sign up" beside identify (only the stateHandle; the Widget's identify.json), when registration is on. */
export function signUpForms(ctx: RenderContext): IdxForm[] {
  if (!ctx.config.registration.enabled) return [];
  return [form(ctx.origin, ctx.tx.stateHandle, 'select-enroll-profile', IDX_PATHS.enroll, [])];
}

const summary = (ctx: RenderContext, key: string) => {
  const m = ctx.registry.get(key);
  return m ? { type: m.type, key: m.key, id: m.id, displayName: m.displayName, methods: m.methods.map((type) => ({ type })) } : undefined;
};

/**
 * `enroll-profile` with `userProfile` first (auth-js reads its field messages from `value[0]`), the password as
 * `credentials.passcode` relating to the password as `currentAuthenticator` with its rules when it is set at
 * sign-up (the Widget's enroll-profile-with-password.json), and `select-identify` back to sign in.
 */
function enrollProfileStep(ctx: RenderContext, doc: IdxDocument): void {
  const { registration } = ctx.config;
  const fields: IdxField[] = [userProfileField(registration.profileAttributes.map((a) => attributeField(a)))];
  const password = registration.passwordAtSignUp ? ctx.registry.get(PASSWORD) : undefined;
  if (password) fields.push(credentialsField(password.credentialFields('enroll')));
  const enroll = form(ctx.origin, ctx.tx.stateHandle, 'enroll-profile', IDX_PATHS.enrollNew, fields);
  if (password) Object.assign(enroll.value[1], { relatesTo: '$.currentAuthenticator' });
  doc.remediation = {
    type: 'array',
    value: [enroll, form(ctx.origin, ctx.tx.stateHandle, 'select-identify', IDX_PATHS.identifySelect, [])],
  };
  if (password) doc.currentAuthenticator = { type: 'object', value: { ...summary(ctx, PASSWORD), ...password.describe('enroll', ctx.env) } };
}

/** Registration ended with an activation email: Okta's INFO message and the new user, no remediation. */
function emailSentStep(doc: IdxDocument, user: UserRecord | undefined): void {
  doc.messages = messageList([emailVerificationRequired()]);
  if (user) doc.user = { type: 'object', value: { id: user.id, identifier: user.identifier } };
}

/** Renders the registration steps; false for any other step. */
export function renderRegistrationStep(ctx: RenderContext, doc: IdxDocument): boolean {
  const { step } = ctx.tx;
  if (step.kind === 'enroll-profile') enrollProfileStep(ctx, doc);
  else if (step.kind === 'registration-email-sent') emailSentStep(doc, ctx.user);
  else return false;
  return true;
}

const ok = (ctx: RenderContext) => json(200, renderTransaction(ctx));

/** `select-enroll-profile` ("Sign up"): the sign-up form, with no user yet. */
export function selectEnrollProfile(ctx: RenderContext): Response {
  const { tx } = ctx;
  if (!ctx.config.registration.enabled) return json(400, renderTransaction(ctx, { messages: [remediationUnavailable()] }));
  resetProgress(tx);
  tx.userId = undefined;
  tx.step = { kind: 'enroll-profile' };
  tx.stepState = {};
  return ok({ ...ctx, user: undefined });
}

/** `select-identify` ("Back to sign in"): the identify form again, in the same transaction. */
export function selectIdentify(ctx: RenderContext): Response {
  const { tx } = ctx;
  resetProgress(tx);
  tx.userId = undefined;
  tx.step = { kind: 'identify' };
  tx.stepState = {};
  return ok({ ...ctx, user: undefined });
}

function resetProgress(tx: Transaction): void {
  tx.satisfied = [];
  tx.amr = [];
  tx.chosen = undefined;
  tx.optionalSkipped = false;
  tx.recovering = false;
  tx.unlocking = false;
}

/** The new user as the store keeps them: their policy asks for the password, and the email when it must be verified. */
function newUser(services: Services, login: string, profile: Record<string, string>): ResolvedUser {
  const { registration } = services.config;
  return {
    id: userIdFor(login),
    identifier: login,
    password: null,
    mustEnrollPassword: true,
    profile,
    policy: { signOn: [[PASSWORD]], enroll: registration.emailVerification ? [EMAIL] : [], optional: [] },
    passwordExpired: false,
    passwordExpiresInDays: undefined,
    authenticators: {},
    status: registration.activationEmail ? 'PROVISIONED' : 'ACTIVE',
    assignedClients: undefined,
  };
}

/**
 * Where the activation email points: the app that asked (the request's Origin, else the redirect URI's origin)
 * with `?activation_token=`, as an embedded app's email template would (okta-auth-js takes it as `activationToken`).
 */
function activationLink(ctx: RenderContext, token: string): string {
  const url = new URL('/', ctx.requestOrigin ?? new URL(ctx.tx.redirectUri).origin);
  url.searchParams.set('activation_token', token);
  return url.href;
}

/** Sends the activation email to the new (PROVISIONED) user: the link, no code. */
export function sendActivationEmail(services: Services, user: UserRecord, link: string): void {
  services.outbox.send({
    channel: 'email',
    to: user.profile.email ?? user.identifier,
    identifier: user.identifier,
    code: null,
    magicLink: link,
    text: `Activate your account: ${link}`,
  });
}

/**
 * `enroll-profile` posted to /idp/idx/enroll/new. Refusals are 400 with the form again and the messages on the
 * fields (idx-java/enroll-profile-error-response.json; the Widget's error-new-signup-email-exists.json for a taken
 * login); the password is checked against the policy as at enrollment, with the profile it must not contain.
 */
export async function enrollProfile(ctx: RenderContext, body: JsonObject, services: Services, advance: Advance): Promise<Response> {
  const { registration } = services.config;
  const answered = 'enroll-profile';
  const refuse = (fieldMessages: Record<string, IdxMessage[]>, messages?: IdxMessage[]) =>
    json(400, renderTransaction(ctx, { answered, fieldMessages, messages }));
  if (!registration.enabled || ctx.tx.step.kind !== 'enroll-profile') return refuse({}, [remediationUnavailable()]);

  const { values, fieldMessages } = checkProfile(registration.profileAttributes, body.userProfile);
  const login = values.email;
  const emailLabel = registration.profileAttributes.find((a) => a.name === 'email')!.label;
  if (login !== undefined && services.store.userByIdentifier(login)) fieldMessages['userProfile.email'] = [notUniqueWithinOrg(emailLabel)];
  if (Object.keys(fieldMessages).length > 0) return refuse(fieldMessages);

  const record = services.store.newUserRecord(newUser(services, login!, values));
  const password = registration.passwordAtSignUp ? services.registry.get(PASSWORD) : undefined;
  if (password) {
    const outcome = await password.enroll(record, body.credentials, services.authenticatorEnv);
    if (!outcome.ok) return refuse(outcome.fieldMessages ?? {}, outcome.messages);
  }
  if (!services.store.addUser(record)) return refuse({ 'userProfile.email': [notUniqueWithinOrg(emailLabel)] });

  const { tx } = ctx;
  resetProgress(tx);
  tx.userId = record.id;
  // Just signed up: progressive profiling has nothing to ask yet.
  tx.profileHandled = true;
  if (password) {
    tx.satisfied.push(password.key);
    tx.amr.push(...password.amr);
  }
  const user = record;
  if (registration.activationEmail) {
    const token = services.store.issueActivationToken(user.id);
    sendActivationEmail(services, user, activationLink(ctx, token));
    tx.step = { kind: 'registration-email-sent' };
    tx.stepState = {};
    const response = ok({ ...ctx, user });
    // The sign-up ends here; the link starts a new transaction.
    services.store.close(tx);
    return response;
  }
  return advance({ ...ctx, user }, services);
}
