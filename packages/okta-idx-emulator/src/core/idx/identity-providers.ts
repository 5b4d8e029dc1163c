/**
 * Identity providers (social and enterprise) played by the emulator itself. Okta offers each provider as a
 * `redirect-idp` remediation beside the identify form (the Widget's identify-with-third-party-idps.json mock:
 * `type`, `idp {id, name}`, `href` {issuer}/v1/authorize?client_id=…&request_uri=urn:okta:…, `method` GET, in the org's order). The browser
 * navigates there; a real org sends the person on to Google or the SAML IdP, which sends them back to Okta,
 * which redirects to the app's redirect_uri with `interaction_code` and `state` when the sign-on policy is
 * met, or `error=interaction_required` when more is needed (a second factor), after which the app resumes
 * the transaction with its interaction handle. Here the provider is a page of the emulator where a person
 * picks one of the provider's configured accounts (http/idp-page.ts); this module decides where that leads.
 */
import type { IdentityProviderConfig, FederatedUserConfig } from '../model/config.js';
import type { Transaction, UserRecord } from '../model/store.js';
import type { Services } from '../services.js';
import { advance, contextFor, signInBlocker } from './endpoints.js';

export const findProvider = (services: Services, id: string) => services.config.identityProviders.find((p) => p.id === id);

/**
 * The live transaction a provider page was opened for, if a provider sign-in may still start from it: Okta
 * offers `redirect-idp` only at the identify step, before anyone is identified.
 */
export function transactionForProvider(services: Services, stateToken: string | null | undefined): Transaction | undefined {
  if (!stateToken) return undefined;
  const tx = services.store.transaction(stateToken);
  return tx && tx.step.kind === 'identify' && tx.userId === undefined ? tx : undefined;
}

/** The account's linked user and what the page shows for it. */
export function describeAccount(services: Services, account: FederatedUserConfig): { user: UserRecord | undefined; name: string; email: string } {
  const user = services.store.userByIdentifier(account.user);
  const profile = user?.profile ?? {};
  const fullName = [profile.firstName, profile.lastName].filter(Boolean).join(' ');
  return { user, name: account.name ?? (fullName || account.user), email: account.email ?? profile.email ?? account.user };
}

/** OAuth error parameters for the redirect back to the app. */
export interface RedirectError {
  error: string;
  error_description: string;
}

/** Okta's description of `interaction_required` in the interaction code flow (okta-idx-java's e2e tests assert it). */
export const INTERACTION_REQUIRED_DESCRIPTION =
  'Your client is configured to use the interaction code flow and user interaction is required to complete the request.';

/** The person declined at the provider (the emulator's page has "Cancel"): the RFC 6749 `access_denied`. */
export const DECLINED: RedirectError = {
  error: 'access_denied',
  error_description: 'The resource owner or authorization server denied the request.',
};

/** Okta's answer on /authorize for a user who is not assigned to the app. */
const NOT_ASSIGNED: RedirectError = { error: 'access_denied', error_description: 'User is not assigned to the client application.' };

/** The app's redirect URI with the outcome and the transaction's `state`, as Okta redirects after a provider. */
export function redirectBack(tx: Pick<Transaction, 'redirectUri' | 'state'>, params: Record<string, string>): string {
  const url = new URL(tx.redirectUri);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  if (tx.state !== undefined) url.searchParams.set('state', tx.state);
  return url.href;
}

export type ProviderOutcome =
  | { kind: 'redirect'; location: string }
  /** No such account at this provider: the page is shown again. */
  | { kind: 'unknown-account' };

/**
 * The person signed in at the provider as `subject` (or declined, `subject` undefined). The linked user is
 * now known and the provider stands for the sign-on policy's first factor: when that is all the policy asks,
 * the transaction ends with an interaction code; when it asks for more, the transaction moves to that step
 * and the app is told `interaction_required` (it then introspects with its interaction handle). A user Okta
 * would not sign in gets `access_denied`, as /authorize answers.
 */
export async function providerSignIn(
  services: Services,
  origin: string,
  tx: Transaction,
  idp: IdentityProviderConfig,
  subject: string | undefined,
): Promise<ProviderOutcome> {
  if (subject === undefined) return { kind: 'redirect', location: redirectBack(tx, { ...DECLINED }) };
  const account = idp.users.find((u) => u.subject === subject);
  if (!account) return { kind: 'unknown-account' };
  const user = services.store.userByIdentifier(account.user);
  const blocked = signInBlocker(user, tx, services);
  if (!user || blocked) {
    const refusal = blocked && blocked !== 'unknown' ? NOT_ASSIGNED : DECLINED;
    return { kind: 'redirect', location: redirectBack(tx, { ...refusal }) };
  }
  services.store.touch(tx);
  tx.userId = user.id;
  tx.federatedBy = idp.id;
  tx.satisfied = [];
  tx.amr = [];
  tx.chosen = undefined;
  tx.optionalSkipped = false;
  const ctx = contextFor(new URL(origin), services, tx);
  await advance({ ...ctx, user }, services);
  const step = tx.step;
  if (step.kind === 'success') return { kind: 'redirect', location: redirectBack(tx, { interaction_code: step.code }) };
  if (!services.store.transaction(tx.stateHandle)) {
    // Ended without a code (a user who may not sign in): refused.
    return { kind: 'redirect', location: redirectBack(tx, { ...DECLINED }) };
  }
  return { kind: 'redirect', location: redirectBack(tx, { error: 'interaction_required', error_description: INTERACTION_REQUIRED_DESCRIPTION }) };
}
