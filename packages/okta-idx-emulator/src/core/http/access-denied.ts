import { ION_JSON_TYPE, isIdxPath, json } from './json.js';
import { accessDenied, oauthError } from './okta-errors.js';

/** The IDX document Okta answers when a policy denies the request (`security.access_denied`, HTTP 403). */
export const idxAccessDenied = () => ({
  version: '1.0.0',
  messages: {
    type: 'array',
    value: [
      {
        message: 'You do not have permission to perform the requested action.',
        i18n: { key: 'security.access_denied' },
        class: 'ERROR',
      },
    ],
  },
});

/**
 * A 403 "access denied" in the shape each kind of endpoint uses: an IDX document (ion+json) on
 * `/idp/idx/*`, an OAuth error on `/oauth2/*`, and Okta's `E0000006` API error elsewhere.
 */
export function accessDeniedFor(pathname: string): Response {
  if (isIdxPath(pathname)) return json(403, idxAccessDenied(), { 'Content-Type': ION_JSON_TYPE });
  if (pathname.startsWith('/oauth2/')) {
    return json(403, oauthError('access_denied', 'The resource owner or authorization server denied the request.'));
  }
  return json(403, accessDenied());
}
