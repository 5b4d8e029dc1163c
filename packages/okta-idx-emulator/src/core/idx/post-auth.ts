/**
 * What Okta asks after authentication and before the interaction code, in this order: "Stay signed in?"
 * (keep-signed-in.ts), then the app's consent (consent.ts). One entry point each for endpoints.ts and documents.ts.
 */
import type { JsonObject } from '../http/json.js';
import type { Transaction, UserRecord } from '../model/store.js';
import type { Services } from '../services.js';
import { answerConsent, consentStep, grantedScopes, renderConsent } from './consent.js';
import type { Decorations, IdxDocument, RenderContext } from './documents.js';
import { answerKeepMeSignedIn, keepMeSignedInStep, recordSession, renderKeepMeSignedIn } from './keep-signed-in.js';

export type PostAuthStep = Extract<Transaction['step'], { kind: 'keep-me-signed-in' | 'consent' }>;

/** The next post-authentication question for this active, authenticated user, if any is left. */
export function postAuthStep(services: Services, tx: Transaction, user: UserRecord): PostAuthStep | undefined {
  return keepMeSignedInStep(services.config, tx, user) ?? consentStep(services.config, services.store, tx, user);
}

export function renderPostAuth(ctx: RenderContext, doc: IdxDocument, user: UserRecord, step: PostAuthStep): void {
  if (step.kind === 'consent') renderConsent(ctx, doc, user, step);
  else renderKeepMeSignedIn(ctx, doc, user);
}

/** The remediation names answered here. */
export const POST_AUTH_REMEDIATIONS: readonly string[] = ['consent', 'granular-consent', 'keep-me-signed-in'];

export function answerPostAuth(
  ctx: RenderContext,
  name: string,
  body: JsonObject,
  services: Services,
  answer: { advance: () => Promise<Response>; reject: (decorations: Decorations) => Response },
): Promise<Response> | Response {
  if (name === 'keep-me-signed-in') return answerKeepMeSignedIn(ctx, body, answer);
  return answerConsent(ctx, name, body, { ...answer, store: services.store });
}

/** The sign-in is complete: records the session it starts and gives the scopes its code carries. */
export function completeSignIn(services: Services, tx: Transaction, user: UserRecord): string[] {
  recordSession(services.config, services.store, tx, user, services.now());
  return grantedScopes(tx);
}
