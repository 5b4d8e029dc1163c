/** How long a request may take, by default, before the person is told and may try again. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/** `request-timeout` as given (a number of ms, or anything else) made usable: the default unless > 0. */
export function requestTimeoutMs(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : DEFAULT_REQUEST_TIMEOUT_MS;
}

/** What a request rejects with when it got no answer in time; named like the platform's own timeout. */
export class RequestTimeoutError extends Error {
  override readonly name = 'TimeoutError';

  constructor(readonly timeoutMs: number) {
    super(`No answer within ${timeoutMs} ms`);
  }
}

export interface TimedRequest<T> {
  /** Settles with the answer, or rejects with a RequestTimeoutError once the time is up. */
  readonly promise: Promise<T>;
  /** Forgets the deadline (the request was abandoned for another reason). */
  cancel(): void;
}

/**
 * Races an answer against a deadline. At the deadline the promise rejects first, then `onTimeout`
 * runs (to abort the fetch, where it can be aborted); a late answer, or its failure, is ignored.
 */
export function withTimeout<T>(answer: Promise<T>, timeoutMs: number, onTimeout: () => void): TimedRequest<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      timer = undefined;
      reject(new RequestTimeoutError(timeoutMs));
      onTimeout();
    }, timeoutMs);
  });
  // A failure after the deadline has no one left to hear it.
  answer.catch(() => undefined);
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  return { promise: Promise.race([answer, deadline]).finally(cancel), cancel };
}
