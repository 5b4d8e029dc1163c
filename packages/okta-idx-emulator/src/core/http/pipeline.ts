/**
 * What happens to every request around the router, in order: the Host check (DNS rebinding), malformed
 * requests (bad percent-encoding, methods nobody serves), CORS, the rate limit, the route (with any
 * injected failure), the messages' language (`Accept-Language`), then the headers Okta adds: ion+json on IDX answers, `X-Okta-Request-Id` and
 * `X-Rate-Limit-*` (none of these on `/dev`, which is the emulator's own API, not Okta's).
 */
import { decideCors, forbiddenOrigin, preflight, withCorsHeaders } from './cors.js';
import { isAllowedHost } from './host-check.js';
import { asIonJson, isIdxPath, json } from './json.js';
import { hostNotAllowed, internalServerError, malformedPath, methodNotAllowed } from './okta-errors.js';
import { oktaRequestId } from './request-id.js';
import { endpointBucket, rateLimitHeaders, tooManyRequests, type RateLimiter, type RateLimitState } from './rate-limits.js';
import { createPatternRoutes, createRoutes, dispatch } from './router.js';
import * as dev from '../dev/controls.js';
import { localizeResponse } from '../i18n/localize.js';
import type { ResolvedConfig } from '../model/config.js';

/** Methods some route serves; anything else (PUT, PATCH, PROPFIND, …) is refused with 405 before routing. */
export const SERVED_METHODS = ['GET', 'HEAD', 'POST', 'DELETE', 'OPTIONS'] as const;

export interface PipelineDeps {
  config: ResolvedConfig;
  routes: ReturnType<typeof createRoutes>;
  patterns: ReturnType<typeof createPatternRoutes>;
  controls: dev.DevControls;
  failures: dev.FailureInjector;
  limiter: RateLimiter;
  log: (line: string) => void;
}

function hasWellFormedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function withHeaders(response: Response, headers: Record<string, string>, onlyIfAbsent = false): Response {
  const merged = new Headers(response.headers);
  for (const [name, value] of Object.entries(headers)) {
    if (!onlyIfAbsent || !merged.has(name)) merged.set(name, value);
  }
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers: merged });
}

export function createPipeline(deps: PipelineDeps): (request: Request) => Promise<Response> {
  const { config, routes, patterns, controls, failures, limiter, log } = deps;
  const isRoute = (pathname: string) => Object.hasOwn(routes, pathname);

  /** Dev routes the router does not list. */
  const devExtras: Record<string, Partial<Record<string, () => Response>>> = {
    '/dev/fail-next': { DELETE: () => dev.disarm(controls) },
  };

  /** `Allow` for a path: its route's methods (HEAD with GET), or every method some route serves. */
  const allowFor = (pathname: string) => {
    if (!isRoute(pathname)) return SERVED_METHODS.join(', ');
    const methods = [...Object.keys(routes[pathname]), ...Object.keys(devExtras[pathname] ?? {})];
    return [...methods, ...(methods.includes('GET') ? ['HEAD'] : []), 'OPTIONS'].join(', ');
  };

  async function route(request: Request, url: URL): Promise<Response> {
    const extra = devExtras[url.pathname]?.[request.method];
    if (extra) return extra();
    const requestFailures = failures.forPath(url.pathname);
    try {
      const response = await dispatch(routes, { ...controls, failures: requestFailures }, request, url, patterns);
      // Injected answers already carry the type Okta uses for them (a 429 is plain JSON even on IDX).
      return isIdxPath(url.pathname) && response !== requestFailures.injected ? asIonJson(response) : response;
    } catch (error) {
      log(`okta-idx-emulator: ${request.method} ${url.pathname} failed: ${(error as Error)?.stack ?? String(error)}`);
      return json(500, internalServerError());
    }
  }

  async function answer(request: Request, url: URL, isDev: boolean): Promise<{ response: Response; rate?: RateLimitState }> {
    if (!isAllowedHost(url, config.allowedHosts)) return { response: json(400, hostNotAllowed(url.hostname)) };
    if (!hasWellFormedPath(url.pathname)) return { response: json(400, malformedPath()) };
    if (!(SERVED_METHODS as readonly string[]).includes(request.method)) {
      return { response: json(405, methodNotAllowed(), { Allow: allowFor(url.pathname) }) };
    }
    const cors = decideCors(request, config.trustedOrigins);
    const bucket = endpointBucket(url.pathname, isRoute);
    if (request.method === 'OPTIONS') {
      return { response: preflight(request, cors), ...(isDev ? {} : { rate: limiter.peek(bucket) }) };
    }
    if (cors.kind === 'denied') return { response: forbiddenOrigin() };
    if (isDev) return { response: withCorsHeaders(await route(request, url), cors) };
    const rate = limiter.count(bucket);
    if (rate.exceeded && config.limits.enforceRateLimits) {
      return { response: withCorsHeaders(tooManyRequests(rate.limit, rate.resetSeconds), cors), rate };
    }
    return { response: withCorsHeaders(await route(request, url), cors), rate };
  }

  return async function handle(request: Request): Promise<Response> {
    try {
      const url = new URL(request.url);
      const isDev = url.pathname.startsWith('/dev/');
      const answered = await answer(request, url, isDev);
      const { rate } = answered;
      // Messages in the request's language (the magic-link page under /dev stands in for Okta's own, so it too).
      const response = await localizeResponse(request, answered.response);
      if (isDev) return response;
      // An injected 429 brings its own X-Rate-Limit-* (its reset), which the counted state must not replace.
      const okta = withHeaders(response, { 'X-Okta-Request-Id': oktaRequestId() });
      return rate ? withHeaders(okta, rateLimitHeaders(rate), true) : okta;
    } catch (error) {
      log(`okta-idx-emulator: ${request.method} ${request.url} failed: ${(error as Error)?.stack ?? String(error)}`);
      return json(500, internalServerError());
    }
  };
}
