import { OKTA_VERIFY, activateOktaVerify, type PushState } from '../authenticators/okta-verify.js';
import { json, readJsonObject } from '../http/json.js';
import { returnLinkExpired, returnToOriginalTab, messageList } from '../idx/messages.js';
import { oauthError, oktaError } from '../http/okta-errors.js';
import type { Services } from '../services.js';
import type { Transaction } from '../model/store.js';

const notFoundUser = (identifier: string) => json(404, oktaError('E0000007', `Not found: Resource not found: ${identifier} (User)`));

/**
 * GET /dev/outbox?to=<email, phone or login>: messages "sent" (email, SMS, voice) since the last reset,
 * newest first: `{ messages: [{ channel, to, identifier, code, magicLink, sentAt, text }] }`. Without `to`, all.
 */
export function outbox(url: URL, services: Services): Response {
  return json(200, { messages: services.outbox.find(url.searchParams.get('to')) });
}

/** GET /dev/outbox/latest?to=…: the newest matching message, or 404 when there is none. */
export function outboxLatest(url: URL, services: Services): Response {
  const [latest] = services.outbox.find(url.searchParams.get('to'));
  return latest ? json(200, latest) : json(404, oktaError('E0000007', 'Not found: no message for this recipient'));
}

/**
 * GET /dev/magic-link/<token>: what opening the Okta-hosted email link does on another device. Marks the
 * challenge as verified so the client's next `poll` moves on; answers Okta's "return to the original tab"
 * terminal state with the user (the Widget's terminal-return-email.json). A link whose code has expired, whose
 * transaction has ended or that a newer email replaced answers Okta's `idx.return.link.expired` terminal state
 * (terminal-return-expired-email.json), with 404.
 */
export function magicLink(token: string, services: Services): Response {
  for (const tx of services.store.liveTransactions()) {
    const state = tx.stepState as { magicToken?: string; codeExpiresAt?: number; code?: string; verified?: boolean };
    if (state.magicToken !== token) continue;
    const header = { version: '1.0.0', stateHandle: tx.stateHandle, expiresAt: new Date(Math.floor(tx.expiresAt / 1000) * 1000).toISOString(), intent: 'LOGIN' };
    if (state.code === undefined || state.codeExpiresAt === undefined || services.now() >= state.codeExpiresAt) {
      return json(404, { ...header, messages: messageList([returnLinkExpired()]) });
    }
    state.verified = true;
    const user = tx.userId ? services.store.user(tx.userId) : undefined;
    return json(200, {
      ...header,
      messages: messageList([returnToOriginalTab()]),
      ...(user ? { user: { type: 'object', value: { id: user.id, identifier: user.identifier } } } : {}),
    });
  }
  return json(404, { version: '1.0.0', messages: messageList([returnLinkExpired()]) });
}

/**
 * GET /dev/users/<identifier>/totp: the TOTP secrets (base32) of the user's app authenticators, so tests
 * can compute codes: `{ enrolled: { google_otp?: secret, okta_verify?: secret, custom_otp?: secret },
 * enrolling: { <key>: secret } }` (`enrolling`: secrets shown in enrollments in progress).
 */
export function totpSecrets(identifier: string, services: Services): Response {
  const user = services.store.userByIdentifier(identifier);
  if (!user) return notFoundUser(identifier);
  const enrolled: Record<string, string> = {};
  for (const key of ['google_otp', 'okta_verify', 'custom_otp']) {
    const secret = (user.authenticators.get(key) as { secret?: string } | undefined)?.secret;
    if (secret) enrolled[key] = secret;
  }
  const enrolling: Record<string, string> = {};
  for (const tx of services.store.liveTransactions()) {
    if (tx.userId === user.id && tx.step.kind === 'enroll' && typeof tx.stepState.secret === 'string') {
      enrolling[tx.step.key] = tx.stepState.secret;
    }
  }
  return json(200, { identifier: user.identifier, enrolled, enrolling });
}

