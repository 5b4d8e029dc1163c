import { errorId } from '../model/ids.js';

/** Okta's management-API error body, used outside IDX documents (CORS, 404, 500, malformed bodies). */
export interface OktaApiError {
  errorCode: string;
  errorSummary: string;
  errorLink: string;
  errorId: string;
  errorCauses: { errorSummary: string }[];
}

export const oktaError = (code: string, summary: string): OktaApiError => ({
  errorCode: code,
  errorSummary: summary,
  errorLink: code,
  errorId: errorId(),
  errorCauses: [],
});

export const accessDenied = () => oktaError('E0000006', 'You do not have permission to perform the requested action');
export const internalServerError = () => oktaError('E0000009', 'Internal Server Error');
export const malformedBody = () => oktaError('E0000003', 'The request body was not well-formed.');
export const notFound = (path: string, method: string) =>
  oktaError('E0000007', `Not found: Resource not found: ${path} (${method})`);
export const methodNotAllowed = () => oktaError('E0000022', 'The endpoint does not support the provided HTTP method');
/** Okta's org rate limit answer (HTTP 429): a plain API error even on IDX endpoints, never an IDX document. */
export const rateLimitExceeded = () => oktaError('E0000047', 'API call exceeded rate limit due to too many requests.');
/** A path whose percent-encoding does not decode (`%E0%A4%A`): the client's mistake, so 400, never 500. */
export const malformedPath = () => oktaError('E0000003', 'The request was not well-formed: the path has an invalid percent-encoding.');

/**
 * A `Host` the emulator does not answer to (DNS rebinding protection). Okta has no such error (it serves
 * only its own names); E0000001 "Api validation failed" with the reason as the cause is the nearest shape.
 */
export const hostNotAllowed = (host: string) => ({
  ...oktaError('E0000001', 'Api validation failed: Host'),
  errorCauses: [
    {
      errorSummary:
        `This emulator does not answer to the host name "${host}": only localhost, 127.0.0.1, [::1] and the names in ` +
        'the `allowedHosts` setting (or the --allowed-host option) are served, so a DNS-rebinding page cannot reach it.',
    },
  ],
});

/** RFC 6749 error body, which auth-js turns into an `OAuthError`. */
export interface OAuthErrorBody {
  error: string;
  error_description: string;
}

export const oauthError = (error: string, description: string): OAuthErrorBody => ({
  error,
  error_description: description,
});
