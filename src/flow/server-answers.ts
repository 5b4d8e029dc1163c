/**
 * When fetch fails without a status, the browser hides whether the server is down or refused CORS.
 * A `no-cors` request still succeeds (with an opaque answer) when the server is up, which tells them
 * apart. The answer feeds the pure classifier in `src/state/classify-error.ts`.
 */
export async function serverAnswers(issuer: string | undefined): Promise<boolean> {
  if (!issuer) return false;
  try {
    await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`, {
      mode: 'no-cors',
      cache: 'no-store',
      credentials: 'omit',
      signal: AbortSignal.timeout(5000),
    });
    return true;
  } catch {
    return false;
  }
}
