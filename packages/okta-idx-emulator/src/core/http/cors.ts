import { json } from './json.js';
import { accessDenied } from './okta-errors.js';
import { matchesAny, normaliseOrigin, type UrlPattern } from '../model/patterns.js';

export type CorsDecision =
  | { kind: 'none' } // no Origin header: a server-side caller, which Okta serves too
  | { kind: 'allowed'; origin: string }
  | { kind: 'denied'; origin: string };

export function decideCors(request: Request, trustedOrigins: readonly UrlPattern[]): CorsDecision {
  const origin = request.headers.get('origin');
  if (origin === null) return { kind: 'none' };
  const normalised = normaliseOrigin(origin);
  // A page served by the emulator itself is same-origin: browsers still send Origin on POST.
  if (normalised === new URL(request.url).origin || matchesAny(trustedOrigins, normalised)) {
    return { kind: 'allowed', origin };
  }
  return { kind: 'denied', origin };
}

// Credentialed requests (auth-js sends interact/introspect/remediations with credentials: 'include')
// are rejected by browsers when Allow-Origin is `*`, so the exact origin is echoed.
// No Access-Control-Expose-Headers, as on Okta (okta/okta-auth-js#932 notes its X-Rate-Limit-* headers
// are not readable from browsers): a cross-origin page sees neither X-Rate-Limit-Reset nor
// X-Okta-Request-Id; a same-origin page (reverse proxy) and server-side callers see both.
export function withCorsHeaders(response: Response, decision: CorsDecision): Response {
  if (decision.kind === 'denied') return response;
  const headers = new Headers(response.headers);
  if (decision.kind === 'allowed') {
    headers.set('Access-Control-Allow-Origin', decision.origin);
    headers.set('Access-Control-Allow-Credentials', 'true');
  }
  headers.append('Vary', 'Origin');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/**
 * The request headers a trusted origin may send. Okta does not publish its list; this one is what
 * okta-auth-js 8 and the Sign-In Widget send (Accept, Content-Type, Authorization, DPoP,
 * X-Okta-User-Agent-Extended, X-Device-Fingerprint, X-Requested-With, X-Okta-XsrfToken) plus
 * Accept-Language. A requested header outside it is not echoed, so the browser refuses the request here
 * as it would on an org, instead of letting an app depend on a header Okta will not accept.
 */
export const ALLOWED_REQUEST_HEADERS = [
  'accept',
  'accept-language',
  'authorization',
  'content-type',
  'dpop',
  'x-device-fingerprint',
  'x-okta-user-agent-extended',
  'x-okta-xsrftoken',
  'x-requested-with',
] as const;

export function preflight(request: Request, decision: CorsDecision): Response {
  if (decision.kind === 'denied') {
    // No CORS headers at all: the browser then blocks the real request, as with an untrusted origin on Okta.
    return new Response(null, { status: 403 });
  }
  if (decision.kind === 'none') {
    return new Response(null, { status: 204, headers: { Allow: 'GET, POST, DELETE, OPTIONS' } });
  }
  const allowHeaders = ALLOWED_REQUEST_HEADERS.join(', ');
  const headers: Record<string, string> = {
    'Access-Control-Allow-Origin': decision.origin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': allowHeaders,
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  };
  // Chrome's Private Network Access asks this when a public page calls localhost.
  if (request.headers.get('access-control-request-private-network') === 'true') {
    headers['Access-Control-Allow-Private-Network'] = 'true';
  }
  return new Response(null, { status: 204, headers });
}

export const forbiddenOrigin = () => json(403, accessDenied());
