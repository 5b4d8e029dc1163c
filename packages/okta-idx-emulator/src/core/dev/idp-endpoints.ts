import { json, readJsonObject } from '../http/json.js';
import { malformedBody, oauthError, oktaError } from '../http/okta-errors.js';
import { findProvider, providerSignIn, transactionForProvider } from '../idx/identity-providers.js';
import { sessionExpiredDocument } from '../idx/documents.js';
import type { Services } from '../services.js';

/**
 * POST /dev/idps/<id>/choose `{ stateToken, subject? | user?, decline? }`: what the provider page's buttons do,
 * for tests that do not drive a browser. `stateToken` is the transaction's stateHandle (in the IDX answers
 * and the provider page's form; the `redirect-idp` href carries only an opaque reference); the account is named by its `subject` at the provider or by the linked emulator user
 * (`user`, an identifier); `decline: true` is the page's Cancel. Answers `{ location }`: where the provider
 * round trip sends the browser (the app's redirect URI with `interaction_code` and `state`, or
 * `error=interaction_required`, or `error=access_denied`).
 */
export async function chooseAccount(request: Request, url: URL, idpId: string, services: Services): Promise<Response> {
  const body = await readJsonObject(request);
  if (!body) return json(400, malformedBody());
  const idp = findProvider(services, idpId);
  if (!idp) return json(404, oktaError('E0000007', `Not found: Resource not found: ${idpId} (IdentityProvider)`));
  const tx = transactionForProvider(services, typeof body.stateToken === 'string' ? body.stateToken : undefined);
  if (!tx) return json(401, sessionExpiredDocument());
  let subject: string | undefined;
  if (body.decline !== true) {
    const named = typeof body.user === 'string' ? body.user.trim().toLowerCase() : undefined;
    subject = typeof body.subject === 'string' ? body.subject : idp.users.find((u) => u.user.trim().toLowerCase() === named)?.subject;
    if (subject === undefined || !idp.users.some((u) => u.subject === subject)) {
      return json(400, oauthError('invalid_request', `No account of ${idp.name} matches; send 'subject' or 'user' of one of: ${idp.users.map((u) => u.user).join(', ')}.`));
    }
  }
  const outcome = await providerSignIn(services, url.origin, tx, idp, subject);
  if (outcome.kind !== 'redirect') return json(400, oauthError('invalid_request', 'Unknown account.'));
  return json(200, { location: outcome.location });
}
