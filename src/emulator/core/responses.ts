import type { AuthenticatorRegistry } from './authenticators/registry.js';
import type { AuthenticatorEnv, AuthenticatorModule, AuthenticatorPurpose } from './authenticators/types.js';
import type { ResolvedConfig } from './config.js';
import { messageList, sessionExpired, type IdxMessage, type IdxMessageList } from './messages.js';
import {
  IDX_PATHS,
  addFieldMessages,
  authenticatorOption,
  credentialsField,
  form,
  setFieldValue,
  type IdxField,
  type IdxForm,
} from './remediations.js';
import type { Transaction, UserRecord } from './store.js';

export interface RenderContext {
  origin: string;
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

const summary = (m: AuthenticatorModule) => ({
  type: m.type,
  key: m.key,
  id: m.id,
  displayName: m.displayName,
  methods: m.methods.map((type) => ({ type })),
});

function authenticatorObject(ctx: RenderContext, m: AuthenticatorModule, purpose: AuthenticatorPurpose) {
  const value: Record<string, unknown> = { ...summary(m), ...m.describe(purpose, ctx.env) };
  // Recovery is a verify-time escape hatch; it is advertised only when the config opts in.
  if (purpose === 'verify' && m.recoverable && ctx.config.passwordRecovery) {
    value.recover = form(ctx.origin, ctx.tx.stateHandle, 'recover', IDX_PATHS.recover, []);
  }
  return value;
}

function userObject(user: UserRecord, withProfile: boolean): Wrapped<Record<string, unknown>> {
  const value: Record<string, unknown> = { id: user.id, identifier: user.identifier };
  if (withProfile) {
    const { firstName, lastName, locale, timeZone } = user.profile;
    value.profile = { login: user.identifier, firstName, lastName, locale, timeZone };
  }
  return { type: 'object', value };
}

function identifyFields(ctx: RenderContext): IdxField[] {
  const fields: IdxField[] = [{ name: 'identifier', label: 'Username', required: true }];
  const password = ctx.registry.get('okta_password');
  if (!ctx.config.identifierFirst && password) fields.push(credentialsField(password.credentialFields('verify')));
  fields.push({ name: 'rememberMe', label: 'Keep me signed in', type: 'boolean' });
  return fields;
}

function identifyStep(ctx: RenderContext, doc: IdxDocument): void {
  const sh = ctx.tx.stateHandle;
  doc.remediation = { type: 'array', value: [form(ctx.origin, sh, 'identify', IDX_PATHS.identify, identifyFields(ctx))] };
  const password = ctx.registry.get('okta_password');
  if (!ctx.config.identifierFirst && password) {
    doc.currentAuthenticator = { type: 'object', value: authenticatorObject(ctx, password, 'verify') };
  }
}

/** challenge-authenticator on the current enrollment, plus the list of the user's other enrollments. */
function challengeStep(ctx: RenderContext, doc: IdxDocument, current: AuthenticatorModule, user: UserRecord): void {
  const sh = ctx.tx.stateHandle;
  const enrolled = ctx.registry.modules.filter((m) => m.isEnrolled(user));
  const options = enrolled.map((m, i) =>
    authenticatorOption(m.displayName, m.id, m.methods[0], `$.authenticatorEnrollments.value[${i}]`));
  doc.remediation = {
    type: 'array',
    value: [
      form(ctx.origin, sh, 'challenge-authenticator', IDX_PATHS.challengeAnswer,
        [credentialsField(current.credentialFields('verify'))], '$.currentAuthenticatorEnrollment'),
      form(ctx.origin, sh, 'select-authenticator-authenticate', IDX_PATHS.challenge,
        [{ name: 'authenticator', type: 'object', options }]),
    ],
  };
  doc.currentAuthenticatorEnrollment = { type: 'object', value: authenticatorObject(ctx, current, 'verify') };
  doc.authenticatorEnrollments = { type: 'array', value: enrolled.map(summary) };
  doc.user = userObject(user, false);
}

/** enroll-authenticator on the current authenticator, plus the list of what else could be enrolled. */
function enrollStep(ctx: RenderContext, doc: IdxDocument, current: AuthenticatorModule, user: UserRecord): void {
  const sh = ctx.tx.stateHandle;
  const enrollable = ctx.registry.modules.filter((m) => !m.isEnrolled(user));
  const options = enrollable.map((m, i) =>
    authenticatorOption(m.displayName, m.id, m.methods[0], `$.authenticators.value[${i}]`));
  doc.remediation = {
    type: 'array',
    value: [
      form(ctx.origin, sh, 'enroll-authenticator', IDX_PATHS.challengeAnswer,
        [credentialsField(current.credentialFields('enroll'))], '$.currentAuthenticator'),
      form(ctx.origin, sh, 'select-authenticator-enroll', IDX_PATHS.credentialEnroll,
        [{ name: 'authenticator', type: 'object', required: true, options }]),
    ],
  };
  doc.currentAuthenticator = { type: 'object', value: authenticatorObject(ctx, current, 'enroll') };
  doc.authenticators = { type: 'array', value: enrollable.map(summary) };
  // The profile lets a UI explain "does not include your first name" before the user types.
  doc.user = userObject(user, true);
}

function render(ctx: RenderContext): IdxDocument {
  const { tx, user } = ctx;
  const step = tx.step;
  const doc: IdxDocument = {
    version: '1.0.0',
    stateHandle: tx.stateHandle,
    expiresAt: new Date(tx.expiresAt).toISOString(),
    intent: 'LOGIN',
  };
  if (step.kind === 'identify' || !user) identifyStep(ctx, doc);
  else if (step.kind === 'challenge') challengeStep(ctx, doc, ctx.registry.get(step.key)!, user);
  else if (step.kind === 'enroll') enrollStep(ctx, doc, ctx.registry.get(step.key)!, user);
  else doc.user = userObject(user, true);

  const client = ctx.config.clients.find((c) => c.clientId === tx.clientId);
  doc.cancel = form(ctx.origin, tx.stateHandle, 'cancel', IDX_PATHS.cancel, []);
  doc.app = { type: 'object', value: { name: 'oidc_client', label: client?.name ?? tx.clientId, id: tx.clientId } };

  if (step.kind === 'success' && user) {
    // auth-js reads the code from here and calls the token endpoint itself (with the PKCE verifier).
    doc.successWithInteractionCode = {
      rel: ['create-form'],
      name: 'issue',
      href: `${ctx.issuer}/v1/token`,
      method: 'POST',
      value: [
        { name: 'grant_type', required: true, value: 'interaction_code' },
        { name: 'interaction_code', required: true, value: step.code },
        { name: 'client_id', required: true, value: tx.clientId },
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
    const recover = holder?.value.recover as IdxForm | undefined;
    if (recover) forms.push(recover);
  }
  return forms;
}
