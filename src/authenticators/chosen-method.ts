/**
 * The method (SMS or voice, push or code) a person chose in the list of authenticators. Okta asks again on
 * the data step that follows (`authenticator-verification-data`, `authenticator-enrollment-data`); the list
 * already offered one button per method, so that step sends the one chosen instead of asking twice.
 * Remembered per `<okta-flow>` (the element both steps render in), by authenticator id, and gone with it.
 */
const chosen = new WeakMap<object, Map<string, string>>();

/** The flow element around a step (or the document for a step shown alone). */
const scopeOf = (from: Element): object => from.closest('okta-flow') ?? from.ownerDocument;

/** Remembers the method chosen for an authenticator, or forgets it when the choice named none. */
export function rememberMethod(from: Element, authenticatorId: unknown, method: unknown): void {
  if (typeof authenticatorId !== 'string') return;
  const scope = scopeOf(from);
  const methods = chosen.get(scope) ?? new Map<string, string>();
  chosen.set(scope, methods);
  if (typeof method === 'string' && method !== '') methods.set(authenticatorId, method);
  else methods.delete(authenticatorId);
}

/** The method chosen for that authenticator in the list, if any. */
export function chosenMethod(from: Element, authenticatorId: string | undefined): string | undefined {
  return authenticatorId === undefined ? undefined : chosen.get(scopeOf(from))?.get(authenticatorId);
}
