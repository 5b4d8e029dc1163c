import * as dev from '../dev/controls.js';
import * as devMfa from '../dev/mfa-endpoints.js';
import * as devRecovery from '../dev/recovery-endpoints.js';
import * as devLockout from '../dev/lockout-endpoints.js';
import * as devActivation from '../dev/activation-endpoints.js';
import * as devConsent from '../dev/consent-endpoints.js';
import * as devIdps from '../dev/idp-endpoints.js';
import * as devAuthenticatorReset from '../dev/authenticator-reset.js';
import { answerProvider, showProvider, showProviderByReference } from './idp-page.js';
import { introspect, remediate } from '../idx/endpoints.js';
import { empty, json } from './json.js';
import { discovery, keys, unknownAuthorizationServer } from '../oauth/discovery.js';
import { interact } from '../oauth/interact.js';
import { methodNotAllowed, notFound } from './okta-errors.js';
import { IDX_PATHS } from '../idx/remediations.js';
import type { AuthorizationServer } from '../oauth/issuer.js';
import type { Services } from '../services.js';
import { logout, sessionMe, userinfo } from '../oauth/session-endpoints.js';
import { token } from '../oauth/token-endpoint.js';
import { introspect as introspectToken, revoke } from '../oauth/token-state.js';

type Handler = (request: Request, url: URL) => Promise<Response> | Response;
type Method = 'GET' | 'POST' | 'DELETE';
type Routes = Record<string, Partial<Record<Method, Handler>>>;

/**
 * The OAuth endpoints of one authorization server: the org server's under `/oauth2/v1/` with its discovery
 * at the origin's `/.well-known/`, a custom server's under `/oauth2/{id}/`.
 */
function authorizationServerRoutes(server: AuthorizationServer, services: Services): Routes {
  const base = `${server.basePath}/v1`;
  const wellKnownBase = server.issuerPath;
  const wellKnown = { GET: (_: Request, url: URL) => discovery(url, server) };
  const userinfoHandler = (request: Request, url: URL) => userinfo(request, url, services, server);
  // Only a redirect-idp href (request_uri=urn:okta:…) is served; every other request keeps the 404 (idp-page.ts).
  const authorize = (request: Request, url: URL) => showProviderByReference(request, url, server, services);
  return {
    [`${wellKnownBase}/.well-known/openid-configuration`]: wellKnown,
    [`${wellKnownBase}/.well-known/oauth-authorization-server`]: wellKnown,
    [`${base}/interact`]: { POST: (request, url) => interact(request, url, services, server) },
    [`${base}/token`]: { POST: (request, url) => token(request, url, services, server) },
    [`${base}/keys`]: { GET: () => keys(server) },
    [`${base}/authorize`]: { GET: authorize, POST: authorize, DELETE: authorize },
    [`${base}/userinfo`]: { GET: userinfoHandler, POST: userinfoHandler },
    [`${base}/revoke`]: { POST: (request, url) => revoke(request, url, services, server) },
    [`${base}/introspect`]: { POST: (request, url) => introspectToken(request, url, services, server) },
    [`${base}/logout`]: { GET: (_, url) => logout(url, services, server) },
  };
}

export function createRoutes(services: Services, controls: dev.DevControls): Routes {
  const idxPost = { POST: (request: Request, url: URL) => remediate(request, url, services) };
  return {
    ...Object.assign({}, ...services.authorizationServers.all.map((server) => authorizationServerRoutes(server, services))),
    '/api/v1/sessions/me': { GET: sessionMe, DELETE: sessionMe },
    [IDX_PATHS.introspect]: { POST: (request, url) => introspect(request, url, services) },
    [IDX_PATHS.identify]: idxPost,
    [IDX_PATHS.challengeAnswer]: idxPost,
    [IDX_PATHS.challenge]: idxPost,
    [IDX_PATHS.credentialEnroll]: idxPost,
    [IDX_PATHS.cancel]: idxPost,
    [IDX_PATHS.recover]: idxPost,
    [IDX_PATHS.unlockAccount]: idxPost,
    [IDX_PATHS.challengeResend]: idxPost,
    [IDX_PATHS.challengePoll]: idxPost,
    [IDX_PATHS.skip]: idxPost,
    [IDX_PATHS.enroll]: idxPost,
    [IDX_PATHS.enrollNew]: idxPost,
    [IDX_PATHS.identifySelect]: idxPost,
    [IDX_PATHS.consent]: idxPost,
    [IDX_PATHS.keepMeSignedIn]: idxPost,
    '/dev/health': { GET: dev.health },
    '/dev/reset': { POST: () => dev.reset(controls) },
    '/dev/transactions/expire': { POST: () => dev.expire(controls) },
    '/dev/fail-next': { POST: (request) => dev.failNext(request, controls) },
    '/dev/outbox': { GET: (_, url) => devMfa.outbox(url, services) },
    '/dev/outbox/latest': { GET: (_, url) => devMfa.outboxLatest(url, services) },
    '/dev/push/pending': { GET: (_, url) => devMfa.pendingPushes(url, services) },
    '/dev/push/approve': { POST: (request) => devMfa.answerPush(request, services, true) },
    '/dev/push/deny': { POST: (request) => devMfa.answerPush(request, services, false) },
    '/dev/okta-verify/activate': { POST: (request) => devMfa.activateOktaVerifyEndpoint(request, services) },
  };
}

