import type { AuthenticatorRegistry } from '../authenticators/registry.js';
import type { AuthenticatorEnv, AuthenticatorModule, AuthenticatorPurpose, StepContext } from '../authenticators/types.js';
import type { ResolvedConfig } from '../model/config.js';
import { accessDenied, messageList, passwordExpiring, sessionExpired, unlockSuccess, type IdxMessage, type IdxMessageList } from './messages.js';
import { stableId } from '../model/ids.js';
import type { Outbox } from '../dev/outbox.js';
import { tokenEndpointFor } from '../oauth/issuer.js';
import { renderRegistrationStep, signUpForms } from './registration.js';
import { renderProfileUpdateStep } from './profile-update.js';
import { consentAppLinks } from './consent.js';
import { renderPostAuth } from './post-auth.js';
import { redirectIdpRemediations } from './redirect-idp.js';
import {
  IDX_PATHS,
  addFieldMessages,
  credentialsField,
  form,
  setFieldValue,
  type IdxField,
  type IdxForm,
  type IdxOption,
} from './remediations.js';
import type { Transaction, UserRecord } from '../model/store.js';

export interface RenderContext {
  origin: string;
  /** The request's Origin header (WebAuthn relying party), if any. */
  requestOrigin: string | undefined;
  outbox: Outbox;
  issuer: string;
  config: ResolvedConfig;
  registry: AuthenticatorRegistry;
  env: AuthenticatorEnv;
  tx: Transaction;
  user: UserRecord | undefined;
}

/** What to add to the rendered state when answering a failed remediation. */
export interface Decorations {
  /** Name of the remediation that was answered; field messages and values go into its form. */
  answered?: string;
  messages?: IdxMessage[];
  fieldMessages?: Record<string, IdxMessage[]>;
  values?: Record<string, string>;
}

type Wrapped<T> = { type: 'object'; value: T };

export interface IdxDocument {
  version: '1.0.0';
  stateHandle?: string;
  expiresAt?: string;
  intent?: 'LOGIN';
  remediation?: { type: 'array'; value: IdxForm[] };
  messages?: IdxMessageList;
  currentAuthenticator?: Wrapped<Record<string, unknown>>;
  currentAuthenticatorEnrollment?: Wrapped<Record<string, unknown>>;
  authenticators?: { type: 'array'; value: Record<string, unknown>[] };
  authenticatorEnrollments?: { type: 'array'; value: Record<string, unknown>[] };
  enrollmentAuthenticator?: Wrapped<Record<string, unknown>>;
  /** During a password recovery or expiry: the authenticator being recovered (the password). */
  recoveryAuthenticator?: Wrapped<Record<string, unknown>>;
  user?: Wrapped<Record<string, unknown>>;
  cancel?: IdxForm;
  app?: Wrapped<Record<string, unknown>>;
  successWithInteractionCode?: {
    rel: ['create-form'];
    name: 'issue';
    href: string;
    method: 'POST';
    value: IdxField[];
    accepts: 'application/x-www-form-urlencoded';
  };
}

/** Okta's terminal answer for an unknown or expired stateHandle / interactionHandle (served with 401). */
export const sessionExpiredDocument = (): IdxDocument => ({ version: '1.0.0', messages: messageList([sessionExpired()]) });

/** Okta's policy outcome "access denied" (served with 403): the transaction's header and the message, no remediation. */
export const accessDeniedDocument = (tx?: Pick<Transaction, 'stateHandle' | 'expiresAt'>): IdxDocument => ({
  version: '1.0.0',
  ...(tx ? { stateHandle: tx.stateHandle, expiresAt: wholeSeconds(tx.expiresAt), intent: 'LOGIN' as const } : {}),
  messages: messageList([accessDenied()]),
});

/** Okta's `expiresAt` has whole seconds (`2021-05-27T01:48:53.000Z`). */
const wholeSeconds = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString();

/** The user's enrollment id: differs from the authenticator's (`aut…`) as on Okta (`lae…`, `eae…`, `qae…`). */
const enrollmentId = (m: AuthenticatorModule, user: UserRecord) => stableId(m.enrollmentIdPrefix ?? 'aen', `${m.key}:${user.id}`);

const summary = (m: AuthenticatorModule) => ({
  type: m.type,
  key: m.key,
  id: m.id,
  displayName: m.displayName,
  methods: m.methods.map((type) => ({ type })),
});

