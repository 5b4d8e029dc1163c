import { json } from './json.js';
import { rateLimitExceeded } from './okta-errors.js';

/**
 * Okta's per-endpoint, per-minute rate limits, counted as the `X-Rate-Limit-*` headers report them.
 * Memory stays bounded: one counter per endpoint for the current minute only, and every path that is
 * not a known endpoint shares one bucket (a client cannot grow the table by inventing paths).
 */

export interface RateLimitState {
  limit: number;
  remaining: number;
  /** Epoch seconds when the current window ends and the count starts again. */
  resetSeconds: number;
  /** This request is past the limit. */
  exceeded: boolean;
}

const WINDOW_MS = 60_000;
const OTHER = 'other';

/** OAuth endpoint names an authorization server answers under `/v1/`; anything else is "other". */
const OAUTH_ENDPOINTS = new Set(['authorize', 'interact', 'introspect', 'keys', 'logout', 'revoke', 'token', 'userinfo']);
const WELL_KNOWN = new Set(['openid-configuration', 'oauth-authorization-server']);

/**
 * The bucket a path counts in. Okta shares one limit among all custom authorization servers, so
 * `/oauth2/{id}/v1/token` is one bucket whatever the id; the org server (`/oauth2/v1/*`) has its own.
 */
export function endpointBucket(pathname: string, isRoute: (pathname: string) => boolean): string {
  const oauth = /^\/oauth2(?:\/([^/]+))?\/v1\/([a-z]+)$/.exec(pathname);
  if (oauth && OAUTH_ENDPOINTS.has(oauth[2])) {
    return oauth[1] === undefined ? `/oauth2/v1/${oauth[2]}` : `/oauth2/{authServerId}/v1/${oauth[2]}`;
  }
  const wellKnown = /^(\/oauth2(?:\/[^/]+)?)?\/\.well-known\/([a-z-]+)$/.exec(pathname);
  if (wellKnown && WELL_KNOWN.has(wellKnown[2])) {
    return `${wellKnown[1] ? '/oauth2/{authServerId}' : ''}/.well-known/${wellKnown[2]}`;
  }
  return isRoute(pathname) ? pathname : OTHER;
}

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly now: () => number,
  ) {}

  /** Counts one request in `bucket` and reports the state after it. */
  count(bucket: string): RateLimitState {
    const window = this.current(bucket);
    window.count += 1;
    return this.state(window);
  }

  /** The state of `bucket` without counting (preflights are not counted). */
  peek(bucket: string): RateLimitState {
    return this.state(this.current(bucket));
  }

  clear(): void {
    this.windows.clear();
  }

  private current(bucket: string) {
    // Fixed windows on the minute, as `X-Rate-Limit-Reset` is the same for every request in it.
    const start = Math.floor(this.now() / WINDOW_MS) * WINDOW_MS;
    let window = this.windows.get(bucket);
    if (!window || window.start !== start) {
      window = { start, count: 0 };
      this.windows.set(bucket, window);
    }
    return window;
  }

  private state(window: { start: number; count: number }): RateLimitState {
    return {
      limit: this.limit,
      remaining: Math.max(0, this.limit - window.count),
      resetSeconds: (window.start + WINDOW_MS) / 1000,
      exceeded: window.count > this.limit,
    };
  }
}

export function rateLimitHeaders(state: Pick<RateLimitState, 'limit' | 'remaining' | 'resetSeconds'>): Record<string, string> {
  return {
    'X-Rate-Limit-Limit': String(state.limit),
    'X-Rate-Limit-Remaining': String(state.remaining),
    'X-Rate-Limit-Reset': String(state.resetSeconds),
  };
}

/** Okta's 429: the plain `E0000047` API error (on IDX endpoints too) with the window's end. */
export const tooManyRequests = (limit: number, resetSeconds: number) =>
  json(429, rateLimitExceeded(), rateLimitHeaders({ limit, remaining: 0, resetSeconds }));
