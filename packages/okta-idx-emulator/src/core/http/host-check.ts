/**
 * DNS-rebinding protection: a page on `evil.example` whose DNS later points at 127.0.0.1 reaches the
 * emulator with `Host: evil.example`, so only loopback names and the configured ones are served.
 */
const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The host name without port, lower-cased and without a trailing dot (`localhost.` is localhost). */
const hostName = (url: URL) => url.hostname.toLowerCase().replace(/\.$/, '');

/** A configured name as URL.hostname spells it: lower case, no trailing dot, IPv6 in brackets. */
function normalise(allowed: string): string {
  const name = allowed.trim().toLowerCase().replace(/\.$/, '');
  return name.includes(':') && !name.startsWith('[') ? `[${name}]` : name;
}

/** Whether the request's host name (any port) may be served: loopback, listed, or "*" listed. */
export function isAllowedHost(url: URL, allowedHosts: readonly string[]): boolean {
  const name = hostName(url);
  if (LOOPBACK_NAMES.has(name)) return true;
  return allowedHosts.some((allowed) => allowed === '*' || normalise(allowed) === name);
}
