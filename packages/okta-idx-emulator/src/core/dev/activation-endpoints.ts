import { json, readJsonObject } from '../http/json.js';
import { malformedBody, oauthError, oktaError } from '../http/okta-errors.js';
import { isActivatable } from '../idx/activation.js';
import { sendActivationEmail } from '../idx/registration.js';
import type { Services } from '../services.js';
import { tokenLink } from './token-link.js';

/**
 * POST /dev/users/<login>/activation-token `{ appUrl? }`: what an admin's "Activate" (send the activation email)
 * does for a PROVISIONED or STAGED user. It issues an activation token (accepted once at /v1/interact as
 * `activation_token`) and "emails" the link (the outbox): `{ activationToken, link }`. The link is the app's
 * `appUrl` with `?activation_token=` when given (an embedded app's email template), else Okta's `/welcome/<token>`.
 * An active user is refused with Okta's E0000016.
 */
export async function issueActivationToken(request: Request, url: URL, identifier: string, services: Services): Promise<Response> {
  // An empty body is fine (no appUrl).
  const body = await readJsonObject(request);
  if (!body) return json(400, malformedBody());
  const user = services.store.userByIdentifier(identifier);
  if (!user) return json(404, oktaError('E0000007', `Not found: Resource not found: ${identifier} (User)`));
  if (!isActivatable(user)) return json(403, oktaError('E0000016', 'Activation failed because the user is already active'));
  const token = services.store.issueActivationToken(user.id);
  const link = tokenLink(body.appUrl, 'activation_token', token, `${url.origin}/welcome/${token}`);
  if (!link) return json(400, oauthError('invalid_request', "'appUrl' must be an absolute http(s) URL such as \"http://localhost:8080/\"."));
  sendActivationEmail(services, user, link);
  return json(200, { activationToken: token, link });
}
