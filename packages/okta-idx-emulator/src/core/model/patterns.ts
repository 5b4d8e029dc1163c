/**
 * URL patterns for trusted origins and redirect URIs, compared after parsing (RFC 9700 §4.1.3):
 * - an entry without `*` is an exact URI: it matches the same URI once both are parsed (scheme and host
 *   case, a default port and an empty path written as `/` do not matter; everything else does);
 * - with `*`, each component is matched on its own, so no pattern can match another host:
 *   the scheme is literal; the host is literal or `*.example.com` (a `*` standing for exactly one whole
 *   leftmost label); the port is literal, absent (the default port) or `*` (any port); in the path (and
 *   query) `*` matches any run of characters except `/` and `**` matches anything.
 * A candidate with userinfo (`http://localhost:80@evil.example/`), a fragment, a backslash or white space
 * never matches.
 * A pattern that breaks these rules (`http://*:8080`, `http://local*host`) matches nothing.
 */
export interface UrlPattern {
  readonly source: string;
  /** `test(candidate)`: RegExp's shape, so callers that held a RegExp keep working. */
  readonly regex: { test(candidate: string): boolean };
}

interface ParsedPattern {
  scheme: string;
  /** Lower-case host; `*.` prefix kept for a wildcard leftmost label. */
  host: string;
  /** '' = the scheme's default port, '*' = any port. */
  port: string;
  /** Path and query; '' = none written (an origin pattern or a bare host). */
  rest: string;
}

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443', 'ws:': '80', 'wss:': '443' };

function parsePattern(source: string): ParsedPattern | undefined {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*:)\/\/(\[[0-9A-Fa-f:.*]+\]|[^/:?#@[\]]*)(?::(\d+|\*))?([/?][^#]*)?$/.exec(source);
  if (!m) return undefined;
  const [, scheme, host, port = '', rest = ''] = m;
  if (scheme.includes('*')) return undefined;
  const lowerHost = host.toLowerCase();
  // `*` may only be a whole leftmost label followed by at least two literal labels (`*.example.com`).
  const hostWild = lowerHost.startsWith('*.') ? lowerHost.slice(2) : lowerHost;
  if (hostWild.includes('*') || !hostWild) return undefined;
  if (lowerHost.startsWith('*.') && !hostWild.includes('.')) return undefined;
  const lowerScheme = scheme.toLowerCase();
  return { scheme: lowerScheme, host: lowerHost, port: port === DEFAULT_PORTS[lowerScheme] ? '' : port, rest };
}

/** `*` = any run except `/`, `**` = anything; the rest literal. */
function restMatcher(rest: string): RegExp {
  let body = '';
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] !== '*') {
      body += rest[i].replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
    } else if (rest[i + 1] === '*') {
      body += '.*';
      i++;
    } else {
      body += '[^/]*';
    }
  }
  return new RegExp(`^${body}$`);
}

/**
 * The candidate parsed, or undefined when it is not an absolute URL, or carries userinfo or a fragment
 * (even an empty `#`, which the URL parser would drop).
 */
export function parseCandidate(value: string): URL | undefined {
  // Backslashes, spaces and control characters are repaired by the URL parser; a registered URI never has them.
  if (value.includes('#') || /[\\\s]/.test(value) || [...value].some((c) => c.charCodeAt(0) < 0x20)) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.username || url.password) return undefined;
  // `http://a@b` has an empty username the parser keeps no trace of: look at the authority as written.
  const authority = /^[A-Za-z][A-Za-z0-9+.-]*:[\\/]*([^/\\?#]*)/.exec(value)?.[1] ?? '';
  if (authority.includes('@')) return undefined;
  return url;
}

/** False for an entry that could never match anything (so the config can refuse it when it is loaded). */
export function canMatch(source: string): boolean {
  if (source === 'null') return true;
  return source.includes('*') ? parsePattern(source) !== undefined : parseCandidate(source) !== undefined;
}

export function compilePattern(source: string): UrlPattern {
  if (source === 'null') return { source, regex: { test: (candidate) => candidate === 'null' } };
  if (!source.includes('*')) {
    // Exact, including private-use schemes of native apps (`com.example.app:/callback`).
    const exact = parseCandidate(source)?.href;
    return { source, regex: { test: (candidate) => exact !== undefined && parseCandidate(candidate)?.href === exact } };
  }
  const parsed = parsePattern(source);
  if (!parsed) return { source, regex: { test: () => false } };
  const rest = parsed.rest ? restMatcher(parsed.rest) : undefined;
  const test = (candidate: string): boolean => {
    const url = parseCandidate(candidate);
    if (!url || url.protocol !== parsed.scheme) return false;
    const host = url.hostname.toLowerCase();
    if (parsed.host.startsWith('*.')) {
      const suffix = parsed.host.slice(1); // ".example.com"
      if (!host.endsWith(suffix)) return false;
      const label = host.slice(0, -suffix.length);
      if (!label || label.includes('.')) return false;
    } else if (host !== parsed.host) {
      return false;
    }
    if (parsed.port !== '*' && url.port !== parsed.port) return false;
    const pathAndQuery = url.pathname + url.search;
    // No path in the pattern: only the bare origin (the parser writes its empty path as `/`).
    return rest ? rest.test(pathAndQuery) : pathAndQuery === '/';
  };
  return { source, regex: { test } };
}

export function matchesAny(patterns: readonly UrlPattern[], candidate: string): boolean {
  return patterns.some((p) => p.regex.test(candidate));
}

/**
 * Normalises what a client sends so that `HTTP://LocalHost:8080` and `http://localhost:8080/` compare
 * equal to what the pattern author wrote. Returns undefined for things that are not absolute URLs.
 */
export function normaliseUrl(value: string): string | undefined {
  try {
    const url = new URL(value);
    if (!url.protocol || !url.host) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}

/** Browsers send `null` for opaque origins (file://, sandboxed frames); it is kept literal. */
export function normaliseOrigin(value: string): string {
  if (value === 'null') return value;
  try {
    const origin = new URL(value).origin;
    return origin === 'null' ? value : origin;
  } catch {
    return value;
  }
}
