/** The longest wait a `Retry-After` may impose; beyond that the person is better served by "Start over". */
export const MAX_RETRY_AFTER_MS = 10 * 60_000;

/**
 * Reads `Retry-After` from whatever holds a response's headers: a plain record (okta-auth-js's
 * `xhr.headers`, in any letter case) or a `Headers`-like object with `get()`.
 */
export function retryAfterHeader(headers: unknown): string | undefined {
  if (!headers || typeof headers !== 'object') return undefined;
  const getter = (headers as { get?: unknown }).get;
  if (typeof getter === 'function') {
    const value: unknown = getter.call(headers, 'retry-after');
    return typeof value === 'string' ? value : undefined;
  }
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() === 'retry-after' && typeof value === 'string') return value;
  }
  return undefined;
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
