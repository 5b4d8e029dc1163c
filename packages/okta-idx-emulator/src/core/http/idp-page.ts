/**
 * The emulator's fake identity provider: GET {issuer}/v1/authorize?client_id=…&request_uri=urn:okta:… (where a
 * `redirect-idp` button leads, as on Okta) and the older GET /sso/idps/{id}?stateToken=… both show the provider's configured accounts; the person picks one or cancels, which POSTs back here,
 * and the answer is a 302 to the app's redirect URI (identity-providers.ts decides with what). Server-rendered,
 * every configured string escaped, no script, and a CSP that allows nothing but this page's own style and the
 * form posting here (and the redirect it leads to).
 */
import { json, readForm } from './json.js';
import { describeAccount, findProvider, providerSignIn, transactionForProvider } from '../idx/identity-providers.js';
import { IDP_PATH_PREFIX } from '../idx/redirect-idp.js';
import { resolveProviderReference } from '../idx/idp-references.js';
import { issuerPathOf, type AuthorizationServer } from '../oauth/issuer.js';
import { notFound } from './okta-errors.js';
import type { IdentityProviderConfig } from '../model/config.js';
import type { Transaction } from '../model/store.js';
import type { Services } from '../services.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f4f4f6;color:#1d1d21}
main{max-width:26rem;margin:3rem auto;background:#fff;border-radius:8px;padding:2rem;box-shadow:0 1px 4px #0002}
h1{font-size:1.4rem;margin:0 0 .25rem}p{margin:.25rem 0 1rem;color:#4a4a55}
ul{list-style:none;padding:0;margin:0 0 1rem}li{margin:.5rem 0}
button{font:inherit;width:100%;text-align:left;padding:.75rem 1rem;border:1px solid #c6c6cc;border-radius:6px;background:#fff;cursor:pointer}
button:hover,button:focus-visible{border-color:#1662dd;outline:2px solid #1662dd;outline-offset:1px}
.account span{display:block;color:#4a4a55;font-size:.9rem}.cancel{text-align:center}
[role=alert]{color:#c5221f;font-weight:600}`;
/** The CSP source that allows exactly this style block (Web Crypto: the core also runs outside Node). */
let styleHash: Promise<string> | undefined;
const styleSource = () =>
  (styleHash ??= crypto.subtle
    .digest('SHA-256', new TextEncoder().encode(STYLE))
    .then((digest) => `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`));

/** Where the form may post and be redirected to: this origin, and the app's redirect URI. */
function formTargets(tx: Transaction | undefined): string {
  if (!tx) return "'self'";
  const url = new URL(tx.redirectUri);
  return `'self' ${url.origin === 'null' ? url.protocol : url.origin}`;
}

async function page(status: number, title: string, body: string, tx?: Transaction): Promise<Response> {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main>${body}</main></body></html>`;
  return new Response(html, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': `default-src 'none'; style-src ${await styleSource()}; form-action ${formTargets(tx)}; base-uri 'none'; frame-ancestors 'none'`,
      'Cache-Control': 'no-store',
      // The URL carries the stateToken: no Referer leaves this origin. Not `no-referrer`: a form POST under it
      // sends `Origin: null`, which the CORS check refuses; `same-origin` keeps this page's origin on its own form.
      'Referrer-Policy': 'same-origin',
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
    },
  });
}

const notFoundPage = () => page(404, 'Not found', '<h1>Not found</h1><p>There is no identity provider here.</p>');

/** A missing, unknown or expired stateToken, or a transaction that is past its identify step. */
const expiredPage = () =>
  page(400, 'Session expired', '<h1>The session has expired.</h1><p role="alert">Return to the app and sign in again.</p>');

function chooserPage(services: Services, idp: IdentityProviderConfig, tx: Transaction, error?: string): Promise<Response> {
  const accounts = idp.users
    .map((account) => {
      const { name, email } = describeAccount(services, account);
      return `<li><button class="account" type="submit" name="subject" value="${escapeHtml(account.subject)}">${escapeHtml(name)}<span>${escapeHtml(email)}</span></button></li>`;
    })
    .join('');
  const action = `${IDP_PATH_PREFIX}${encodeURIComponent(idp.id)}`;
  const body = `<h1>Sign in with ${escapeHtml(idp.name)}</h1>
<p>okta-idx-emulator's stand-in for ${escapeHtml(idp.name)}: choose an account.</p>
${error ? `<p role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="${escapeHtml(action)}">
<input type="hidden" name="stateToken" value="${escapeHtml(tx.stateHandle)}">
${accounts ? `<ul>${accounts}</ul>` : '<p>This provider has no accounts configured.</p>'}
<button class="cancel" type="submit" name="action" value="cancel">Cancel</button>
</form>`;
  return page(error ? 400 : 200, `Sign in with ${idp.name}`, body, tx);
}

/** GET /sso/idps/{id}?stateToken=…: the provider's accounts to choose from. */
export function showProvider(url: URL, idpId: string, services: Services): Promise<Response> {
  const idp = findProvider(services, idpId);
  if (!idp) return notFoundPage();
  const tx = transactionForProvider(services, url.searchParams.get('stateToken'));
  if (!tx) return expiredPage();
  return chooserPage(services, idp, tx);
}

/**
 * GET {issuer}/v1/authorize with `request_uri=urn:okta:{reference}` (a `redirect-idp` href): the same page. The
 * reference must be live, for this client (`client_id`) and this authorization server, else the expired page as
 * for a bad stateToken. Any other /v1/authorize request answers the 404 it always did: the emulator has no
 * authorize endpoint (README "Limits").
 */
export function showProviderByReference(request: Request, url: URL, server: AuthorizationServer, services: Services): Promise<Response> | Response {
  const requestUri = url.searchParams.get('request_uri');
  if (request.method === 'POST' || request.method === 'DELETE' || requestUri === null) return json(404, notFound(url.pathname, request.method));
  const found = resolveProviderReference(requestUri);
  const tx = found && transactionForProvider(services, found.tx.stateHandle);
  if (!found || tx !== found.tx || url.searchParams.get('client_id') !== tx.clientId || issuerPathOf(tx.issuer) !== server.issuerPath) {
    return expiredPage();
  }
  const idp = findProvider(services, found.idpId);
  return idp ? chooserPage(services, idp, tx) : notFoundPage();
}

/** POST /sso/idps/{id} (the page's form): `stateToken`, and `subject` or `action=cancel`. Answers a 302. */
export async function answerProvider(request: Request, url: URL, idpId: string, services: Services): Promise<Response> {
  const idp = findProvider(services, idpId);
  if (!idp) return notFoundPage();
  const form = await readForm(request);
  const tx = transactionForProvider(services, form?.get('stateToken'));
  if (!form || !tx) return expiredPage();
  const declined = form.get('action') === 'cancel';
  const outcome = await providerSignIn(services, url.origin, tx, idp, declined ? undefined : (form.get('subject') ?? ''));
  if (outcome.kind === 'unknown-account') return chooserPage(services, idp, tx, 'Choose one of the accounts below.');
  return new Response(null, { status: 302, headers: { Location: outcome.location, 'Cache-Control': 'no-store', 'Referrer-Policy': 'same-origin' } });
}