/**
 * The user's enrollment of `m` as Okta lists it: enrolled methods, and the masked profile while verifying.
 * While enrolling Okta lists the enrollments without their profiles (idx-swift/MFA-SOP/07-10,
 * idx-java/enroll-response.json, answer-challenge-identify-first-response.json).
 */
function enrollmentObject(m: AuthenticatorModule, user: UserRecord, withProfile = true): Record<string, unknown> {
  const value: Record<string, unknown> = { ...summary(m), id: enrollmentId(m, user) };
  const methods = m.enrolledMethods?.(user);
  if (methods) value.methods = methods.map((type) => ({ type }));
  const profile = withProfile ? m.profile?.(user) : undefined;
  if (profile) value.profile = profile;
  return value;
}

/**
 * The user's enrollments as `authenticatorEnrollments` lists them: while verifying, Okta lists only those that
 * can satisfy the current step (`keys`; idx-java/challenge-error-response.json lists the email alone after
 * the password); while enrolling, every enrollment the user has.
 */
function enrollmentList(ctx: RenderContext, user: UserRecord, keys?: readonly string[]) {
  const list: Record<string, unknown>[] = [];
  const firstIndex = new Map<string, number>();
  const verifying = keys !== undefined;
  for (const m of ctx.registry.modules) {
    if (!m.isEnrolled(user) || (keys && !keys.includes(m.key))) continue;
    firstIndex.set(m.key, list.length);
    list.push(...(m.enrollments?.(user) ?? [enrollmentObject(m, user, verifying)]));
  }
  return { list, firstIndex };
}

const idField = (id: string): IdxField => ({ name: 'id', required: true, value: id, mutable: false });

function selectOption(m: AuthenticatorModule, purpose: AuthenticatorPurpose, user: UserRecord, relatesTo: string): IdxOption {
  const fields = m.selectFields?.(purpose, user) ?? [
    idField(m.id),
    { name: 'methodType', required: false, value: (m.enrolledMethods?.(user) ?? m.methods)[0], mutable: false },
  ];
  return { label: m.displayName, value: { form: { value: fields } }, relatesTo };
}

/** The step's module, state and helpers as the module hooks see them. */
export function stepContext(ctx: RenderContext, m: AuthenticatorModule, purpose: AuthenticatorPurpose, user: UserRecord): StepContext {
  const holder = purpose === 'enroll' ? 'currentAuthenticator' : (m.verifyHolder ?? 'currentAuthenticatorEnrollment');
  return {
    env: ctx.env,
    origin: ctx.origin,
    issuer: ctx.issuer,
    requestOrigin: ctx.requestOrigin,
    user,
    tx: ctx.tx,
    purpose,
    state: ctx.tx.stepState,
    outbox: ctx.outbox,
    holderPath: `$.${holder}`,
    form: (name, path, fields, relatesTo) => form(ctx.origin, ctx.tx.stateHandle, name, path, fields, relatesTo),
  };
}

function authenticatorObject(ctx: RenderContext, m: AuthenticatorModule, purpose: AuthenticatorPurpose) {
  const value: Record<string, unknown> = { ...summary(m), ...m.describe(purpose, ctx.env) };
  // Recovery is a verify-time escape hatch; it is advertised only when the config opts in.
  if (purpose === 'verify' && m.recoverable && ctx.config.passwordRecovery) {
    value.recover = form(ctx.origin, ctx.tx.stateHandle, 'recover', IDX_PATHS.recover, []);
  }
  return value;
}

/**
 * The user as current orgs describe them in every step after identify, verifying or enrolling
 * (idx-java/challenge-security-question-response.json, idx-swift/enroll-poll-response.json); the profile
 * also lets a UI explain "does not include your first name" before a new password is typed.
 */
function userObject(user: UserRecord): Wrapped<Record<string, unknown>> {
  const { firstName, lastName, locale, timeZone } = user.profile;
  return { type: 'object', value: { id: user.id, identifier: user.identifier, profile: { firstName, lastName, locale, timeZone } } };
}

function identifyFields(ctx: RenderContext): IdxField[] {
  // Okta's identifier field carries no `required` (idx-java/introspect-response.json).
  const fields: IdxField[] = [{ name: 'identifier', label: 'Username' }];
  const password = ctx.registry.get('okta_password');
  if (!ctx.config.identifierFirst && password) fields.push(credentialsField(password.credentialFields('verify')));
  // "Stay signed in" before sign-in, unless the org asks after it or not at all (keep-signed-in.ts).
  if (ctx.config.keepMeSignedIn === 'beforeSignIn') fields.push({ name: 'rememberMe', label: 'Keep me signed in', type: 'boolean' });
  return fields;
}

