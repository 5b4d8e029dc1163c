/**
 * The `redirect-idp` remediations Okta puts beside the identify form, one per identity provider in the org's
 * order (the Widget's identify-with-third-party-idps.json mock): `type`, `idp {id, name}`, `href`, `method` GET, and
 * no `rel`, `value` or content types. The href is the transaction's authorization server's
 * `/v1/authorize?client_id=…&request_uri=urn:okta:{reference}` (idx-swift/IdP capture; the Widget's mocks show an
 * older `/sso/idps/{id}?stateToken=…`, which the emulator still serves). What the href leads to:
 * idp-references.ts, identity-providers.ts and http/idp-page.ts.
 */
import type { IdentityProviderConfig } from '../model/config.js';
import type { Transaction } from '../model/store.js';
import { issuerPathOf } from '../oauth/issuer.js';
import { REQUEST_URI_PREFIX, providerReference } from './idp-references.js';

export interface RedirectIdp {
  name: 'redirect-idp';
  type: IdentityProviderConfig['type'];
  idp: { id: string; name: string };
  href: string;
  method: 'GET';
}

export const IDP_PATH_PREFIX = '/sso/idps/';

/** `{issuer}/v1/authorize`; `/oauth2/v1/authorize` for the org server (whose issuer is the origin). */
export const authorizeEndpointFor = (issuer: string) =>
  issuerPathOf(issuer) === '' ? `${new URL(issuer).origin}/oauth2/v1/authorize` : `${issuer.replace(/\/$/, '')}/v1/authorize`;

/** Where a provider's button leads for this transaction, as Okta writes it (no stateHandle in the URL). */
export const providerHref = (tx: Transaction, idpId: string) =>
  `${authorizeEndpointFor(tx.issuer)}?client_id=${encodeURIComponent(tx.clientId)}&request_uri=${REQUEST_URI_PREFIX}${providerReference(tx, idpId)}`;

/** One `redirect-idp` per configured provider, in the configuration's order. */
export function redirectIdpRemediations(ctx: {
  config: { identityProviders: readonly IdentityProviderConfig[] };
  tx: Transaction;
}): RedirectIdp[] {
  return ctx.config.identityProviders.map((idp) => ({
    name: 'redirect-idp',
    type: idp.type,
    idp: { id: idp.id, name: idp.name },
    href: providerHref(ctx.tx, idp.id),
    method: 'GET',
  }));
}
