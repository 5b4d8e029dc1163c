import type { ResolvedClient } from '../model/config.js';
import { matchesAny, normaliseUrl, type UrlPattern } from '../model/patterns.js';
import type { Services } from '../services.js';

/** The configured client with this `client_id`, if any. */
export const findClient = (services: Services, clientId: string | null | undefined): ResolvedClient | undefined =>
  clientId ? services.config.clients.find((c) => c.clientId === clientId) : undefined;

/** True when `redirectUri` is absolute, has no fragment and matches one of the client's patterns. */
export function isRegisteredUri(patterns: readonly UrlPattern[], redirectUri: string | null): boolean {
  if (!redirectUri) return false;
  const normalised = normaliseUrl(redirectUri);
  if (!normalised || new URL(normalised).hash) return false;
  return matchesAny(patterns, normalised);
}
