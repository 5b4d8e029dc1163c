/**
 * Every body is served as plain `application/json`: auth-js only parses error bodies whose
 * Content-Type contains that exact substring (an `application/ion+json` 401 on introspect would
 * surface as a bare AuthApiError instead of a TERMINAL transaction).
 */
const JSON_TYPE = 'application/json';

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