function pushesOf(services: Services, identifier: string) {
  const user = services.store.userByIdentifier(identifier);
  const found: { tx: Transaction; push: PushState }[] = [];
  if (!user) return { user, found };
  for (const tx of services.store.liveTransactions()) {
    const push = tx.stepState.push as PushState | undefined;
    if (tx.userId === user.id && tx.step.kind === 'challenge' && tx.step.key === OKTA_VERIFY && push?.status === 'pending') {
      found.push({ tx, push });
    }
  }
  return { user, found };
}

/**
 * GET /dev/push/pending?identifier=…: Okta Verify pushes waiting on the user's phone:
 * `{ pending: [{ identifier, createdAt, correctAnswer? }] }` (`correctAnswer` when a number challenge is shown).
 */
export function pendingPushes(url: URL, services: Services): Response {
  const identifier = url.searchParams.get('identifier') ?? '';
  const { user, found } = pushesOf(services, identifier);
  if (!user) return notFoundUser(identifier);
  return json(200, {
    pending: found.map(({ push }) => ({
      identifier: user.identifier,
      createdAt: new Date(push.createdAt).toISOString(),
      ...(push.correctAnswer !== undefined ? { correctAnswer: push.correctAnswer } : {}),
    })),
  });
}

/**
 * POST /dev/push/approve | /dev/push/deny with `{ identifier, answer? }`: answers every pending push of the
 * user as the phone would. With a number challenge, approving needs `answer`; a wrong number rejects the push
 * (as Okta Verify does). Answers `{ ok: true, status: "APPROVED" | "REJECTED", count }`.
 */
export async function answerPush(request: Request, services: Services, approve: boolean): Promise<Response> {
  const body = await readJsonObject(request);
  if (!body || typeof body.identifier !== 'string') {
    return json(400, oauthError('invalid_request', "The body must be JSON with an 'identifier'."));
  }
  const { user, found } = pushesOf(services, body.identifier);
  if (!user) return notFoundUser(body.identifier);
  if (found.length === 0) return json(404, oktaError('E0000007', 'Not found: no pending push for this user'));
  let status: 'APPROVED' | 'REJECTED' = approve ? 'APPROVED' : 'REJECTED';
  for (const { push } of found) {
    if (approve && push.correctAnswer !== undefined) {
      if (body.answer === undefined) {
        return json(400, oauthError('invalid_request', "This push shows a number challenge: send the number as 'answer'."));
      }
      // The number is a string on Okta; a test may send it as a number or a string.
      if (String(body.answer) !== push.correctAnswer) status = 'REJECTED';
    }
  }
  for (const { push } of found) push.status = status === 'APPROVED' ? 'approved' : 'rejected';
  return json(200, { ok: true, status, count: found.length });
}

/**
 * POST /dev/okta-verify/activate with `{ identifier }`: the phone app finishes the user's Okta Verify
 * enrollment in progress (QR code, email or SMS link): a TOTP secret and a push-capable device are created
 * and the client's next `enroll-poll` completes.
 */
export async function activateOktaVerifyEndpoint(request: Request, services: Services): Promise<Response> {
  const body = await readJsonObject(request);
  if (!body || typeof body.identifier !== 'string') {
    return json(400, oauthError('invalid_request', "The body must be JSON with an 'identifier'."));
  }
  const user = services.store.userByIdentifier(body.identifier);
  if (!user) return notFoundUser(body.identifier);
  for (const tx of services.store.liveTransactions()) {
    if (tx.userId === user.id && tx.step.kind === 'enroll' && tx.step.key === OKTA_VERIFY && tx.stepState.phase === 'waiting') {
      activateOktaVerify(user, tx.stepState);
      return json(200, { ok: true });
    }
  }
  return json(404, oktaError('E0000007', 'Not found: no Okta Verify enrollment waiting for this user'));
}
