/**
 * The `redirect-idp` remediations Okta puts beside the identify form, one per identity provider in the org's
 * order (the Widget's identify-with-third-party-idps.json mock): `type`, `idp {id, name}`, `href`
 * /sso/idps/{id}?stateToken=…, `method` GET, and no `rel`, `value` or content types (idx-swift/IdP capture).
 * What the href leads to: identity-providers.ts and http/idp-page.ts.
 */
import type { IdentityProviderConfig } from '../model/config.js';
import type { Transaction } from '../model/store.js';

export interface RedirectIdp {
  name: 'redirect-idp';
  type: IdentityProviderConfig['type'];
  idp: { id: string; name: string };
  href: string;
  method: 'GET';
}

export const IDP_PATH_PREFIX = '/sso/idps/';

/** Where a provider's button leads for this transaction. */
export const providerHref = (origin: string, idpId: string, stateHandle: string) =>
  `${origin}${IDP_PATH_PREFIX}${encodeURIComponent(idpId)}?stateToken=${encodeURIComponent(stateHandle)}`;

/** One `redirect-idp` per configured provider, in the configuration's order. */
export function redirectIdpRemediations(ctx: {
  config: { identityProviders: readonly IdentityProviderConfig[] };
  origin: string;
  tx: Pick<Transaction, 'stateHandle'>;
}): RedirectIdp[] {
  return ctx.config.identityProviders.map((idp) => ({
    name: 'redirect-idp',
    type: idp.type,
    idp: { id: idp.id, name: idp.name },
    href: providerHref(ctx.origin, idp.id, ctx.tx.stateHandle),
    method: 'GET',
  }));
}
