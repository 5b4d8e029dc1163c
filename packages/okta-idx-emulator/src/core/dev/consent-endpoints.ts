import { json } from '../http/json.js';
import { oktaError } from '../http/okta-errors.js';
import type { Services } from '../services.js';

const userNotFound = (identifier: string) => json(404, oktaError('E0000007', `Not found: Resource not found: ${identifier} (User)`));

/**
 * GET /dev/users/<login>/grants: the scopes the user consented to, per app and authorization server (Okta's
 * user grants), as `{ identifier, grants: [{ clientId, issuer, scopes }] }` (`issuer` is the issuer's path,
 * "/oauth2/default"). DELETE revokes them (all, or one app's with `?clientId=`), as an admin's or the user's
 * "revoke" does, so the next sign-in asks again: `{ identifier, revoked }` (how many grants went).
 */
export function grants(method: 'GET' | 'DELETE', url: URL, identifier: string, services: Services): Response {
  const user = services.store.userByIdentifier(identifier);
  if (!user) return userNotFound(identifier);
  const clientId = url.searchParams.get('clientId');
  const mine = [...services.store.consentGrants].filter(([key]) => {
    const [userId, client] = key.split(' ');
    return userId === user.id && (method === 'GET' || clientId === null || client === clientId);
  });
  if (method === 'DELETE') {
    for (const [key] of mine) services.store.consentGrants.delete(key);
    return json(200, { identifier: user.identifier, revoked: mine.length });
  }
  const list = mine.map(([key, scopes]) => {
    const [, client, issuer] = key.split(' ');
    return { clientId: client, issuer, scopes: [...scopes] };
  });
  return json(200, { identifier: user.identifier, grants: list });
}

/**
 * GET /dev/users/<login>/sessions: the Okta sessions the user's completed sign-ins would have started, oldest
 * first, with the "Stay signed in" choice: `{ identifier, sessions: [{ clientId, createdAt, keepMeSignedIn, chosenAt }] }`
 * (`chosenAt`: "identify" for the identify form's rememberMe, "keep-me-signed-in" for the post-auth prompt,
 * "not-offered"). The emulator sets no session cookie, so this is where the choice can be seen.
 */
export function sessions(identifier: string, services: Services): Response {
  const user = services.store.userByIdentifier(identifier);
  if (!user) return userNotFound(identifier);
  const list = services.store.sessions
    .filter((s) => s.userId === user.id)
    .map((s) => ({ clientId: s.clientId, createdAt: new Date(s.createdAt).toISOString(), keepMeSignedIn: s.keepMeSignedIn, chosenAt: s.chosenAt }));
  return json(200, { identifier: user.identifier, sessions: list });
}
