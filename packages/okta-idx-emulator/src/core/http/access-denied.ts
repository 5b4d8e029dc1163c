import { ION_JSON_TYPE, isIdxPath, json } from './json.js';
import { accessDenied, oauthError } from './okta-errors.js';
import { accessDeniedDocument } from '../idx/documents.js';

/**
 * A 403 "access denied" in the shape each kind of endpoint uses: an IDX document (ion+json) on
 * `/idp/idx/*`, an OAuth error on `/oauth2/*`, and Okta's `E0000006` API error elsewhere.
 */
export function accessDeniedFor(pathname: string): Response {
  if (isIdxPath(pathname)) return json(403, accessDeniedDocument(), { 'Content-Type': ION_JSON_TYPE });
  if (pathname.startsWith('/oauth2/')) {
    return json(403, oauthError('access_denied', 'The resource owner or authorization server denied the request.'));
  }
  return json(403, accessDenied());
}