type PatternHandler = (request: Request, url: URL, match: string[]) => Promise<Response> | Response;

/** Routes with a path parameter (matched after the exact ones). */
export function createPatternRoutes(services: Services): [RegExp, Partial<Record<Method, PatternHandler>>][] {
  // Under /oauth2/{id}/ with an id that is no authorization server: Okta's 404 names the missing server.
  const unknownServer = (request: Request, url: URL, m: string[]) => {
    let id = m[1];
    try {
      id = decodeURIComponent(id);
    } catch {
      // kept as written
    }
    return id === 'v1' || services.authorizationServers.byId(id)
      ? json(404, notFound(url.pathname, request.method))
      : unknownAuthorizationServer(id);
  };
  const anyMethod = { GET: unknownServer, POST: unknownServer, DELETE: unknownServer };
  return [
    [/^\/oauth2\/([^/]+)(?:\/.*)?$/, anyMethod],
    [/^\/dev\/magic-link\/([A-Za-z0-9_-]+)$/, { GET: (_, __, m) => devMfa.magicLink(m[1], services) }],
    [/^\/dev\/users\/([^/]+)\/totp$/, { GET: (_, __, m) => devMfa.totpSecrets(decodeURIComponent(m[1]), services) }],
    [/^\/sso\/idps\/([A-Za-z0-9_-]+)$/, {
      GET: (_, url, m) => showProvider(url, m[1], services),
      POST: (request, url, m) => answerProvider(request, url, m[1], services),
    }],
    [/^\/dev\/idps\/([A-Za-z0-9_-]+)\/choose$/, { POST: (request, url, m) => devIdps.chooseAccount(request, url, m[1], services) }],
    [/^\/dev\/users\/([^/]+)\/authenticators\/([a-z_]+)\/reset$/, {
      POST: (_, __, m) => devAuthenticatorReset.resetAuthenticator(decodeURIComponent(m[1]), m[2], services),
    }],
    [/^\/dev\/users\/([^/]+)\/(lock|unlock)$/, { POST: (_, __, m) => devLockout.setLockout(decodeURIComponent(m[1]), m[2] === 'lock', services) }],
    [/^\/dev\/users\/([^/]+)\/grants$/, {
      GET: (_, url, m) => devConsent.grants('GET', url, decodeURIComponent(m[1]), services),
      DELETE: (_, url, m) => devConsent.grants('DELETE', url, decodeURIComponent(m[1]), services),
    }],
    [/^\/dev\/users\/([^/]+)\/sessions$/, { GET: (_, __, m) => devConsent.sessions(decodeURIComponent(m[1]), services) }],
    [/^\/dev\/users\/([^/]+)\/activation-token$/, { POST: (request, url, m) => devActivation.issueActivationToken(request, url, decodeURIComponent(m[1]), services) }],
    [/^\/dev\/users\/([^/]+)\/recovery-token$/, { POST: (request, url, m) => devRecovery.issueRecoveryToken(request, url, decodeURIComponent(m[1]), services) }],
  ];
}

export async function dispatch(
  routes: Routes,
  controls: dev.DevControls,
  request: Request,
  url: URL,
  patterns: ReturnType<typeof createPatternRoutes> = [],
): Promise<Response> {
  let route: Partial<Record<Method, Handler>> | undefined = Object.hasOwn(routes, url.pathname) ? routes[url.pathname] : undefined;
  if (!route) {
    for (const [regex, handlers] of patterns) {
      const match = regex.exec(url.pathname);
      if (!match) continue;
      route = Object.fromEntries(
        Object.entries(handlers).map(([method, h]) => [method, (req: Request, u: URL) => h(req, u, [...match])]),
      ) as Partial<Record<Method, Handler>>;
      break;
    }
  }
  if (!url.pathname.startsWith('/dev/')) {
    const injected = controls.failures.take();
    if (injected) return injected;
  }
  if (!route) return json(404, notFound(url.pathname, request.method));
  const method = request.method === 'HEAD' ? 'GET' : request.method;
  const handler = route[method as Method];
  if (!handler) {
    return json(405, methodNotAllowed(), { Allow: [...Object.keys(route), 'OPTIONS'].join(', ') });
  }
  const response = await handler(request, url);
  return request.method === 'HEAD' ? empty(response.status, Object.fromEntries(response.headers)) : response;
}
