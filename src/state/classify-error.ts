import type { OktaErrorCode, OktaErrorDetail } from '../events/okta-error.js';
import type { Localizer } from '../i18n/localize.js';
import type { RawIdxResponse } from './raw-idx.js';
import { toMessages } from './idx-to-state.js';

/** The fields of okta-auth-js's errors (AuthApiError, OAuthError, AuthSdkError) that tell them apart. */
interface SdkError {
  name?: string;
  message?: string;
  errorCode?: string;
  errorSummary?: string;
  xhr?: { status?: number; headers?: unknown; responseText?: unknown };
  resp?: { status?: number; headers?: unknown };
}

/** What the flow layer found out around a failure, for the parts the error itself cannot tell. */
export interface FailureContext {
  /**
   * Whether the issuer answered a `no-cors` request: asked only when {@link needsReachabilityProbe}
   * says so. A fetch that fails without a status hides whether the server is down or refused CORS.
   */
  readonly serverAnswers?: boolean;
  /** The issuer's origin, such as `https://example.okta.com`. */
  readonly issuerOrigin?: string;
  /** This page's origin, the one to add as a Trusted Origin. */
  readonly pageOrigin?: string;
}

const SESSION_EXPIRED = 'idx.session.expired';
/**
 * Okta's IDX answers to too many sends (an email: `tooManyRequests`; a text or call: `errors.E0000150`), where
 * it sends an IDX document rather than its `E0000047` API error: the step stands, the person waits.
 */
const TOO_MANY = ['tooManyRequests', 'errors.E0000150'];

const CONFIG_OAUTH_ERRORS = new Set(['invalid_client', 'unauthorized_client', 'invalid_request', 'invalid_scope', 'access_denied']);

const asSdkError = (error: unknown) => (error !== null && typeof error === 'object' ? error : {}) as SdkError;

const statusOf = (err: SdkError) => err.xhr?.status ?? err.resp?.status;

function detail(code: OktaErrorCode, message: string, cause: unknown): OktaErrorDetail {
  return { code, message, cause };
}

/** A request that got no answer at all (no status), where only a probe can say whether CORS refused it. */
export function needsReachabilityProbe(error: unknown): boolean {
  const err = asSdkError(error);
  return err.name === 'AuthApiError' && statusOf(err) === undefined;
}

/** The response headers okta-auth-js keeps on a failed request (for `Retry-After`), when it kept them. */
export function errorHeaders(error: unknown): unknown {
  const err = asSdkError(error);
  return err.xhr?.headers ?? err.resp?.headers;
}

const isIdxDocument = (body: unknown): body is RawIdxResponse =>
  body !== null && typeof body === 'object' && typeof (body as { version?: unknown }).version === 'string';

/**
 * The IDX document inside a failed request, when okta-auth-js threw instead of reading it. It reads an
 * error body only when it is served as `application/json`; Okta serves IDX as `application/ion+json`, so
 * `idx.start()` (and a resume) throws an AuthApiError with an empty message, the status in `xhr.status`
 * and the document only in `xhr.responseText`.
 */
export function idxBodyOf(error: unknown): RawIdxResponse | undefined {
  let body: unknown;
  try {
    // okta-auth-js keeps the text of every answer (the JSON it did read is in `responseJSON` too).
    body = JSON.parse(asSdkError(error).xhr?.responseText as string);
  } catch {
    // No text, or not JSON (an HTML error page): no IDX document.
  }
  return isIdxDocument(body) ? body : undefined;
}

/**
 * An IDX document that offers nothing more to send: no remediation (okta-auth-js calls it TERMINAL). The
 * last answer of a sign-in has none either, but okta-auth-js turns that one into SUCCESS first.
 */
export function isTerminalDocument(raw: RawIdxResponse): boolean {
  return !raw.remediation?.value?.length;
}

/**
 * What a terminal IDX document means for the app, whether okta-auth-js returned it as a TERMINAL
 * transaction or threw with it: the transaction expired (or is unknown), the server asks to wait, or it
 * refused the sign-in with an error (a policy's `security.access_denied`, a user not assigned to the app,
 * locked out or suspended: the message is the server's). Undefined for a terminal without an error (such
 * as "recovery completed"), which is not a failure.
 */
export function terminalOutcome(raw: RawIdxResponse, i18n: Localizer, cause?: unknown): OktaErrorDetail | undefined {
  const messages = toMessages(raw.messages);
  const withKey = (keys: readonly string[]) => messages.find((m) => m.key !== undefined && keys.includes(m.key));
  const why = cause ?? raw;
  if (withKey([SESSION_EXPIRED])) return detail('transaction-expired', i18n.t('error.transactionExpired'), why);
  const wait = withKey(TOO_MANY);
  if (wait) return detail('rate-limited', i18n.server(wait), why);
  const refusal = messages.find((m) => m.level === 'error');
  return refusal ? detail('access-denied', i18n.server(refusal), why) : undefined;
}

/**
 * Turns whatever okta-auth-js threw into a stable code and a sentence for people, in the localizer's
 * language. Pure: what needs the network (is the server there at all?) is found out by the caller.
 */
