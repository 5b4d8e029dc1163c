import { pendingStep } from './flow.js';
import { enrollProfile, selectEnrollProfile, selectIdentify } from './registration.js';
import { profileUpdateHeld, skipProfileUpdate, updateProfile } from './profile-update.js';
import { activateInvited } from './activation.js';
import { json, readJsonObject, type JsonObject } from '../http/json.js';
import {
  authenticatorUnavailable,
  fieldBlank,
  messageList,
  recoveryUnavailable,
  remediationUnavailable,
  stateHandleMissing,
  authenticationFailed,
  unknownUser,
  userNotAssigned,
  type IdxMessage,
} from './messages.js';
import { malformedBody } from '../http/okta-errors.js';
import type { Selection, StepOutcome } from '../authenticators/types.js';
import type { IdxField, IdxForm } from './remediations.js';
import {
  accessDeniedDocument,
  offeredForms,
  renderTransaction,
  sessionExpiredDocument,
  stepContext,
  unlockKeys,
  type Decorations,
  type RenderContext,
} from './documents.js';
import { nowSeconds, type Services } from '../services.js';
import { answerPostAuth, completeSignIn, postAuthStep } from './post-auth.js';
import type { Transaction, UserRecord } from '../model/store.js';

const expired = () => json(401, sessionExpiredDocument());

export function contextFor(url: URL, services: Services, tx: Transaction, request?: Request): RenderContext {
  return {
    origin: url.origin,
    requestOrigin: request?.headers.get('origin') ?? undefined,
    outbox: services.outbox,
    issuer: tx.issuer,
    config: services.config,
    registry: services.registry,
    env: services.authenticatorEnv,
    tx,
    user: tx.userId ? services.store.user(tx.userId) : undefined,
  };
}

const ok = (ctx: RenderContext) => json(200, renderTransaction(ctx));

/**
 * A refused answer (wrong password, blank field, unknown user) is 400 with the same form plus messages, as
 * on Okta; an invalid one-time code is 401 (the modules say so) and so is an expired or unknown stateHandle.
 */
const rejected = (ctx: RenderContext, decorations: Decorations) => json(400, renderTransaction(ctx, decorations));

/** POST /idp/idx/introspect: the transaction's current state, so a reloaded page resumes where it was. */
export async function introspect(request: Request, url: URL, services: Services): Promise<Response> {
  const body = await readJsonObject(request);
  if (!body) return json(400, malformedBody());
  const { interactionHandle, stateToken, stateHandle } = body;
  const tx =
    typeof interactionHandle === 'string'
      ? services.store.transactionByInteractionHandle(interactionHandle)
      : typeof stateToken === 'string' || typeof stateHandle === 'string'
        ? services.store.transaction(String(stateToken ?? stateHandle))
        : undefined;
  if (!tx) return expired();
  services.store.touch(tx);
  return ok(contextFor(url, services, tx, request));
}

/** Enters `step`: fresh step state, and the module's `begin` (send a code, make a secret, a push…). */
async function enter(ctx: RenderContext, step: Transaction['step'], selection: Selection = {}): Promise<void> {
  const { tx, user } = ctx;
  tx.step = step;
  tx.stepState = {};
  if ((step.kind === 'challenge' || step.kind === 'enroll') && user) {
    const module = ctx.registry.get(step.key)!;
    await module.begin?.(stepContext(ctx, module, step.kind === 'challenge' ? 'verify' : 'enroll', user), selection);
  }
}

/**
 * After the password was verified in this transaction: an expired password must be changed
 * (`reenroll-authenticator`), one that expires soon is offered for change once (`reenroll-authenticator-warning`).
 */
function expiryStep(tx: Transaction, user: UserRecord): Transaction['step'] | undefined {
  if (tx.recovering || !tx.satisfied.includes('okta_password')) return undefined;
  if (user.passwordExpired) return { kind: 'reenroll-password', warning: false };
  if (user.passwordExpiresInDays !== undefined && !tx.expiryHandled) return { kind: 'reenroll-password', warning: true };
  return undefined;
}

