/**
 * App consent, as Okta's IDX asks for it after authentication and before the interaction code:
 * - a client whose `consentMethod` is "REQUIRED" (Okta's app setting `consent_method`) is asked about the requested
 *   scopes that the authorization server declares with `consent: "REQUIRED"`, and only those not granted before;
 * - `consent` (the Sign-In Widget's consent-enduser*.json mocks): the scopes listed beside the form, one boolean
 *   `consent` (Allow Access / Don't Allow); `granular-consent` (consent-granular.json) when some of them are
 *   `optional`: each scope a checkbox under `optedScopes`, the required ones immutable;
 * - `consent: true` grants them (remembered per user, app and authorization server, so the next sign-in skips the
 *   question, as Okta's grants do; GET/DELETE /dev/users/<login>/grants) and the scopes left out are not in the tokens;
 * - `consent: false` ends the transaction: 403 with `idx.operation.cancelled.by.user` and no remediation
 *   (the Widget v3 mock consent/denied.json).
 */
import { json, type JsonObject } from '../http/json.js';
import type { ResolvedAuthorizationServer, ResolvedClient, ResolvedConfig, ResolvedScope } from '../model/config.js';
import type { Store, Transaction, UserRecord } from '../model/store.js';
import { issuerPathOf } from '../oauth/issuer.js';
import type { Decorations, IdxDocument, RenderContext } from './documents.js';
import { fieldBlank, messageList, operationCancelled, remediationUnavailable } from './messages.js';
import { IDX_PATHS, form, type IdxField, type IdxForm } from './remediations.js';

type ConsentStep = Extract<Transaction['step'], { kind: 'consent' }>;

/**
 * Okta's wording for the OIDC scopes when a server requires consent for them without its own display name
 * (the Widget's consent mocks: consent-enduser.json, consent-granular.json, GRANULAR_CONSENT_REQUIRED.js).
 */
const OIDC_SCOPE_TEXT: Record<string, { label: string; desc?: string }> = {
  profile: {
    label: 'View your profile information.',
    desc: 'The exact data varies based on what profile information you have provided, such as: name, time zone, picture, or birthday.',
  },
  email: { label: 'View your email address.', desc: 'This allows the app to view your email address.' },
  phone: { label: 'View your phone number.', desc: 'This allows the app to view your phone number.' },
  address: { label: 'View your address.' },
  offline_access: { label: 'Keep you signed in to the app.' },
};

/** What this transaction's consent left out (granular-consent), and whether it was answered. */
interface ConsentState {
  answered: boolean;
  optedOut: string[];
}
const states = new WeakMap<Transaction, ConsentState>();

const serverOf = (config: ResolvedConfig, tx: Transaction): ResolvedAuthorizationServer | undefined =>
  config.authorizationServers.find((s) => `/oauth2/${s.id}` === issuerPathOf(tx.issuer));

const clientOf = (config: ResolvedConfig, tx: Transaction): ResolvedClient | undefined =>
  config.clients.find((c) => c.clientId === tx.clientId);

const grantKey = (user: UserRecord, tx: Transaction) => [user.id, tx.clientId, issuerPathOf(tx.issuer)].join(' ');

function declaredScope(config: ResolvedConfig, tx: Transaction, name: string): ResolvedScope | undefined {
  return serverOf(config, tx)?.scopes.find((s) => s.name === name);
}

/** The requested scopes this person must still consent to for this app (none for a TRUSTED app). */
function scopesToConsent(config: ResolvedConfig, store: Store, tx: Transaction, user: UserRecord): string[] {
  if (clientOf(config, tx)?.consentMethod !== 'REQUIRED') return [];
  const granted = store.consentGrants.get(grantKey(user, tx));
  return tx.scopes.filter((name) => declaredScope(config, tx, name)?.consent === 'REQUIRED' && !granted?.has(name));
}

/** The consent step this transaction needs before its code, if any. */
export function consentStep(config: ResolvedConfig, store: Store, tx: Transaction, user: UserRecord): ConsentStep | undefined {
  if (states.get(tx)?.answered) return undefined;
  const scopes = scopesToConsent(config, store, tx, user);
  if (scopes.length === 0) return undefined;
  const granular = scopes.some((name) => declaredScope(config, tx, name)?.optional);
  return { kind: 'consent', scopes, granular };
}

/** The scopes the tokens carry: the requested ones less those left out at granular consent. */
export function grantedScopes(tx: Transaction): string[] {
  const optedOut = states.get(tx)?.optedOut ?? [];
  return tx.scopes.filter((s) => !optedOut.includes(s));
}

function scopeText(config: ResolvedConfig, tx: Transaction, name: string): { label: string; desc?: string } {
  const declared = declaredScope(config, tx, name);
  const oidc = OIDC_SCOPE_TEXT[name];
  const label = declared?.displayName ?? oidc?.label ?? name;
  const desc = declared?.description ?? (declared?.displayName === undefined ? oidc?.desc : undefined);
  return desc === undefined ? { label } : { label, desc };
}

