/**
 * Rewrites the human-readable text of an answer into the language the request asked for, as Okta does from
 * `Accept-Language`. Only `message` changes: `i18n.key` and `i18n.params` stay as they are, because clients
 * (the Sign-In Widget, the elements) translate by key and only fall back to the server's text. Done once,
 * around the router, so no endpoint needs to know the language and an English answer is never re-encoded.
 */
import { negotiateLanguage, type Language } from './accept-language.js';
import { API_ERROR_CATALOGUE, CATALOGUE, type Translated } from './catalogue.js';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** An IDX message object: `{ message, i18n: { key, params? }, class }`, wherever it sits in the document. */
function localizeMessage(node: Record<string, unknown>, language: Translated): void {
  const { i18n, message } = node;
  if (typeof message !== 'string' || !isObject(i18n) || typeof i18n.key !== 'string') return;
  const entry = Object.hasOwn(CATALOGUE, i18n.key) ? CATALOGUE[i18n.key] : undefined;
  if (!entry) return;
  const params = Array.isArray(i18n.params) ? i18n.params : [];
  node.message = entry[language](params, message);
}

function walk(value: unknown, language: Translated): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, language);
    return;
  }
  if (!isObject(value)) return;
  localizeMessage(value, language);
  for (const child of Object.values(value)) walk(child, language);
}

/** Localizes a parsed body in place: IDX messages anywhere in it, and an Okta API error's `errorSummary`. */
export function localizeBody(body: unknown, language: Language): void {
  if (language === 'en') return;
  walk(body, language);
  if (isObject(body) && typeof body.errorCode === 'string' && typeof body.errorSummary === 'string') {
    const entry = Object.hasOwn(API_ERROR_CATALOGUE, body.errorCode) ? API_ERROR_CATALOGUE[body.errorCode] : undefined;
    if (entry) body.errorSummary = entry[language]([], body.errorSummary);
  }
}

const isJson = (response: Response) => /^application\/(ion\+)?json\b/i.test(response.headers.get('content-type') ?? '');

/** The response in the request's language; the same object when there is nothing to translate. */
export async function localizeResponse(request: Request, response: Response): Promise<Response> {
  const language = negotiateLanguage(request.headers.get('accept-language'));
  if (language === 'en' || response.body === null || !isJson(response)) return response;
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (body !== undefined) localizeBody(body, language);
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(body === undefined ? text : JSON.stringify(body), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}
