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

/** RFC 6749 error body, which auth-js turns into an `OAuthError`. */
export interface OAuthErrorBody {
  error: string;
  error_description: string;
}

export const oauthError = (error: string, description: string): OAuthErrorBody => ({
  error,
  error_description: description,
});
