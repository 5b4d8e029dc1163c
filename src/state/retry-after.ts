/** The longest wait a `Retry-After` may impose; beyond that the person is better served by "Start over". */
export const MAX_RETRY_AFTER_MS = 10 * 60_000;

/**
 * Reads `Retry-After` from whatever holds a response's headers: a plain record (okta-auth-js's
 * `xhr.headers`, in any letter case) or a `Headers`-like object with `get()`.
 */
export function retryAfterHeader(headers: unknown): string | undefined {
  return headerValue(headers, 'retry-after');
}

function headerValue(headers: unknown, wanted: string): string | undefined {
  if (!headers || typeof headers !== 'object') return undefined;
  const getter = (headers as { get?: unknown }).get;
  if (typeof getter === 'function') {
    const value: unknown = getter.call(headers, wanted);
    return typeof value === 'string' ? value : undefined;
  }
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() === wanted && typeof value === 'string') return value;
  }
  return undefined;
}

/**
 * When a rate-limited request (HTTP 429) may be sent again, from its headers: `Retry-After`, else
 * Okta's `X-Rate-Limit-Reset` (epoch seconds, on every Okta answer: read only for a 429).
 */
export function rateLimitEnds(headers: unknown, now: number): number | undefined {
  const retryAfter = retryAfterTime(retryAfterHeader(headers), now);
  if (retryAfter !== undefined) return retryAfter;
  const reset = headerValue(headers, 'x-rate-limit-reset')?.trim();
  if (!reset || !/^\d+$/.test(reset)) return undefined;
  const at = Number(reset) * 1000;
  return at > now ? Math.min(at, now + MAX_RETRY_AFTER_MS) : undefined;
}

/**
 * `Retry-After` (delay in seconds, or an HTTP date) as the epoch ms when sending is allowed again.
 * Undefined when there is no usable value or it is already past; capped at {@link MAX_RETRY_AFTER_MS}.
 */
export function retryAfterTime(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  let at: number;
  if (/^\d+$/.test(text)) at = now + Number(text) * 1000;
  else {
    const date = Date.parse(text);
    if (!Number.isFinite(date) || /^[\d.+-]/.test(text)) return undefined;
    at = date;
  }
  if (!(at > now)) return undefined;
  return Math.min(at, now + MAX_RETRY_AFTER_MS);
}
