/**
 * Okta-style URL patterns for trusted origins and redirect URIs:
 * `*` matches any run of characters except `/` (so `http://localhost:*` is any port),
 * `**` matches anything including `/`; everything else is literal and case-sensitive.
 */
export type UrlPattern = { readonly source: string; readonly regex: RegExp };

export function compilePattern(source: string): UrlPattern {
  let body = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '*') {
      if (source[i + 1] === '*') {
        body += '.*';
        i++;
      } else {
        body += '[^/]*';
      }
    } else {
      body += ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
    }
  }
  return { source, regex: new RegExp(`^${body}$`) };
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