/** Moves the transaction to the next required authenticator, or to success with a fresh interaction code. */
export async function advance(ctx: RenderContext, services: Services): Promise<Response> {
  const { tx, user } = ctx;
  const expiry = user ? expiryStep(tx, user) : undefined;
  if (expiry) {
    tx.step = expiry;
    tx.stepState = {};
    return ok(ctx);
  }
  const next = user ? pendingStep(tx, user, services.registry) : undefined;
  if (next) {
    await enter(ctx, next);
    return ok(ctx);
  }
  // An invited user is active once signed in; a missing required profile attribute is asked first (profile-update.ts).
  if (user) activateInvited(tx, user);
  const profileUpdate = profileUpdateHeld(ctx);
  if (profileUpdate) return profileUpdate;
  // Only an ACTIVE user is ever handed a code (a locked-out user never gets past the password, see password.ts).
  if (!user || user.status !== 'ACTIVE') {
    services.store.close(tx);
    return json(403, accessDeniedDocument(tx));
  }
  // Authenticated: "Stay signed in?" and the app's consent come before the code (post-auth.ts).
  const prompt = postAuthStep(services, tx, user);
  if (prompt) {
    tx.step = prompt;
    tx.stepState = {};
    return ok(ctx);
  }
  const scopes = completeSignIn(services, tx, user);
  const amr = [...new Set(tx.amr)];
  // A provider's sign-in counts as one factor (identity-providers.ts).
  if (tx.satisfied.length + (tx.federatedBy ? 1 : 0) > 1 && !amr.includes('mfa')) amr.push('mfa');
  const grant = services.store.issueCode({
    issuer: tx.issuer,
    clientId: tx.clientId,
    redirectUri: tx.redirectUri,
    codeChallenge: tx.codeChallenge,
    scopes,
    nonce: tx.nonce,
    userId: user!.id,
    authTime: nowSeconds(services),
    amr,
  });
  tx.step = { kind: 'success', code: grant.code };
  tx.stepState = {};
  const response = ok(ctx);
  // The transaction ends with its code: introspect or any remediation on this stateHandle now gets the
  // session-expired answer, so the code is handed out once and no second code can be minted.
  services.store.close(tx);
  return response;
}

/** What Okta says for an identifier it will not sign in, per the org's user-enumeration setting. */
const unknownUserMessage = (services: Services, typed: string): IdxMessage =>
  services.config.unknownUserMessage === 'errors.E0000004' ? authenticationFailed() : unknownUser(typed);

/**
 * Why Okta will not go on with this user, if it will not: suspended and deprovisioned users (and a locked-out
 * one without a password) get the unknown-user answer, since Okta does not reveal account state; a locked-out
 * user with a password is refused at the password instead (password.ts). A user not assigned to the app is told so.
 */
export function signInBlocker(user: UserRecord | undefined, tx: Transaction, services: Services): 'unknown' | IdxMessage | undefined {
  if (!user || user.status === 'SUSPENDED' || user.status === 'DEPROVISIONED') return 'unknown';
  // Invited and staged users are not active yet: their activation token starts their sign-in (activation.ts).
  if (user.status === 'PROVISIONED' || user.status === 'STAGED') return 'unknown';
  if (user.status === 'LOCKED_OUT' && !services.registry.get('okta_password')?.isEnrolled(user)) return 'unknown';
  if (user.assignedClients && !user.assignedClients.includes(tx.clientId)) return userNotAssigned();
  return undefined;
}

/**
 * The user an identifier names, or the answer that refuses it: unknown, suspended and deprovisioned users
 * are answered as an unknown one, an unassigned one is told so. Okta does not put the refused identifier back
 * into the form (idx-java/identify-error-response.json). `lockedOutMaySignIn`: the unlock form takes them.
 */
function identifiedUser(
  ctx: RenderContext,
  identifier: string,
  services: Services,
  answered: string,
  lockedOutMaySignIn = false,
): UserRecord | Response {
  const user = services.store.userByIdentifier(identifier);
  const blocked = lockedOutMaySignIn && user?.status === 'LOCKED_OUT' ? undefined : signInBlocker(user, ctx.tx, services);
  if (user && !blocked) return user;
  const message = blocked === 'unknown' || !blocked ? unknownUserMessage(services, identifier) : blocked;
  return rejected(ctx, { answered, messages: [message] });
}