/**
 * The authenticators that may verify a self-service unlock, in the recovery policy's order: Okta's unlock
 * offers the ones that can reach a person not yet known (email and phone, as the Widget's
 * user-unlock-account.json mock lists them), so the recovery list is restricted to those.
 */
export const UNLOCK_CAPABLE = ['okta_email', 'phone_number'] as const;

export function unlockKeys(ctx: Pick<RenderContext, 'config' | 'registry'>): string[] {
  if (!ctx.config.selfServiceUnlock) return [];
  return ctx.config.passwordPolicy.recovery.authenticators.filter(
    (key) => (UNLOCK_CAPABLE as readonly string[]).includes(key) && ctx.registry.get(key) !== undefined,
  );
}

function identifyStep(ctx: RenderContext, doc: IdxDocument): void {
  const sh = ctx.tx.stateHandle;
  doc.remediation = { type: 'array', value: [form(ctx.origin, sh, 'identify', IDX_PATHS.identify, identifyFields(ctx))] };
  // The org's identity providers right after identify (the Widget's identify-with-third-party-idps.json).
  doc.remediation.value.push(...(redirectIdpRemediations(ctx) as unknown as IdxForm[]));
  // "Sign up" (select-enroll-profile) after the providers, as the Widget's identify-with-third-party-idps.json orders them.
  doc.remediation.value.push(...signUpForms(ctx));
  // "Unlock account?": only the stateHandle (the Widget's identify-with-unlock-account-link.json mock).
  if (unlockKeys(ctx).length > 0) doc.remediation.value.push(form(ctx.origin, sh, 'unlock-account', IDX_PATHS.unlockAccount, []));
  const password = ctx.registry.get('okta_password');
  if (!ctx.config.identifierFirst && password) {
    doc.currentAuthenticator = { type: 'object', value: authenticatorObject(ctx, password, 'verify') };
  }
}

/** `identify-recovery`: the username of the account to recover, posted to /identify (idx-java/recover-transaction-response.json). */
function identifyRecoveryStep(ctx: RenderContext, doc: IdxDocument): void {
  doc.remediation = {
    type: 'array',
    value: [form(ctx.origin, ctx.tx.stateHandle, 'identify-recovery', IDX_PATHS.identify, [{ name: 'identifier', label: 'Username' }])],
  };
}

/**
 * `select-authenticator-unlock-account` (posted to /challenge): the username and how to verify, before the user
 * is known, so the options are the org's authenticators with no enrollment ids (the Widget's user-unlock-account.json).
 */
function unlockIdentifyStep(ctx: RenderContext, doc: IdxDocument): void {
  const modules = modulesFor(ctx, unlockKeys(ctx));
  const options: IdxOption[] = modules.map((m, i) => {
    const methodType: IdxField =
      m.methods.length > 1
        ? { name: 'methodType', type: 'string', required: false, options: m.methods.map((value) => ({ label: METHOD_LABELS[value] ?? value, value })) }
        : { name: 'methodType', required: false, value: m.methods[0], mutable: false };
    return { label: m.displayName, value: { form: { value: [idField(m.id), methodType] } }, relatesTo: `$.authenticatorEnrollments.value[${i}]` };
  });
  doc.remediation = {
    type: 'array',
    value: [
      form(ctx.origin, ctx.tx.stateHandle, 'select-authenticator-unlock-account', IDX_PATHS.challenge, [
        { name: 'identifier', label: 'Username', required: true },
        { name: 'authenticator', type: 'object', options },
      ]),
    ],
  };
  doc.authenticators = { type: 'array', value: modules.map(summary) };
  doc.authenticatorEnrollments = {
    type: 'array',
    value: modules.map((m) => ({ type: m.type, key: m.key, methods: m.methods.map((type) => ({ type })) })),
  };
}

const METHOD_LABELS: Record<string, string> = { sms: 'SMS', voice: 'Voice call', email: 'Email' };

/** The unlock is done: Okta's terminal INFO message and the user, no remediation (user-account-unlock-success.json). */
function unlockSuccessStep(doc: IdxDocument, user: UserRecord | undefined): void {
  doc.messages = messageList([unlockSuccess()]);
  if (user) doc.user = { type: 'object', value: { id: user.id, identifier: user.identifier } };
}

