import type { OktaErrorCode, OktaErrorDetail } from '../events/okta-error.js';

interface SdkError {
  name?: string;
  message?: string;
  errorCode?: string;
  errorSummary?: string;
  xhr?: { status?: number };
}

const CONFIG_OAUTH_ERRORS = new Set(['invalid_client', 'unauthorized_client', 'invalid_request', 'invalid_scope', 'access_denied']);

function detail(code: OktaErrorCode, message: string, cause: unknown): OktaErrorDetail {
  return { code, message, cause };
}

/**
 * When fetch fails without a status, the browser hides whether the server is down or refused CORS.
 * A `no-cors` request still succeeds (with an opaque answer) when the server is up, which tells them apart.
 */
async function serverAnswers(issuer: string | undefined): Promise<boolean> {
  if (!issuer) return false;
  try {
    await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`, {
      mode: 'no-cors',
      cache: 'no-store',
      credentials: 'omit',
      signal: AbortSignal.timeout(5000),
    });
    return true;
  } catch {
    return false;
  }
}

/** Turns whatever okta-auth-js threw into a stable code and a sentence for people. */
export async function classifyError(error: unknown, issuer: string | undefined): Promise<OktaErrorDetail> {
  const err = (error ?? {}) as SdkError;
  const status = err.xhr?.status;
  const summary = err.errorSummary ?? err.message ?? '';

  if (err.name === 'OAuthError') {
    if (err.errorCode && CONFIG_OAUTH_ERRORS.has(err.errorCode)) {
      return detail('config-error', `The Okta org refused this app's settings: ${summary}`, error);
    }
    return detail('token-error', `Sign-in could not be completed: ${summary}`, error);
  }
  if (err.name === 'SyntaxError') {
    // An HTML error page from a proxy or gateway where JSON was expected.
    return detail('server-error', 'The sign-in service answered with something unreadable. Try again in a moment.', error);
  }
  if (status === 429) {
    return detail('rate-limited', 'Too many requests. Wait a moment, then try again.', error);
  }
  if (status !== undefined && status >= 500) {
    return detail('server-error', 'The sign-in service had a problem. Try again in a moment.', error);
  }
  if (err.name === 'AuthApiError' && status === undefined) {
    if (await serverAnswers(issuer)) {
      return detail(
        'cors-error',
        `The sign-in service at ${new URL(issuer as string).origin} refused this page's origin (${location.origin}). ` +
          'In the Okta Admin Console, add it under Security › API › Trusted Origins with CORS enabled.',
        error,
      );
    }
    return detail('network-error', 'The sign-in service cannot be reached. Check your connection, then try again.', error);
  }
  if (err.name === 'AuthSdkError' && /token|signature|hash|claim|issuer|audience|expired/i.test(summary)) {
    return detail('token-error', `The tokens could not be verified: ${summary}`, error);
  }
  if (err.name === 'AuthSdkError' && /PKCE|secure context|crypto/i.test(summary)) {
    return detail('config-error', `${summary}. Serve the page over https or from localhost.`, error);
  }
  return detail('unknown-error', summary ? `Sign-in failed: ${summary}` : 'Sign-in failed for an unknown reason.', error);
}

export function expiredTransaction(): OktaErrorDetail {
  return {
    code: 'transaction-expired',
    message: 'Your sign-in session expired. Start over to sign in.',
  };
}

export function unusableAnswer(body: unknown): OktaErrorDetail {
  const { errorSummary: summary, errorCode } = (body ?? {}) as { errorSummary?: string; errorCode?: string };
  if (errorCode === 'E0000047' || summary === 'Too many requests') {
    return { code: 'rate-limited', message: 'Too many requests. Wait a moment, then try again.', cause: body };
  }
  return {
    code: 'server-error',
    message: `The sign-in service could not complete the request${summary ? ` (${summary})` : ''}. Try again.`,
    cause: body,
  };
}