async function identify(ctx: RenderContext, body: JsonObject, services: Services): Promise<Response> {
  const raw = typeof body.identifier === 'string' ? body.identifier : '';
  const identifier = raw.trim();
  const answered = 'identify';
  if (!identifier) return rejected(ctx, { answered, fieldMessages: { identifier: [fieldBlank()] } });
  const user = identifiedUser(ctx, identifier, services, answered);
  if (user instanceof Response) return user;

  const { tx } = ctx;
  tx.satisfied = [];
  tx.amr = [];
  tx.chosen = undefined;
  tx.optionalSkipped = false;
  tx.federatedBy = undefined;
  const password = services.registry.get('okta_password');
  // Identify-with-password: a user without a password (yet) goes on to enroll one, whatever was typed.
  if (!services.config.identifierFirst && password?.isEnrolled(user)) {
    const outcome = await password.verify(user, body.credentials, services.authenticatorEnv);
    if (!outcome.ok) {
      return rejected(ctx, { answered, values: { identifier: raw }, fieldMessages: outcome.fieldMessages, messages: outcome.messages });
    }
    tx.satisfied.push(password.key);
    tx.amr.push(...password.amr);
  }
  tx.userId = user.id;
  tx.rememberMe = body.rememberMe === true;
  return advance({ ...ctx, user }, services);
}

/** Any form of the current authenticator step: its module decides (default: verify / enroll the credentials). */
async function answer(ctx: RenderContext, name: string, body: JsonObject, services: Services): Promise<Response> {
  const { tx, user } = ctx;
  const step = tx.step;
  if ((step.kind !== 'challenge' && step.kind !== 'enroll') || !user) return rejected(ctx, { messages: [remediationUnavailable()] });
  const module = services.registry.get(step.key)!;
  const purpose = step.kind === 'challenge' ? 'verify' : 'enroll';
  let outcome: StepOutcome;
  const sctx = stepContext(ctx, module, purpose, user);
  if (module.submit) {
    outcome = await module.submit(sctx, name, body);
  } else if (name === 'challenge-authenticator' || name === 'enroll-authenticator') {
    const checked =
      purpose === 'verify'
        ? await module.verify(user, body.credentials, services.authenticatorEnv)
        : await module.enroll(user, body.credentials, services.authenticatorEnv);
    outcome = checked.ok
      ? { kind: 'done' }
      : { kind: 'stay', status: 400, answered: name, fieldMessages: checked.fieldMessages, messages: checked.messages };
  } else {
    outcome = { kind: 'stay', status: 400, messages: [remediationUnavailable()] };
  }
  if (outcome.kind === 'response') return json(outcome.status, outcome.body, outcome.headers);
  if (outcome.kind === 'stay') {
    const decorations: Decorations = { answered: outcome.answered ?? name, fieldMessages: outcome.fieldMessages, messages: outcome.messages };
    return json(outcome.status ?? 200, renderTransaction(ctx, decorations));
  }
  tx.satisfied.push(module.key);
  tx.amr.push(...(module.amrOf?.(sctx) ?? module.amr));
  tx.chosen = undefined;
  if (tx.unlocking) {
    // Verified: the account is unlocked (an active user's state stays as it was, so nothing tells them apart).
    tx.unlocking = false;
    if (user.status === 'LOCKED_OUT') user.status = 'ACTIVE';
    user.failedPasswordAttempts = 0;
    tx.step = { kind: 'unlock-success' };
    tx.stepState = {};
    return ok(ctx);
  }
  if (tx.recovering) {
    // The recovery is verified: the person sets a new password next (reset-authenticator).
    tx.step = { kind: 'reset-password' };
    tx.stepState = {};
    return ok(ctx);
  }
  return advance(ctx, services);
}

/** The authenticators the recovery policy allows that this user has, in the policy's order. */
function recoveryKeys(user: UserRecord, services: Services): string[] {
  return services.config.passwordPolicy.recovery.authenticators.filter((key) => services.registry.get(key)?.isEnrolled(user));
}

