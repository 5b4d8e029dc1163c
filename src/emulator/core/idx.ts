import { pendingStep } from './flow.js';
import { json, readJsonObject, type JsonObject } from './json.js';
import {
  authenticatorUnavailable,
  fieldBlank,
  messageList,
  recoveryUnavailable,
  remediationUnavailable,
  stateHandleMissing,
  unknownUser,
} from './messages.js';
import { malformedBody } from './okta-errors.js';
import { offeredForms, renderTransaction, sessionExpiredDocument, type Decorations, type RenderContext } from './responses.js';
import { issuerFor, nowSeconds, type Services } from './services.js';
import type { Transaction } from './store.js';

const expired = () => json(401, sessionExpiredDocument());

function contextFor(url: URL, services: Services, tx: Transaction): RenderContext {
  return {
    origin: url.origin,
    issuer: issuerFor(url),
    config: services.config,
    registry: services.registry,
    env: services.authenticatorEnv,
    tx,
    user: tx.userId ? services.store.user(tx.userId) : undefined,
  };
}

const ok = (ctx: RenderContext) => json(200, renderTransaction(ctx));

/**
 * Validation and credential errors answer 400 with the same form plus messages. auth-js treats every
 * non-2xx alike (PENDING, requestDidSucceed false); 401 is kept for expired transactions so a client can
 * tell "retry" from "start over".
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
  return ok(contextFor(url, services, tx));
}

/** Moves the transaction to the next required authenticator, or to success with a fresh interaction code. */
function advance(ctx: RenderContext, services: Services): Response {
  const { tx, user } = ctx;
  const next = user ? pendingStep(tx, user, services.registry) : undefined;
  if (next) {
    tx.step = next;
    return ok(ctx);
  }
  const amr = [...new Set(tx.satisfied.flatMap((key) => services.registry.get(key)?.amr ?? []))];
  const grant = services.store.issueCode({
    clientId: tx.clientId,
    redirectUri: tx.redirectUri,
    codeChallenge: tx.codeChallenge,
    scopes: tx.scopes,
    nonce: tx.nonce,
    userId: user!.id,
    authTime: nowSeconds(services),
    amr,
  });
  tx.step = { kind: 'success', code: grant.code };
  return ok(ctx);
}

async function identify(ctx: RenderContext, body: JsonObject, services: Services): Promise<Response> {
  const raw = typeof body.identifier === 'string' ? body.identifier : '';
  const identifier = raw.trim();
  const answered = 'identify';
  if (!identifier) return rejected(ctx, { answered, fieldMessages: { identifier: [fieldBlank()] } });
  const user = services.store.userByIdentifier(identifier);
  if (!user) return rejected(ctx, { answered, messages: [unknownUser(identifier)], values: { identifier: raw } });

  const { tx } = ctx;
  tx.satisfied = [];
  const password = services.registry.get('okta_password');
  // Identify-with-password: a user without a password (yet) goes on to enroll one, whatever was typed.
  if (!services.config.identifierFirst && password?.isEnrolled(user)) {
    const outcome = await password.verify(user, body.credentials, services.authenticatorEnv);
    if (!outcome.ok) {
      return rejected(ctx, { answered, values: { identifier: raw }, fieldMessages: outcome.fieldMessages, messages: outcome.messages });
    }
    tx.satisfied.push(password.key);
  }
  tx.userId = user.id;
  tx.rememberMe = body.rememberMe === true;
  return advance({ ...ctx, user }, services);
}

async function answer(ctx: RenderContext, name: string, body: JsonObject, services: Services): Promise<Response> {
  const { tx, user } = ctx;
  const step = tx.step;
  if ((step.kind !== 'challenge' && step.kind !== 'enroll') || !user) return rejected(ctx, { messages: [remediationUnavailable()] });
  const module = services.registry.get(step.key)!;
  const outcome =
    step.kind === 'challenge'
      ? await module.verify(user, body.credentials, services.authenticatorEnv)
      : await module.enroll(user, body.credentials, services.authenticatorEnv);
  if (!outcome.ok) return rejected(ctx, { answered: name, fieldMessages: outcome.fieldMessages, messages: outcome.messages });
  tx.satisfied.push(module.key);
  return advance(ctx, services);
}

function select(ctx: RenderContext, name: string, body: JsonObject, services: Services): Response {
  const { tx, user } = ctx;
  const authenticator = body.authenticator as JsonObject | undefined;
  const id = typeof authenticator === 'object' && authenticator !== null ? authenticator.id : undefined;
  if (!id) return rejected(ctx, { answered: name, fieldMessages: { authenticator: [fieldBlank()] } });
  const module = services.registry.byId(id);
  const enrolling = name === 'select-authenticator-enroll';
  if (!module || !user || module.isEnrolled(user) === enrolling) {
    return rejected(ctx, { answered: name, messages: [authenticatorUnavailable()] });
  }
  tx.step = { kind: enrolling ? 'enroll' : 'challenge', key: module.key };
  return ok(ctx);
}

/** Back to the identify form with the same stateHandle ("Back to sign in"); auth-js reports CANCELED. */
function cancel(ctx: RenderContext): Response {
  const { tx } = ctx;
  tx.step = { kind: 'identify' };
  tx.userId = undefined;
  tx.satisfied = [];
  tx.rememberMe = false;
  return ok({ ...ctx, user: undefined });
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

  const ctx = contextFor(url, services, tx);
  const target = offeredForms(renderTransaction(ctx)).find((f) => new URL(f.href).pathname === url.pathname);
  if (!target) return rejected(ctx, { messages: [remediationUnavailable()] });
  services.store.touch(tx);

  switch (target.name) {
    case 'identify':
      return identify(ctx, body, services);
    case 'challenge-authenticator':
    case 'enroll-authenticator':
      return answer(ctx, target.name, body, services);
    case 'select-authenticator-authenticate':
    case 'select-authenticator-enroll':
      return select(ctx, target.name, body, services);
    case 'cancel':
      return cancel(ctx);
    case 'recover':
      return rejected(ctx, { messages: [recoveryUnavailable()] });
    default:
      return rejected(ctx, { messages: [remediationUnavailable()] });
  }
}