/**
 * A new password: `reset-authenticator` after a recovery (with "Sign me out of all other devices"), or
 * `reenroll-authenticator` / `-warning` for an expired or expiring password, relating to the password as
 * `currentAuthenticator` with the policy's `settings` (the Widget's authenticator-reset-password.json and
 * authenticator-expired-password.json mocks). The warning comes with `skip`, `settings.daysToExpiry` and Okta's
 * `idx.password.expiring.message` (authenticator-expiry-warning-password.json).
 */
function newPasswordStep(ctx: RenderContext, doc: IdxDocument, user: UserRecord, step: { kind: 'reset-password' } | { kind: 'reenroll-password'; warning: boolean }): void {
  const password = ctx.registry.get('okta_password');
  if (!password) return;
  const reset = step.kind === 'reset-password';
  const name = reset ? 'reset-authenticator' : step.warning ? 'reenroll-authenticator-warning' : 'reenroll-authenticator';
  const fields: IdxField[] = [{ name: 'passcode', label: 'New password', secret: true }];
  if (reset) fields.push({ name: 'revokeSessions', type: 'boolean', label: 'Sign me out of all other devices' });
  const forms = [form(ctx.origin, ctx.tx.stateHandle, name, IDX_PATHS.challengeAnswer, [credentialsField(fields)], '$.currentAuthenticator')];
  if (step.kind === 'reenroll-password' && step.warning) forms.push(form(ctx.origin, ctx.tx.stateHandle, 'skip', IDX_PATHS.skip, []));
  doc.remediation = { type: 'array', value: forms };
  const settings = password.describe('enroll', ctx.env).settings as Record<string, unknown>;
  const days = user.passwordExpiresInDays;
  const current = { ...summary(password), settings: step.kind === 'reenroll-password' && step.warning && days !== undefined ? { ...settings, daysToExpiry: days } : settings };
  doc.currentAuthenticator = { type: 'object', value: current };
  doc.authenticators = { type: 'array', value: [summary(password)] };
  doc.authenticatorEnrollments = { type: 'array', value: enrollmentList(ctx, user).list };
  // The expired-password mock names the password as recoveryAuthenticator too; the expiry warning says what expiry means.
  if (step.kind === 'reenroll-password' && !step.warning) doc.recoveryAuthenticator = { type: 'object', value: { ...summary(password), settings } };
  if (step.kind === 'reenroll-password' && step.warning) doc.messages = messageList([passwordExpiring()]);
  doc.user = userObject(user);
}

/** The password being recovered, as Okta names it beside the recovery's verification (idx-java/recover-identify-first-response.json). */
const recoveryAuthenticatorOf = (ctx: RenderContext): Wrapped<Record<string, unknown>> | undefined => {
  const password = ctx.registry.get('okta_password');
  return password ? { type: 'object', value: summary(password) } : undefined;
};

const modulesFor = (ctx: RenderContext, keys: readonly string[]) =>
  keys.map((k) => ctx.registry.get(k)).filter((m): m is AuthenticatorModule => m !== undefined);

function selectAuthenticateForm(ctx: RenderContext, user: UserRecord, keys: readonly string[], firstIndex: Map<string, number>): IdxForm {
  const options = modulesFor(ctx, keys)
    .filter((m) => firstIndex.has(m.key))
    .map((m) => selectOption(m, 'verify', user, `$.authenticatorEnrollments.value[${firstIndex.get(m.key)}]`));
  return form(ctx.origin, ctx.tx.stateHandle, 'select-authenticator-authenticate', IDX_PATHS.challenge,
    [{ name: 'authenticator', type: 'object', options }]);
}

function selectEnrollForms(ctx: RenderContext, user: UserRecord, keys: readonly string[], skippable: boolean): IdxForm[] {
  const options = modulesFor(ctx, keys).map((m, i) => selectOption(m, 'enroll', user, `$.authenticators.value[${i}]`));
  const forms = [
    form(ctx.origin, ctx.tx.stateHandle, 'select-authenticator-enroll', IDX_PATHS.credentialEnroll,
      [{ name: 'authenticator', type: 'object', options }]),
  ];
  if (skippable) forms.push(form(ctx.origin, ctx.tx.stateHandle, 'skip', IDX_PATHS.skip, []));
  return forms;
}

/**
 * How many (authenticator, method) choices a select-authenticator-authenticate list would offer. Okta sends the
 * list beside a challenge only when there is a choice: a lone password or email has none
 * (idx-java/identify-first-error-response.json, challenge-error-response.json); Okta Verify with push and
 * code has one (the Widget's authenticator-verification-okta-verify-push.json).
 */