/**
 * The user is known: Okta lists the authenticators that may verify the recovery, one option or several, with
 * the password as `recoveryAuthenticator` (idx-java/recover-identify-first-response.json, idx-swift/account-recovery.json).
 * A user with none is told that reset is not allowed (the Widget's error-forgot-password.json).
 */
function startRecovery(ctx: RenderContext, user: UserRecord, services: Services, answered?: string): Response {
  const keys = recoveryKeys(user, services);
  if (keys.length === 0) return rejected(ctx, { answered, messages: [recoveryUnavailable()] });
  const { tx } = ctx;
  tx.recovering = true;
  tx.userId = user.id;
  tx.satisfied = [];
  tx.amr = [];
  tx.chosen = undefined;
  tx.optionalSkipped = false;
  tx.step = { kind: 'select-authenticate', keys };
  tx.stepState = {};
  return ok({ ...ctx, user });
}

/** `recover` (the password's action): before identify, Okta asks whose password (identify-recovery). */
function recover(ctx: RenderContext, services: Services): Response {
  if (!services.config.passwordRecovery) return rejected(ctx, { messages: [recoveryUnavailable()] });
  const { tx, user } = ctx;
  if (user) return startRecovery(ctx, user, services);
  tx.recovering = true;
  tx.step = { kind: 'identify-recovery' };
  tx.stepState = {};
  return ok(ctx);
}

/** `identify-recovery`: the account to recover. Unknown and blocked users are answered as at identify. */
function identifyRecovery(ctx: RenderContext, body: JsonObject, services: Services): Response {
  const answered = 'identify-recovery';
  const identifier = typeof body.identifier === 'string' ? body.identifier.trim() : '';
  if (!identifier) return rejected(ctx, { answered, fieldMessages: { identifier: [fieldBlank()] } });
  const user = identifiedUser(ctx, identifier, services, answered);
  if (user instanceof Response) return user;
  return startRecovery(ctx, user, services, answered);
}

/** `unlock-account` (identify's "Unlock account?"): Okta asks whose account and how to verify. */
function unlockAccount(ctx: RenderContext, services: Services): Response {
  const { tx } = ctx;
  if (unlockKeys(services).length === 0) return rejected(ctx, { messages: [remediationUnavailable()] });
  tx.unlocking = true;
  tx.recovering = false;
  tx.userId = undefined;
  tx.satisfied = [];
  tx.amr = [];
  tx.chosen = undefined;
  tx.step = { kind: 'unlock-identify' };
  tx.stepState = {};
  return ok({ ...ctx, user: undefined });
}

/**
 * `select-authenticator-unlock-account`: the username and the chosen authenticator; its challenge follows, exactly
 * as at sign-in. A locked-out user and an active one get the same answers (Okta does not reveal the state); unknown,
 * suspended and deprovisioned users are answered as at identify, and a user without the chosen authenticator
 * (or with a method it does not have) is told it is not available.
 */
async function selectUnlock(ctx: RenderContext, body: JsonObject, services: Services): Promise<Response> {
  const answered = 'select-authenticator-unlock-account';
  const identifier = typeof body.identifier === 'string' ? body.identifier.trim() : '';
  const authenticator = typeof body.authenticator === 'object' && body.authenticator !== null ? (body.authenticator as JsonObject) : undefined;
  const fieldMessages: Record<string, IdxMessage[]> = {};
  if (!identifier) fieldMessages.identifier = [fieldBlank()];
  if (!authenticator?.id) fieldMessages.authenticator = [fieldBlank()];
  if (Object.keys(fieldMessages).length > 0) return rejected(ctx, { answered, fieldMessages, values: { identifier } });
  const user = identifiedUser(ctx, identifier, services, answered, true);
  if (user instanceof Response) return user;
  const module = services.registry.byId(authenticator!.id);
  const selection = selectionOf(authenticator!);
  const methods = module?.enrolledMethods?.(user) ?? module?.methods ?? [];
  if (!module || !unlockKeys(services).includes(module.key) || !module.isEnrolled(user) || (selection.methodType && !methods.includes(selection.methodType))) {
    return rejected(ctx, { answered, values: { identifier }, messages: [authenticatorUnavailable()] });
  }
  const { tx } = ctx;
  tx.userId = user.id;
  tx.chosen = module.key;
  await enter({ ...ctx, user }, { kind: 'challenge', key: module.key, alternatives: [module.key] }, selection);
  return ok({ ...ctx, user });
}

