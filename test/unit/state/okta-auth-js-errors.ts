/**
 * What okta-auth-js 8.0.1 itself returns or throws for a given answer from the server, produced by running
 * the real SDK (its Node build, whose fetch client is the browser's with `global.fetch`) against a scripted
 * `fetch`: the error objects the classification and the driver meet, not hand-made look-alikes.
 */
import { OktaAuth, type IdxTransaction } from '@okta/okta-auth-js/idx';
import * as fixtures from '../../fixtures/idx-responses.js';

export const ISSUER = 'http://localhost:4999/oauth2/default';
/** How Okta serves every IDX answer, errors included. */
export const ION = 'application/ion+json; okta-version=1.0.0';

export interface ScriptedAnswer {
  readonly status: number;
  readonly body: unknown;
  readonly contentType?: string;
  readonly headers?: Record<string, string>;
}

const json = (body: unknown, status = 200, contentType = 'application/json', headers: Record<string, string> = {}) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'Content-Type': contentType, ...headers } });

/** A storage okta-auth-js accepts in Node without its "memory storage" warnings. */
function mapStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

function client(): OktaAuth {
  const storage = { storageType: 'custom', storageProvider: mapStorage() };
  return new OktaAuth({
    issuer: ISSUER,
    clientId: 'client',
    redirectUri: 'http://localhost:8080/callback',
    storageManager: { token: storage, cache: storage, transaction: storage, 'shared-transaction': storage, 'idx-response': storage, 'original-uri': storage },
  } as ConstructorParameters<typeof OktaAuth>[0]);
}

/**
 * Answers discovery and interact as Okta does, introspect with `introspect` (a 200 identify step unless
 * given), and a remediation POST (`/idp/idx/identify`) with `remediation`.
 */
async function withServer<T>(answers: { introspect?: ScriptedAnswer; remediation?: ScriptedAnswer }, run: (auth: OktaAuth) => Promise<T>): Promise<T> {
  const original = globalThis.fetch;
  const reply = (answer: ScriptedAnswer) => json(answer.body, answer.status, answer.contentType ?? ION, answer.headers);
  globalThis.fetch = async (input: RequestInfo | URL) => {
    const url = String(input);
    if (url.endsWith('/.well-known/openid-configuration')) return json({ issuer: ISSUER, code_challenge_methods_supported: ['S256'] });
    if (url.endsWith('/v1/interact')) return json({ interaction_handle: 'interaction-handle' });
    if (url.endsWith('/idp/idx/introspect')) return reply(answers.introspect ?? { status: 200, body: fixtures.identify() });
    if (url.endsWith('/idp/idx/identify') && answers.remediation) return reply(answers.remediation);
    throw new Error(`unscripted request: ${url}`);
  };
  try {
    return await run(client());
  } finally {
    globalThis.fetch = original;
  }
}

/** What `idx.start()` throws (or undefined when it returns) for this introspect answer. */
export async function startFailure(introspect: ScriptedAnswer): Promise<unknown> {
  return withServer({ introspect }, async (auth) => {
    try {
      await auth.idx.start({ useGenericRemediator: true });
      return undefined;
    } catch (error) {
      return error;
    }
  });
}

/** What `idx.start()` returns for this introspect answer (served as `application/json`, it may be TERMINAL). */
export async function startTransaction(introspect: ScriptedAnswer): Promise<IdxTransaction> {
  return withServer({ introspect }, (auth) => auth.idx.start({ useGenericRemediator: true }));
}

/** What `idx.proceed()` of the identify step returns, or throws, for this answer to its POST. */
export async function identifyOutcome(remediation: ScriptedAnswer): Promise<{ tx?: IdxTransaction; error?: unknown }> {
  return withServer({ remediation }, async (auth) => {
    await auth.idx.start({ useGenericRemediator: true });
    try {
      return { tx: await auth.idx.proceed({ step: 'identify', identifier: 'demo@example.com', useGenericRemediator: true }) };
    } catch (error) {
      return { error };
    }
  });
}