function choiceCount(ctx: RenderContext, user: UserRecord, keys: readonly string[]): number {
  return modulesFor(ctx, keys)
    .filter((m) => m.isEnrolled(user))
    .reduce((n, m) => n + (m.enrolledMethods?.(user) ?? m.methods.slice(0, 1)).length, 0);
}

/** The module's own forms (challenge-authenticator by default) plus the user's other enrollments. */
function challengeStep(ctx: RenderContext, doc: IdxDocument, current: AuthenticatorModule, user: UserRecord, alternatives: readonly string[]): void {
  const sctx = stepContext(ctx, current, 'verify', user);
  const view = current.view?.(sctx) ?? {
    forms: [sctx.form('challenge-authenticator', IDX_PATHS.challengeAnswer,
      [credentialsField(current.credentialFields('verify'))], sctx.holderPath)],
  };
  const { list, firstIndex } = enrollmentList(ctx, user, alternatives);
  const forms = [...view.forms];
  if (view.withSelect !== false && choiceCount(ctx, user, alternatives) > 1) {
    forms.push(selectAuthenticateForm(ctx, user, alternatives, firstIndex));
  }
  doc.remediation = { type: 'array', value: forms };
  const holder: Wrapped<Record<string, unknown>> = {
    type: 'object',
    value: { ...enrollmentObject(current, user), ...authenticatorObject(ctx, current, 'verify'), ...enrollmentExtras(current, user), ...view.authenticator },
  };
  if (sctx.holderPath === '$.currentAuthenticator') doc.currentAuthenticator = holder;
  else {
    // currentAuthenticatorEnrollment carries the enrollment's id (idx-java/challenge-response.json: `lae…`).
    holder.value.id = enrollmentId(current, user);
    doc.currentAuthenticatorEnrollment = holder;
  }
  doc.authenticators = { type: 'array', value: modulesFor(ctx, alternatives).map(summary) };
  doc.authenticatorEnrollments = { type: 'array', value: list };
  doc.user = userObject(user);
}

function enrollmentExtras(m: AuthenticatorModule, user: UserRecord): Record<string, unknown> {
  const extras: Record<string, unknown> = {};
  const methods = m.enrolledMethods?.(user);
  if (methods) extras.methods = methods.map((type) => ({ type }));
  const profile = m.profile?.(user);
  if (profile) extras.profile = profile;
  return extras;
}

/** The module's enroll forms (enroll-authenticator by default), plus the list of what else could be enrolled. */
function enrollStep(
  ctx: RenderContext,
  doc: IdxDocument,
  current: AuthenticatorModule,
  user: UserRecord,
  alternatives: readonly string[],
  skippable: boolean,
): void {
  const sctx = stepContext(ctx, current, 'enroll', user);
  const view = current.view?.(sctx) ?? {
    forms: [sctx.form('enroll-authenticator', IDX_PATHS.challengeAnswer,
      [credentialsField(current.credentialFields('enroll'))], '$.currentAuthenticator')],
  };
  const forms = [...view.forms];
  if (view.withSelect !== false) forms.push(...selectEnrollForms(ctx, user, alternatives, skippable));
  else if (skippable) forms.push(form(ctx.origin, ctx.tx.stateHandle, 'skip', IDX_PATHS.skip, []));
  doc.remediation = { type: 'array', value: forms };
  doc.currentAuthenticator = { type: 'object', value: { ...authenticatorObject(ctx, current, 'enroll'), ...view.authenticator } };
  doc.authenticators = { type: 'array', value: modulesFor(ctx, alternatives).map(summary) };
  // While enrolling Okta sends the user's enrollments and the authenticator being enrolled as well
  // (idx-swift/enroll-poll-response.json, idx-java/enroll-response.json).
  doc.authenticatorEnrollments = { type: 'array', value: enrollmentList(ctx, user).list };
  const methods = view.authenticator?.methods;
  doc.enrollmentAuthenticator = { type: 'object', value: { ...summary(current), ...(methods ? { methods } : {}) } };
  doc.user = userObject(user);
}