/**
 * A new password (reset-authenticator after a recovery, reenroll-authenticator(-warning) for an expired or
 * expiring one), checked against the policy and the history as at enrollment. Then the sign-in goes on:
 * the password counts as verified, and what else the sign-on policy asks for follows, up to the code.
 */
async function newPassword(ctx: RenderContext, name: string, body: JsonObject, services: Services): Promise<Response> {
  const { tx, user } = ctx;
  const password = services.registry.get('okta_password');
  if (!user || !password || (tx.step.kind !== 'reset-password' && tx.step.kind !== 'reenroll-password')) {
    return rejected(ctx, { messages: [remediationUnavailable()] });
  }
  const outcome = await password.enroll(user, body.credentials, services.authenticatorEnv);
  if (!outcome.ok) return rejected(ctx, { answered: name, fieldMessages: outcome.fieldMessages, messages: outcome.messages });
  user.passwordExpired = false;
  user.passwordExpiresInDays = undefined;
  tx.expiryHandled = true;
  tx.recovering = false;
  tx.chosen = undefined;
  if (!tx.satisfied.includes(password.key)) {
    tx.satisfied.push(password.key);
    tx.amr.push(...password.amr);
  }
  return advance(ctx, services);
}

function selectionOf(authenticator: JsonObject): Selection {
  const selection: Selection = {};
  for (const key of ['methodType', 'phoneNumber', 'channel'] as const) {
    if (typeof authenticator[key] === 'string' && authenticator[key] !== '') selection[key] = authenticator[key];
  }
  return selection;
}

async function select(ctx: RenderContext, name: string, body: JsonObject, services: Services): Promise<Response> {
  const { tx, user } = ctx;
  const authenticator = body.authenticator as JsonObject | undefined;
  const id = typeof authenticator === 'object' && authenticator !== null ? authenticator.id : undefined;
  if (!id) return rejected(ctx, { answered: name, fieldMessages: { authenticator: [fieldBlank()] } });
  const module = services.registry.byId(id);
  const enrolling = name === 'select-authenticator-enroll';
  const step = tx.step;
  const offered =
    step.kind === 'select-authenticate' || step.kind === 'select-enroll' ? step.keys
      : step.kind === 'challenge' || step.kind === 'enroll' ? (step.alternatives ?? [step.key]) : [];
  if (!module || !user || module.isEnrolled(user) === enrolling || !offered.includes(module.key)) {
    return rejected(ctx, { answered: name, messages: [authenticatorUnavailable()] });
  }
  tx.chosen = module.key;
  // A recovery's verification is the chosen authenticator's challenge, whatever the sign-on policy says.
  const next = tx.recovering ? undefined : pendingStep(tx, user, services.registry);
  const target =
    next && (next.kind === 'challenge' || next.kind === 'enroll') && next.key === module.key
      ? next
      : ({ kind: enrolling ? 'enroll' : 'challenge', key: module.key, alternatives: offered } as const);
  await enter(ctx, target, selectionOf(authenticator!));
  return ok(ctx);
}

async function skip(ctx: RenderContext, services: Services): Promise<Response> {
  // Skipping the expiry warning keeps the password; any other skip declines the optional enrollments.
  if (skipProfileUpdate(ctx)) {
    // profile-update.ts: goes on without the attributes.
  } else if (ctx.tx.step.kind === 'reenroll-password') ctx.tx.expiryHandled = true;
  else ctx.tx.optionalSkipped = true;
  ctx.tx.chosen = undefined;
  return advance(ctx, services);
}

/**
 * Back to the identify form ("Back to sign in"); auth-js reports CANCELED. As on Okta the answer is a new
 * transaction with a new stateHandle (idx-swift/RestartTransaction/06-cancel-response.json) and the old
 * handle is dead, so nothing started on it can go on to a second interaction code.
 */
