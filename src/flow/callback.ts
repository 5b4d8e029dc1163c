/**
 * What a redirect back to the page that hosts `<okta-flow>` (its redirect URI) carries, read from the URL:
 * - `interaction-code`: an identity provider signed the person in (`?interaction_code=…&state=…`);
 * - `interaction-required`: the provider signed them in but Okta needs more, such as a second factor
 *   (`?error=interaction_required&state=…`): the saved transaction goes on;
 * - `idp-error`: the provider or Okta refused (`?error=access_denied&error_description=…&state=…`);
 * - `email-otp`: Okta's email link (`?otp=…&state=…`, okta-auth-js's `isEmailVerifyCallback`).
 * Every kind needs `state` (what okta-auth-js saved with the transaction), so an app's own `?error=` is not taken.
 */
export type Landing =
  | { readonly kind: 'interaction-code'; readonly state: string; readonly interactionCode: string }
  | { readonly kind: 'interaction-required'; readonly state: string }
  | { readonly kind: 'idp-error'; readonly state: string; readonly error: string; readonly description?: string }
  | { readonly kind: 'email-otp'; readonly state: string; readonly otp: string };

/** The parameters a landing puts in the URL, all removed once read. */
const LANDING_PARAMS = ['interaction_code', 'state', 'error', 'error_description', 'otp'];

/** The landing a query string carries, if any. */
export function readLanding(search: string): Landing | undefined {
  const params = new URLSearchParams(search);
  const state = params.get('state');
  if (!state) return undefined;
  const interactionCode = params.get('interaction_code');
  const error = params.get('error');
  const otp = params.get('otp');
  if (interactionCode) return { kind: 'interaction-code', state, interactionCode };
  if (error === 'interaction_required') return { kind: 'interaction-required', state };
  if (error) return { kind: 'idp-error', state, error, description: params.get('error_description') ?? undefined };
  if (otp) return { kind: 'email-otp', state, otp };
  return undefined;
}

/**
 * Reads this page's landing and takes its parameters out of the address bar (history.replaceState), so a
 * reload, a bookmark or the Back button never replays a one-time code, and no code stays in the URL.
 */
export function takeLanding(): Landing | undefined {
  const landing = readLanding(location.search);
  if (!landing) return undefined;
  const url = new URL(location.href);
  for (const name of LANDING_PARAMS) url.searchParams.delete(name);
  history.replaceState(history.state, '', url.href);
  return landing;
}