function render(ctx: RenderContext): IdxDocument {
  const { tx, user } = ctx;
  const step = tx.step;
  const doc: IdxDocument = {
    version: '1.0.0',
    stateHandle: tx.stateHandle,
    expiresAt: wholeSeconds(tx.expiresAt),
    intent: 'LOGIN',
  };
  if (renderRegistrationStep(ctx, doc) || renderProfileUpdateStep(ctx, doc)) {
    // registration.ts, profile-update.ts
  } else if (step.kind === 'identify-recovery') identifyRecoveryStep(ctx, doc);
  else if (step.kind === 'unlock-identify') unlockIdentifyStep(ctx, doc);
  else if (step.kind === 'unlock-success') unlockSuccessStep(doc, user);
  else if (step.kind === 'identify' || !user) identifyStep(ctx, doc);
  else if (step.kind === 'reset-password' || step.kind === 'reenroll-password') newPasswordStep(ctx, doc, user, step);
  else if (step.kind === 'consent' || step.kind === 'keep-me-signed-in') renderPostAuth(ctx, doc, user, step);
  else if (step.kind === 'challenge') {
    challengeStep(ctx, doc, ctx.registry.get(step.key)!, user, step.alternatives ?? [step.key]);
  } else if (step.kind === 'enroll') {
    enrollStep(ctx, doc, ctx.registry.get(step.key)!, user, step.alternatives ?? [step.key], step.skippable === true);
  } else if (step.kind === 'select-authenticate') {
    const { list, firstIndex } = enrollmentList(ctx, user, step.keys);
    doc.remediation = { type: 'array', value: [selectAuthenticateForm(ctx, user, step.keys, firstIndex)] };
    doc.authenticators = { type: 'array', value: modulesFor(ctx, step.keys).map(summary) };
    doc.authenticatorEnrollments = { type: 'array', value: list };
    doc.user = userObject(user);
  } else if (step.kind === 'select-enroll') {
    doc.remediation = { type: 'array', value: selectEnrollForms(ctx, user, step.keys, step.skippable) };
    doc.authenticators = { type: 'array', value: modulesFor(ctx, step.keys).map(summary) };
    doc.authenticatorEnrollments = { type: 'array', value: enrollmentList(ctx, user).list };
    doc.user = userObject(user);
  } else doc.user = userObject(user);
  if (tx.recovering && (step.kind === 'challenge' || step.kind === 'select-authenticate')) {
    doc.recoveryAuthenticator = recoveryAuthenticatorOf(ctx);
  }

  const client = ctx.config.clients.find((c) => c.clientId === tx.clientId);
  doc.cancel = form(ctx.origin, tx.stateHandle, 'cancel', IDX_PATHS.cancel, []);
  doc.app = { type: 'object', value: { name: 'oidc_client', label: client?.name ?? tx.clientId, id: tx.clientId, ...consentAppLinks(ctx) } };

  if (step.kind === 'success' && user) {
    // auth-js reads the code from here and calls the token endpoint itself (with the PKCE verifier).
    doc.successWithInteractionCode = {
      rel: ['create-form'],
      name: 'issue',
      href: tokenEndpointFor(ctx.issuer),
      method: 'POST',
      value: [
        { name: 'grant_type', required: true, value: 'interaction_code' },
        { name: 'interaction_code', required: true, value: step.code },
        { name: 'client_id', required: true, value: tx.clientId },
        // A confidential client is asked for its secret too (idx-java/success-response.json); never its value.
        ...(client?.clientSecret !== undefined ? [{ name: 'client_secret', required: true }] : []),
        { name: 'code_verifier', required: true },
      ],
      accepts: 'application/x-www-form-urlencoded',
    };
  }
  return doc;
}

/** The transaction's current IDX state, optionally with the messages of a failed answer. */
export function renderTransaction(ctx: RenderContext, decorations: Decorations = {}): IdxDocument {
  const doc = render(ctx);
  if (decorations.messages?.length) doc.messages = messageList(decorations.messages);
  const target = doc.remediation?.value.find((r) => r.name === decorations.answered);
  if (target) {
    for (const [path, value] of Object.entries(decorations.values ?? {})) setFieldValue(target, path, value);
    for (const [path, list] of Object.entries(decorations.fieldMessages ?? {})) addFieldMessages(target, path, list);
  }
  return doc;
}

/** Every form a client may submit in this state: remediations plus actions (cancel, recover). */
export function offeredForms(doc: IdxDocument): IdxForm[] {
  const forms: IdxForm[] = [...(doc.remediation?.value ?? [])];
  if (doc.cancel) forms.push(doc.cancel);
  for (const holder of [doc.currentAuthenticator, doc.currentAuthenticatorEnrollment]) {
    for (const action of ['recover', 'resend', 'poll']) {
      const found = holder?.value[action] as IdxForm | undefined;
      if (found) forms.push(found);
    }
  }
  return forms;
}
