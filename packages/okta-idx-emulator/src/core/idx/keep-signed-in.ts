/**
 * Okta's "Stay signed in" (the global session policy's persistent cookie, `usePersistentCookie`), offered one of
 * two ways (developer.okta.com, "Delete all Stay signed in sessions" > About Stay signed in):
 * - "beforeSignIn": the identify form's `rememberMe` checkbox (documents.ts), the default;
 * - "afterSignIn": after authentication, before consent and the code, the post-authentication prompt
 *   `keep-me-signed-in` posted to /idp/idx/keep-me-signed-in with a required boolean `keepMeSignedIn`
 *   (the Widget's post-auth-keep-me-signed-in.json mock; its two buttons "Stay signed in" / "Don't stay signed in").
 * The org setting decides the identify form; a user's own `keepMeSignedIn` (their group's rule) can ask after
 * sign-in. A person who ticked `rememberMe` is not asked again.
 *
 * The emulator sets no Okta session cookie, so the choice changes no later sign-in: each completed sign-in
 * records the session Okta would start, persistent or not, for GET /dev/users/<login>/sessions.
 */
import type { JsonObject } from '../http/json.js';
import type { KeepMeSignedIn, ResolvedConfig } from '../model/config.js';
import type { Store, Transaction, UserRecord } from '../model/store.js';
import type { Decorations, IdxDocument, RenderContext } from './documents.js';
import { fieldBlank, remediationUnavailable } from './messages.js';
import { IDX_PATHS, form } from './remediations.js';

/** The answer of the post-auth prompt in this transaction, if it was asked. */
const answers = new WeakMap<Transaction, boolean>();

/** At most this many sessions are kept for the dev API (the oldest go first). */
const MAX_SESSIONS = 1000;

/** The global session policy rule for this user: their own setting, else the org's. */
function settingFor(config: ResolvedConfig, user: UserRecord): KeepMeSignedIn {
  return config.users.find((u) => u.id === user.id)?.keepMeSignedIn ?? config.keepMeSignedIn;
}

/** The identify form offered `rememberMe` and the person ticked it. */
const chosenAtIdentify = (config: ResolvedConfig, tx: Transaction) => config.keepMeSignedIn === 'beforeSignIn' && tx.rememberMe;

/** The post-authentication prompt, when this user's rule asks after sign-in and it was not answered yet. */
export function keepMeSignedInStep(config: ResolvedConfig, tx: Transaction, user: UserRecord): { kind: 'keep-me-signed-in' } | undefined {
  if (settingFor(config, user) !== 'afterSignIn' || answers.has(tx) || chosenAtIdentify(config, tx)) return undefined;
  return { kind: 'keep-me-signed-in' };
}

/** `keep-me-signed-in` as the Widget's mock has it, and the person with their profile. */
export function renderKeepMeSignedIn(ctx: RenderContext, doc: IdxDocument, user: UserRecord): void {
  doc.remediation = {
    type: 'array',
    value: [
      form(ctx.origin, ctx.tx.stateHandle, 'keep-me-signed-in', IDX_PATHS.keepMeSignedIn, [
        { name: 'keepMeSignedIn', type: 'boolean', label: 'Stay signed in', required: true, value: false, mutable: true },
      ]),
    ],
  };
  const { firstName, lastName, locale, timeZone } = user.profile;
  doc.user = { type: 'object', value: { id: user.id, identifier: user.identifier, profile: { firstName, lastName, timeZone, locale } } };
}

/** POST /idp/idx/keep-me-signed-in `{ keepMeSignedIn: boolean }`: recorded, then the sign-in goes on. */
export function answerKeepMeSignedIn(
  ctx: RenderContext,
  body: JsonObject,
  answer: { advance: () => Promise<Response>; reject: (decorations: Decorations) => Response },
): Promise<Response> | Response {
  if (ctx.tx.step.kind !== 'keep-me-signed-in' || !ctx.user) return answer.reject({ messages: [remediationUnavailable()] });
  if (typeof body.keepMeSignedIn !== 'boolean') {
    return answer.reject({ answered: 'keep-me-signed-in', fieldMessages: { keepMeSignedIn: [fieldBlank()] } });
  }
  answers.set(ctx.tx, body.keepMeSignedIn);
  return answer.advance();
}

/** The session a completed sign-in starts, with the person's choice (reported by GET /dev/users/<login>/sessions). */
export function recordSession(config: ResolvedConfig, store: Store, tx: Transaction, user: UserRecord, now: number): void {
  const prompted = answers.get(tx);
  const offeredAtIdentify = config.keepMeSignedIn === 'beforeSignIn';
  store.sessions.push({
    userId: user.id,
    clientId: tx.clientId,
    createdAt: now,
    keepMeSignedIn: prompted ?? (offeredAtIdentify && tx.rememberMe),
    chosenAt: prompted !== undefined ? 'keep-me-signed-in' : offeredAtIdentify ? 'identify' : 'not-offered',
  });
  if (store.sessions.length > MAX_SESSIONS) store.sessions.splice(0, store.sessions.length - MAX_SESSIONS);
}
