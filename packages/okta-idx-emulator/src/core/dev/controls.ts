import { json, readJsonObject } from '../http/json.js';
import { accessDeniedFor } from '../http/access-denied.js';
import { internalServerError, malformedBody, oauthError } from '../http/okta-errors.js';
import { tooManyRequests } from '../http/rate-limits.js';

/** What POST /dev/fail-next arms: which answer, how many times, for which path. */
export interface FailurePlan {
  /** 403 (access denied), 429 (Okta's rate limit) or a 5xx. */
  status: number;
  /** Requests still to fail; `Infinity` for "every" (until disarmed or reset). */
  remaining: number;
  /** Only requests to this exact path count and fail; every ordinary request when absent. */
  path?: string;
  /** For 429: `X-Rate-Limit-Reset` is this many seconds from now. */
  retryAfterSeconds: number;
}

/** The part of the injector the router consults: the injected answer for this request, if it is one to fail. */
export interface Failures {
  arm(plan: FailurePlan): void;
  clear(): void;
  take(): Response | undefined;
}

/** A {@link Failures} for one request, remembering whether it answered with an injected failure. */
export interface RequestFailures extends Failures {
  readonly injected: Response | undefined;
}

/** Armed by POST /dev/fail-next, disarmed by DELETE /dev/fail-next and by reset. */
export class FailureInjector implements Failures {
  private plan: FailurePlan | undefined;

  constructor(
    private readonly now: () => number,
    private readonly rateLimit: number,
  ) {}

  arm(plan: FailurePlan): void {
    this.plan = { ...plan };
  }

  clear(): void {
    this.plan = undefined;
  }

  /**
   * The injected answer for a request to `pathname`, if the plan covers it (each one used counts down).
   * Without a path, only a plan for every path fires.
   */
  take(pathname?: string): Response | undefined {
    const plan = this.plan;
    if (!plan || (plan.path !== undefined && plan.path !== pathname)) return undefined;
    plan.remaining -= 1;
    if (plan.remaining <= 0) this.plan = undefined;
    return this.answer(plan, pathname ?? '');
  }

  /** The view handed to the router for one request, so a path-specific plan sees the path. */
  forPath(pathname: string): RequestFailures {
    let injected: Response | undefined;
    return {
      arm: (plan) => this.arm(plan),
      clear: () => this.clear(),
      take: () => (injected = this.take(pathname)),
      get injected() {
        return injected;
      },
    };
  }

  private answer(plan: FailurePlan, pathname: string): Response {
    if (plan.status === 429) {
      return tooManyRequests(this.rateLimit, Math.ceil(this.now() / 1000) + plan.retryAfterSeconds);
    }
    if (plan.status === 403) return accessDeniedFor(pathname);
    return json(plan.status, internalServerError());
  }
}

export interface DevControls {
  reset(): void;
  expireTransactions(): number;
  failures: Failures;
}

export const health = () => json(200, { ok: true });

export function reset(controls: DevControls): Response {
  controls.reset();
  return json(200, { ok: true });
}

export function expire(controls: DevControls): Response {
  return json(200, { ok: true, expired: controls.expireTransactions() });
}

const FIELDS = ['status', 'count', 'path', 'retryAfterSeconds'];
const MAX_RETRY_AFTER_SECONDS = 86_400;
const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);
const refuse = (sentence: string) => json(400, oauthError('invalid_request', sentence));

/**
 * POST /dev/fail-next `{ status?, count?, path?, retryAfterSeconds? }`: the next request (or the next
 * `count`, or `"every"` one until disarmed), to `path` only when given, answers `status`: 429 with Okta's
 * `E0000047` body and `X-Rate-Limit-Reset`, 403 access denied, or a 5xx with Okta's `E0000009` body.
 * A new call replaces the armed plan. Dev calls and CORS preflights never count.
 */
export async function failNext(request: Request, controls: DevControls): Promise<Response> {
  const body = await readJsonObject(request);
  if (!body) return json(400, malformedBody());
  const unknown = Object.keys(body).find((key) => !FIELDS.includes(key));
  if (unknown !== undefined) {
    return refuse(`'${unknown}' is not a fail-next field: use status, count, path and retryAfterSeconds.`);
  }
  const { status = 500, count = 1, path, retryAfterSeconds } = body;
  if (!isWhole(status) || !(status === 403 || status === 429 || (status >= 500 && status <= 599))) {
    return refuse("'status' must be 403, 429 or an HTTP 5xx status such as 500 or 503.");
  }
  if (count !== 'every' && !(isWhole(count) && count > 0)) {
    return refuse("'count' must be a positive whole number or \"every\".");
  }
  if (path !== undefined && (typeof path !== 'string' || !/^\/[^?#\s]*$/.test(path) || path.startsWith('/dev/'))) {
    return refuse("'path' must be a request path such as \"/idp/idx/identify\" (no query string, not a /dev path).");
  }
  if (retryAfterSeconds !== undefined) {
    if (status !== 429) return refuse("'retryAfterSeconds' applies only to status 429.");
    if (!isWhole(retryAfterSeconds) || retryAfterSeconds < 0 || retryAfterSeconds > MAX_RETRY_AFTER_SECONDS) {
      return refuse(`'retryAfterSeconds' must be a whole number of seconds from 0 to ${MAX_RETRY_AFTER_SECONDS}.`);
    }
  }
  const plan: FailurePlan = {
    status,
    remaining: count === 'every' ? Infinity : count,
    retryAfterSeconds: isWhole(retryAfterSeconds) ? retryAfterSeconds : 60,
    ...(typeof path === 'string' ? { path } : {}),
  };
  controls.failures.arm(plan);
  return json(200, {
    ok: true,
    status,
    count,
    ...(plan.path !== undefined ? { path: plan.path } : {}),
    ...(status === 429 ? { retryAfterSeconds: plan.retryAfterSeconds } : {}),
  });
}

/** DELETE /dev/fail-next: disarms whatever is armed (nothing armed is fine too). */
export function disarm(controls: DevControls): Response {
  controls.failures.clear();
  return json(200, { ok: true });
}
