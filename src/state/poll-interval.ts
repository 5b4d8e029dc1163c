/** What Okta's widget waits between polls when the server names no `refresh`. */
export const DEFAULT_POLL_MS = 4000;
/** Never faster than once a second, whatever the server says: a bad `refresh` must not flood it. */
export const MIN_POLL_MS = 1000;
/** Never slower than once a minute: a person waiting on a push should not wait on us. */
export const MAX_POLL_MS = 60_000;

/** The server's `refresh` (ms) made safe: the default when it is not a finite number, else clamped. */
export function pollInterval(refresh: unknown): number {
  const ms = typeof refresh === 'number' ? refresh : typeof refresh === 'string' && refresh.trim() !== '' ? Number(refresh) : NaN;
  if (!Number.isFinite(ms)) return DEFAULT_POLL_MS;
  return Math.min(MAX_POLL_MS, Math.max(MIN_POLL_MS, ms));
}
