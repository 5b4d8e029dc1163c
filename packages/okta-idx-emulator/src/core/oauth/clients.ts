import { json } from '../http/json.js';
import { oauthError } from '../http/okta-errors.js';
import type { ResolvedClient } from '../model/config.js';
import { matchesAny, type UrlPattern } from '../model/patterns.js';
import type { Services } from '../services.js';

/** The configured client with this `client_id`, if any. */
export const findClient = (services: Services, clientId: string | null | undefined): ResolvedClient | undefined =>
  clientId ? services.config.clients.find((c) => c.clientId === clientId) : undefined;

/**
 * True when `uri` parses, has no userinfo and no fragment, and matches one of the client's entries
 * (exact unless the entry has a `*`; see model/patterns.ts).
 */
export function isRegisteredUri(patterns: readonly UrlPattern[], uri: string | null): boolean {
  return uri !== null && matchesAny(patterns, uri);
}

// Okta's wording (401 invalid_client) for each way client authentication fails.
const UNKNOWN_CLIENT = "Invalid value for 'client_id' parameter.";
const AUTHENTICATION_FAILED = 'Client authentication failed. Either the client or the client credentials are invalid.';
const WRONG_SECRET = 'The client secret supplied for a confidential client is invalid.';
const MULTIPLE_CREDENTIALS =
  'Cannot supply multiple client credentials. Use one of the following: credentials in the Authorization header, ' +
  'credentials in the post body, or a client_assertion in the post body.';

const unauthorized = (error: string, description: string) => json(401, oauthError(error, description));

/** `Authorization: Basic` credentials (RFC 6749 §2.3.1: each part form-encoded before base64). */
function basicCredentials(request: Request): { clientId: string; secret: string | null } | 'malformed' | undefined {
  const header = request.headers.get('authorization') ?? '';
  if (!/^Basic(\s|$)/i.test(header)) return undefined; // other schemes are no client authentication
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  if (!match) return 'malformed';
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(atob(match[1]), (c) => c.charCodeAt(0)));
  } catch {
    return 'malformed';
  }
  const colon = decoded.indexOf(':');
  const formDecode = (part: string) => decodeURIComponent(part.replace(/\+/g, ' '));
  try {
    // okta-auth-js sends a public client's id alone (`Basic base64(clientId)`) to /v1/revoke and /v1/introspect.
    if (colon < 0) return { clientId: formDecode(decoded), secret: null };
    return { clientId: formDecode(decoded.slice(0, colon)), secret: formDecode(decoded.slice(colon + 1)) };
  } catch {
    return 'malformed';
  }
}

/** Compares secrets without stopping at the first differing character. */
function sameSecret(a: string, b: string): boolean {
  const x = new TextEncoder().encode(a);
  const y = new TextEncoder().encode(b);
  let diff = x.length ^ y.length;
  for (let i = 0; i < Math.max(x.length, y.length); i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}

/**
 * Client authentication at the token, revoke and introspect endpoints (and /v1/interact): a public client
 * sends only `client_id` (method `none`); a confidential one (with `clientSecret`) must also send its secret,
 * either in HTTP Basic (`client_secret_basic`) or as `client_secret` in the form (`client_secret_post`),
 * not both. A public client that presents a secret is refused as a confidential one with a wrong secret
 * would be. Returns the client, or the 401 answer to send.
 */
export function authenticateClient(request: Request, form: URLSearchParams, services: Services): ResolvedClient | Response {
  const basic = basicCredentials(request);
  if (basic === 'malformed') return unauthorized('invalid_client', AUTHENTICATION_FAILED);
  const postedSecret = form.get('client_secret');
  if (basic && basic.secret !== null && (postedSecret !== null || form.has('client_assertion'))) {
    return unauthorized('invalid_request', MULTIPLE_CREDENTIALS);
  }
  if (form.has('client_assertion')) return unauthorized('invalid_client', AUTHENTICATION_FAILED); // JWT auth: not emulated

  const formClientId = form.get('client_id');
  if (basic && formClientId !== null && formClientId !== basic.clientId) {
    return unauthorized('invalid_client', AUTHENTICATION_FAILED);
  }
  const client = findClient(services, basic ? basic.clientId : formClientId);
  if (!client) return unauthorized('invalid_client', UNKNOWN_CLIENT);

  const secret = basic?.secret ?? postedSecret;
  if (client.clientSecret === undefined) {
    return secret === null ? client : unauthorized('invalid_client', AUTHENTICATION_FAILED);
  }
  if (secret === null || secret === '') return unauthorized('invalid_client', AUTHENTICATION_FAILED);
  return sameSecret(secret, client.clientSecret) ? client : unauthorized('invalid_client', WRONG_SECRET);
}