export function classifyError(error: unknown, i18n: Localizer, context: FailureContext = {}): OktaErrorDetail {
  const err = asSdkError(error);
  const status = statusOf(err);
  const summary = err.errorSummary ?? err.message ?? '';

  if (err.name === 'TimeoutError') return timedOut(i18n, error);
  const body = idxBodyOf(error);
  const outcome = body && isTerminalDocument(body) ? terminalOutcome(body, i18n, error) : undefined;
  if (outcome) return outcome;
  if (err.name === 'OAuthError') {
    // A reset link used twice or too late: Okta refuses its recovery token at /interact (`invalid_request`).
    if (/recovery token/i.test(summary)) return detail('access-denied', i18n.t('error.recoveryTokenInvalid'), error);
    // An invitation link used twice, or for an account already active: the same refusal of its activation token.
    if (/activation token/i.test(summary)) return detail('access-denied', i18n.t('error.activationTokenInvalid'), error);
    if (err.errorCode && CONFIG_OAUTH_ERRORS.has(err.errorCode)) {
      return detail('config-error', i18n.t('error.configRefused', { summary }), error);
    }
    return detail('token-error', i18n.t('error.tokenExchange', { summary }), error);
  }
  if (err.name === 'SyntaxError') {
    // An HTML error page from a proxy or gateway where JSON was expected.
    return detail('server-error', i18n.t('error.unreadable'), error);
  }
  if (status === 429) return detail('rate-limited', i18n.t('error.rateLimited'), error);
  if (status !== undefined && status >= 500) return detail('server-error', i18n.t('error.server'), error);
  // A 403 whose body okta-auth-js could not read: Okta's access-denied answer (a policy refused the sign-in).
  if (status === 403) return detail('access-denied', i18n.t('error.accessDenied'), error);
  if (err.name === 'AuthApiError' && status === undefined) {
    if (context.serverAnswers && context.issuerOrigin) {
      const params = { issuerOrigin: context.issuerOrigin, pageOrigin: context.pageOrigin ?? '' };
      return detail('cors-error', i18n.t('error.cors', params), error);
    }
    return detail('network-error', i18n.t('error.network'), error);
  }
  if (err.name === 'AuthSdkError' && /token|signature|hash|claim|issuer|audience|expired/i.test(summary)) {
    return detail('token-error', i18n.t('error.tokenInvalid', { summary }), error);
  }
  if (err.name === 'AuthSdkError' && /PKCE|secure context|crypto/i.test(summary)) {
    return detail('config-error', i18n.t('error.insecureContext', { summary }), error);
  }
  return detail('unknown-error', summary ? i18n.t('error.unknownWithSummary', { summary }) : i18n.t('error.unknown'), error);
}

/** A request that got no answer before the flow's `request-timeout`. */
export function timedOut(i18n: Localizer, cause?: unknown): OktaErrorDetail {
  return { code: 'timeout', message: i18n.t('error.timeout'), ...(cause === undefined ? {} : { cause }) };
}

export function expiredTransaction(i18n: Localizer): OktaErrorDetail {
  return { code: 'transaction-expired', message: i18n.t('error.transactionExpired') };
}

/** An IDX request that answered with a body that is not IDX (an HTTP 5xx or 429 from a gateway, say). */
export function unusableAnswer(body: unknown, i18n: Localizer): OktaErrorDetail {
  const { errorSummary, errorCode } = (body ?? {}) as { errorSummary?: unknown; errorCode?: unknown };
  const summary = typeof errorSummary === 'string' ? errorSummary : '';
  if (errorCode === 'E0000047' || summary === 'Too many requests') {
    return { code: 'rate-limited', message: i18n.t('error.rateLimited'), cause: body };
  }
  return {
    code: 'server-error',
    message: summary ? i18n.t('error.unusableWithSummary', { summary }) : i18n.t('error.unusable'),
    cause: body,
  };
}

/** Sign-in reached its end, but the app's OktaAuth does not exchange the code for tokens. */
export function noTokensIssued(i18n: Localizer): OktaErrorDetail {
  return { code: 'config-error', message: i18n.t('error.noTokens') };
}

/** Neither `issuer` and `client-id` nor `authClient` is set. */
export function notConfigured(i18n: Localizer): OktaErrorDetail {
  return { code: 'config-error', message: i18n.t('error.notConfigured') };
}

/**
 * A failure after which okta-auth-js no longer holds the transaction (a failed token exchange clears
 * it): same code, and a sentence that says the next attempt starts again.
 */
export function transactionLost(failure: OktaErrorDetail, i18n: Localizer): OktaErrorDetail {
  return { ...failure, message: i18n.t('error.transactionLost', { reason: failure.message }) };
}

/** While a `Retry-After` runs: the sentence with the seconds left. */
export function rateLimitedFor(retryAfter: number, now: number, i18n: Localizer): string {
  return i18n.t('error.rateLimitedFor', { count: Math.max(1, Math.ceil((retryAfter - now) / 1000)) });
}