/** The app's links as the consent mocks carry them in `app` (only what the client configures), at the consent step. */
export function consentAppLinks(ctx: Pick<RenderContext, 'config' | 'tx'>): Record<string, unknown> {
  const client = clientOf(ctx.config, ctx.tx);
  if (ctx.tx.step.kind !== 'consent' || !client) return {};
  const links: Record<string, unknown> = {};
  if (client.tosUri) links.termsOfService = { href: client.tosUri, rel: ['terms-of-service'] };
  if (client.policyUri) links.privacyPolicy = { href: client.policyUri, rel: ['privacy-policy'] };
  if (client.logoUri) links.logo = { href: client.logoUri, rel: ['icon'], alt: 'Logo for the app' };
  if (client.clientUri) links.clientUri = { href: client.clientUri };
  return links;
}

/** `consent` or `granular-consent` and the person (the app's links: {@link consentAppLinks}). */
export function renderConsent(ctx: RenderContext, doc: IdxDocument, user: UserRecord, step: ConsentStep): void {
  const { config, tx } = ctx;
  let consentForm: IdxForm;
  if (step.granular) {
    const opted: IdxField[] = [];
    // The granular mock lists openid first, granted and fixed.
    if (tx.scopes.includes('openid')) {
      opted.push({ name: 'openid', type: 'boolean', required: true, value: true, visible: true, mutable: false });
    }
    for (const name of step.scopes) {
      opted.push({
        name,
        ...scopeText(config, tx, name),
        type: 'boolean',
        required: true,
        value: true,
        visible: true,
        mutable: declaredScope(config, tx, name)?.optional === true,
      });
    }
    consentForm = form(ctx.origin, tx.stateHandle, 'granular-consent', IDX_PATHS.consent, [
      { name: 'consent', type: 'boolean', visible: false, required: true },
      { name: 'optedScopes', form: { value: opted } },
    ]);
  } else {
    const fields: IdxField[] = [
      {
        name: 'consent',
        type: 'boolean',
        required: true,
        options: [
          { label: 'Allow Access', value: true },
          { label: "Don't Allow", value: false },
        ],
      },
    ];
    const scopes = step.scopes.map((name) => ({ name, ...scopeText(config, tx, name), value: name }));
    // The scopes sit on the remediation itself, beside `value` (consent-enduser.json).
    consentForm = { ...form(ctx.origin, tx.stateHandle, 'consent', IDX_PATHS.consent, fields), scopes } as IdxForm;
  }
  doc.remediation = { type: 'array', value: [consentForm] };
  doc.user = { type: 'object', value: { id: user.id, identifier: user.identifier } };
}

/** What the consent answer leads to: the next step (`advance`), a refusal of the answer, or the terminal 403. */
export interface ConsentAnswerContext {
  store: Store;
  advance: () => Promise<Response>;
  reject: (decorations: Decorations) => Response;
}

const wholeSeconds = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString();

/** Okta's answer to a declined consent (served with 403): the transaction's header and the message, no remediation. */
export const consentDeniedDocument = (tx: Pick<Transaction, 'stateHandle' | 'expiresAt'>): IdxDocument => ({
  version: '1.0.0',
  stateHandle: tx.stateHandle,
  expiresAt: wholeSeconds(tx.expiresAt),
  intent: 'LOGIN',
  messages: messageList([operationCancelled()]),
});

/** POST /idp/idx/consent: `{ consent: true | false, optedScopes?: { scope: boolean } }`. */
export function answerConsent(ctx: RenderContext, name: string, body: JsonObject, answer: ConsentAnswerContext): Promise<Response> | Response {
  const { tx, user } = ctx;
  const step = tx.step;
  if (step.kind !== 'consent' || !user) return answer.reject({ messages: [remediationUnavailable()] });
  if (typeof body.consent !== 'boolean') return answer.reject({ answered: name, fieldMessages: { consent: [fieldBlank()] } });
  if (!body.consent) {
    answer.store.close(tx);
    return json(403, consentDeniedDocument(tx));
  }
  const opted = typeof body.optedScopes === 'object' && body.optedScopes !== null ? (body.optedScopes as JsonObject) : {};
  // Only an optional scope can be left out; a required one (immutable in the form) is granted whatever was sent.
  const optedOut = step.granular
    ? step.scopes.filter((s) => opted[s] === false && declaredScope(ctx.config, tx, s)?.optional === true)
    : [];
  const key = grantKey(user, tx);
  const grants = answer.store.consentGrants.get(key) ?? new Set<string>();
  for (const scope of step.scopes) if (!optedOut.includes(scope)) grants.add(scope);
  answer.store.consentGrants.set(key, grants);
  states.set(tx, { answered: true, optedOut });
  return answer.advance();
}
