/**
 * Stable codes an app can switch on. The message is for people; the code is for code.
 * - `network-error`: the server could not be reached.
 * - `timeout`: the server did not answer within `<okta-flow>`'s `request-timeout`; the person can try again.
 * - `cors-error`: the server answered, but the browser refused the answer: the page's origin is not a
 *   Trusted Origin with CORS enabled in the Okta org (the most common set-up mistake).
 * - `transaction-expired`: the sign-in transaction timed out or is unknown to the server (`idx.session.expired`,
 *   whether okta-auth-js answered with a terminal transaction or threw); the way on is "Start over".
 * - `access-denied`: the org refused this sign-in and nothing more can be sent in it: a policy denied access
 *   (`security.access_denied`, HTTP 403), or the user may not use this app (not assigned to it, locked out,
 *   suspended). The message is the server's; the way on is "Back to sign in".
 * - `server-error`: the server failed (HTTP 5xx) or answered with something unusable.
 * - `rate-limited`: too many requests (HTTP 429); with `Retry-After`, the flow counts down and refuses
 *   to send until then.
 * - `config-error`: the org refused the app's configuration (unknown client, redirect URI, scopes).
 * - `token-error`: the interaction code could not be exchanged, or the tokens failed validation.
 * - `unknown-error`: anything else; the message says what was seen.
 */
export type OktaErrorCode =
  | 'network-error'
  | 'timeout'
  | 'cors-error'
  | 'transaction-expired'
  | 'access-denied'
  | 'server-error'
  | 'rate-limited'
  | 'config-error'
  | 'token-error'
  | 'unknown-error';

/** What `okta-error` carries. */
export interface OktaErrorDetail {
  readonly code: OktaErrorCode;
  /** A sentence a person can read; shown in the UI as text. */
  readonly message: string;
  /** The underlying error, for logging by the app. Never contains tokens. */
  readonly cause?: unknown;
}

/** Fired by `<okta-flow>` when sign-in cannot go on without help: see `code`. */
export class OktaErrorEvent extends Event {
  static readonly eventName = 'okta-error';
  readonly code: OktaErrorCode;
  readonly message: string;
  readonly cause: unknown;

  constructor(detail: OktaErrorDetail) {
    super(OktaErrorEvent.eventName, { bubbles: true, composed: true });
    this.code = detail.code;
    this.message = detail.message;
    this.cause = detail.cause;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'okta-error': OktaErrorEvent;
  }
}
