/**
 * The link an admin's email carries for a one-time token (a recovery or an activation token): the app's page
 * `appUrl` with `?<param>=<token>` when given (an embedded app's email template points to the app), else Okta's
 * own hosted path for it. Undefined when `appUrl` is not an http(s) URL.
 */
export function tokenLink(appUrl: unknown, param: string, token: string, hostedPath: string): string | undefined {
  if (appUrl === undefined) return hostedPath;
  if (typeof appUrl !== 'string') return undefined;
  try {
    const url = new URL(appUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.searchParams.set(param, token);
    return url.href;
  } catch {
    return undefined;
  }
}
