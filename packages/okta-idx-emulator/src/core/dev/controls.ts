import { json, readJsonObject } from '../http/json.js';
import { internalServerError, malformedBody, oauthError } from '../http/okta-errors.js';

/** Armed by POST /dev/fail-next; the next ordinary request answers with Okta's 5xx body. */
export class FailureInjector {
  private pending: number | undefined;

  arm(status: number): void {
    this.pending = status;
  }

  clear(): void {
    this.pending = undefined;
  }

  /** The injected failure for this request, if one is armed (it fires once). */
  take(): Response | undefined {
    const status = this.pending;
    if (status === undefined) return undefined;
    this.pending = undefined;
    return json(status, internalServerError());
  }
}

export interface DevControls {
  reset(): void;
  expireTransactions(): number;
  failures: FailureInjector;
}

export const health = () => json(200, { ok: true });

export function reset(controls: DevControls): Response {
  controls.reset();
  return json(200, { ok: true });
}

export function expire(controls: DevControls): Response {
  return json(200, { ok: true, expired: controls.expireTransactions() });
}

export async function failNext(request: Request, controls: DevControls): Promise<Response> {
  const body = await readJsonObject(request);
  if (!body) return json(400, malformedBody());
  const status = body.status ?? 500;
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 500 || status > 599) {
    return json(400, oauthError('invalid_request', "'status' must be an HTTP 5xx status such as 500 or 503."));
  }
  controls.failures.arm(status);
  return json(200, { ok: true, status });
}
