/**
 * okta-auth-js's own fetch client (lib/fetch/fetchRequest.ts), plus an AbortSignal, so that removing
 * `<okta-flow>` (or a timeout) cancels its requests instead of letting them run on, and a look at every
 * answer's status and headers, which okta-auth-js drops for IDX answers (a 429's `Retry-After`). Used
 * only when the element builds its own OktaAuth; an app's own instance keeps the app's client.
 */
type HttpArgs = { data?: unknown; headers?: Record<string, string>; withCredentials?: boolean };

export interface HttpResult {
  responseText: string;
  status: number;
  headers: Record<string, string>;
  responseType?: 'json';
  responseJSON?: unknown;
}

const jsonContentType = /application\/\w*\+?json/;

function encodeBody(body: unknown, contentType: string): BodyInit | undefined {
  if (body === undefined || body === null || typeof body === 'string') return body ?? undefined;
  if (jsonContentType.test(contentType)) return JSON.stringify(body);
  if (contentType === 'application/x-www-form-urlencoded') {
    return Object.entries(body as Record<string, unknown>)
      .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
      .join('&');
  }
  return body as BodyInit;
}

async function readBody(response: Response): Promise<unknown> {
  if ((response.headers.get('Content-Type') ?? '').toLowerCase().includes('application/json')) {
    return response.json().catch((error: unknown) => ({ error, errorSummary: 'Could not parse server response' }));
  }
  return response.text();
}

/** Sees each answer before okta-auth-js does. */
export type ResponseObserver = (status: number, headers: Readonly<Record<string, string>>) => void;

export function createAbortableHttpClient(signal: () => AbortSignal, observe?: ResponseObserver) {
  return async (method: string, url: string, args: HttpArgs): Promise<HttpResult> => {
    const headers = args.headers ?? {};
    const contentType = headers['Content-Type'] ?? headers['content-type'] ?? '';
    const response = await fetch(url, {
      method,
      headers,
      body: encodeBody(args.data, contentType),
      credentials: args.withCredentials ? 'include' : 'omit',
      signal: signal(),
    });
    const responseHeaders = Object.fromEntries(response.headers.entries());
    observe?.(response.status, responseHeaders);
    const data = await readBody(response);
    const isObject = typeof data === 'object' && data !== null;
    const result: HttpResult = {
      responseText: isObject ? JSON.stringify(data) : String(data),
      status: response.status,
      headers: responseHeaders,
      ...(isObject ? { responseType: 'json' as const, responseJSON: data } : {}),
    };
    if (!response.ok || (isObject && (data as { error?: unknown }).error)) throw result;
    return result;
  };
}
