/**
 * The opaque reference in a `redirect-idp` href: Okta sends the browser to
 * `{issuer}/v1/authorize?client_id=…&request_uri=urn:okta:{reference}` (idx-swift/IdP capture), a reference
 * to "this transaction, this provider" that carries no stateHandle in clear. Here it is random (base64url),
 * one per transaction and provider, and maps back to them while the transaction lives.
 */
import { randomToken } from '../model/ids.js';
import type { Transaction } from '../model/store.js';

/** What `request_uri` carries before the reference. */
export const REQUEST_URI_PREFIX = 'urn:okta:';

interface Reference {
  /** Weak: a reference never keeps a finished transaction alive; the store decides whether it still lives. */
  tx: WeakRef<Transaction>;
  idpId: string;
}

const references = new Map<string, Reference>();
/** The reference already issued per transaction and provider, so every answer of the transaction repeats it. */
const issued = new WeakMap<Transaction, Map<string, string>>();

/** Drops references whose transaction is gone (the map stays as small as the live transactions). */
function sweep(): void {
  for (const [reference, entry] of references) if (!entry.tx.deref()) references.delete(reference);
}

/** The reference for this transaction and provider (the same one on every answer of the transaction). */
export function providerReference(tx: Transaction, idpId: string): string {
  let perProvider = issued.get(tx);
  if (!perProvider) issued.set(tx, (perProvider = new Map()));
  let reference = perProvider.get(idpId);
  if (!reference) {
    sweep();
    reference = randomToken(32);
    perProvider.set(idpId, reference);
    references.set(reference, { tx: new WeakRef(tx), idpId });
  }
  return reference;
}

/** The transaction and provider a `request_uri` refers to, if it is one of ours and the transaction still exists. */
export function resolveProviderReference(requestUri: string | null): { tx: Transaction; idpId: string } | undefined {
  if (!requestUri?.startsWith(REQUEST_URI_PREFIX)) return undefined;
  const entry = references.get(requestUri.slice(REQUEST_URI_PREFIX.length));
  const tx = entry?.tx.deref();
  return entry && tx ? { tx, idpId: entry.idpId } : undefined;
}
