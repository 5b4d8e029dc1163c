/**
 * Bodies are written as `application/json`; `handle` (core/index.ts) then serves every IDX answer
 * (`/idp/idx/*`, 200 and 4xx alike, the 401 expired-session body included) as {@link ION_JSON_TYPE}, as
 * Okta does. okta-auth-js only parses a failed answer whose Content-Type contains `application/json`,
 * so an ion+json 401 on introspect surfaces as an AuthApiError without a message, not as a TERMINAL
 * transaction: clients (and the elements) must handle both. OAuth, `/api/v1` and `/dev` stay plain JSON.
 */
const JSON_TYPE = 'application/json';

/** What Okta's IDX endpoints answer with, errors included (okta-idx-java's recorded responses). */
export const ION_JSON_TYPE = 'application/ion+json; okta-version=1.0.0';

/** Paths whose answers Okta serves as ion+json. */
export const isIdxPath = (pathname: string) => pathname.startsWith('/idp/idx/');

/** The same response served as ion+json, when it was written as JSON (HEAD answers too: same headers, no body). */
export function asIonJson(response: Response): Response {
  const type = response.headers.get('content-type');
  if (type === null || type.split(';')[0].trim().toLowerCase() !== JSON_TYPE) return response;
  const headers = new Headers(response.headers);
  headers.set('Content-Type', ION_JSON_TYPE);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** IDX and OAuth responses carry handles, codes and tokens: never let a cache keep them. */
const NO_STORE: Readonly<Record<string, string>> = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': JSON_TYPE, ...NO_STORE, ...headers },
  });
}

export function empty(status: number, headers: Record<string, string> = {}): Response {
  return new Response(null, { status, headers: { ...NO_STORE, ...headers } });
}

const mediaType = (request: Request) => (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();

/** OAuth endpoints accept only form bodies, as Okta does; undefined means "wrong content type". */
export async function readForm(request: Request): Promise<URLSearchParams | undefined> {
  if (mediaType(request) !== 'application/x-www-form-urlencoded') return undefined;
  return new URLSearchParams(await request.text());
}

export type JsonObject = Record<string, unknown>;

/** IDX endpoints: auth-js sends `application/json` or `application/ion+json`, so the type is not checked. */
export async function readJsonObject(request: Request): Promise<JsonObject | undefined> {
  const text = await request.text();
  if (text.trim() === '') return {};
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;
  } catch {
    return undefined;
  }
}