function cancel(ctx: RenderContext, services: Services): Response {
  const fresh = services.store.restart(ctx.tx);
  return ok({ ...ctx, tx: fresh, user: undefined });
}

/** The `authenticator.id` a form carries (`value.form.value[id]` or `form.value[id]`), if any. */
function authenticatorIdOf(f: IdxForm): unknown {
  const field = f.value.find((v) => v.name === 'authenticator');
  if (!field) return undefined;
  const fields = field.form?.value ?? (field.value as { form?: { value: IdxField[] } } | undefined)?.form?.value ?? [];
  return fields.find((v) => v.name === 'id')?.value;
}

/**
 * Okta posts several forms to one href (select-authenticator-authenticate and authenticator-verification-data
 * to /challenge; select-authenticator-enroll, authenticator-enrollment-data, select-enrollment-channel and
 * enrollment-channel-data to /credential/enroll). The body tells them apart: an `authenticator.id` that a
 * step form carries goes to that form, any other id to the select list, no authenticator to a form without one.
 */
function pickForm(candidates: IdxForm[], body: JsonObject): IdxForm | undefined {
  if (candidates.length <= 1) return candidates[0];
  const isSelect = (f: IdxForm) => f.name.startsWith('select-authenticator-');
  const authenticator = body.authenticator;
  if (typeof authenticator === 'object' && authenticator !== null) {
    const id = (authenticator as JsonObject).id;
    return candidates.find((f) => !isSelect(f) && authenticatorIdOf(f) === id) ?? candidates.find(isSelect) ?? candidates[0];
  }
  return candidates.find((f) => !f.value.some((v) => v.name === 'authenticator')) ?? candidates[0];
}

/** Every IDX POST except introspect. The href decides which form was answered, as on Okta. */
export async function remediate(request: Request, url: URL, services: Services): Promise<Response> {
  const body = await readJsonObject(request);
  if (!body) return json(400, malformedBody());
  const { stateHandle } = body;
  if (typeof stateHandle !== 'string' || stateHandle === '') {
    return json(400, { version: '1.0.0', messages: messageList([stateHandleMissing()]) });
  }
  const tx = services.store.transaction(stateHandle);
  if (!tx) return expired();

  const ctx = contextFor(url, services, tx, request);
  const target = pickForm(offeredForms(renderTransaction(ctx)).filter((f) => new URL(f.href).pathname === url.pathname), body);
  if (!target) return rejected(ctx, { messages: [remediationUnavailable()] });
  services.store.touch(tx);

  switch (target.name) {
    case 'identify':
      return identify(ctx, body, services);
    case 'select-enroll-profile':
      return selectEnrollProfile(ctx);
    case 'enroll-profile':
      return enrollProfile(ctx, body, services, advance);
    case 'select-identify':
      return selectIdentify(ctx);
    case 'profile-update':
      return updateProfile(ctx, body, services, advance);
    case 'challenge-authenticator':
    case 'enroll-authenticator':
      return answer(ctx, target.name, body, services);
    case 'select-authenticator-authenticate':
    case 'select-authenticator-enroll':
      return select(ctx, target.name, body, services);
    case 'skip':
      return skip(ctx, services);
    case 'cancel':
      return cancel(ctx, services);
    case 'recover':
      return recover(ctx, services);
    case 'unlock-account':
      return unlockAccount(ctx, services);
    case 'select-authenticator-unlock-account':
      return selectUnlock(ctx, body, services);
    case 'consent':
    case 'granular-consent':
    case 'keep-me-signed-in':
      return answerPostAuth(ctx, target.name, body, services, {
        advance: () => advance(ctx, services),
        reject: (decorations) => rejected(ctx, decorations),
      });
    case 'identify-recovery':
      return identifyRecovery(ctx, body, services);
    case 'reset-authenticator':
    case 'reenroll-authenticator':
    case 'reenroll-authenticator-warning':
      return newPassword(ctx, target.name, body, services);
    default:
      return answer(ctx, target.name, body, services);
  }
}
