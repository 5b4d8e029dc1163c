import { json, readJsonObject } from '../http/json.js';
import { malformedBody, oauthError, oktaError } from '../http/okta-errors.js';
import type { Services } from '../services.js';
import { tokenLink } from './token-link.js';

/**
 * POST /dev/users/<login>/recovery-token `{ appUrl? }`: what an admin's "Reset password" does. It issues a
 * recovery token (accepted once at /v1/interact as `recovery_token`, starting at reset-authenticator) and
 * "emails" the link to the user (the outbox): `{ recoveryToken, link }`. The link is the app's `appUrl` with
 * `?recovery_token=` when given (as an embedded app's email template would), else Okta's hosted reset path.
 */
export async function issueRecoveryToken(request: Request, url: URL, identifier: string, services: Services): Promise<Response> {
  // An empty body is fine (no appUrl).
  const body = await readJsonObject(request);
  if (!body) return json(400, malformedBody());
  const user = services.store.userByIdentifier(identifier);
  if (!user) return json(404, oktaError('E0000007', `Not found: Resource not found: ${identifier} (User)`));
  if (!services.config.passwordRecovery) {
    return json(400, oauthError('invalid_request', 'Password recovery is off in this configuration ("passwordRecovery": false).'));
  }
  const token = services.store.issueRecoveryToken(user.id);
  const link = tokenLink(body.appUrl, 'recovery_token', token, `${url.origin}/signin/reset-password/${token}`);
  if (!link) return json(400, oauthError('invalid_request', "'appUrl' must be an absolute http(s) URL such as \"http://localhost:8080/\"."));
  const to = user.profile.email ?? user.identifier;
  services.outbox.send({
    channel: 'email',
    to,
    identifier: user.identifier,
    code: null,
    magicLink: link,
    text: `Reset your password: ${link}`,
  });
  return json(200, { recoveryToken: token, link });
}
