/** What `okta-idp-redirect` carries. */
export interface OktaIdpRedirectDetail {
  /** Okta's provider type: `GOOGLE`, `FACEBOOK`, `APPLE`, `MICROSOFT`, `LINKEDIN`, `SAML2`, `OIDC`... */
  readonly idpType?: string;
  readonly idpId?: string;
  readonly idpName?: string;
  /** The provider's Okta URL the page is about to open (`…/v1/authorize?client_id=…&request_uri=urn:okta:…` on current orgs). */
  readonly url: string;
}

/**
 * Fired (cancelable) when the person picks an identity provider, just before the page leaves for it. Cancel
 * it to stay (to save the app's own state first, or to open `url` yourself).
 */
export class OktaIdpRedirectEvent extends Event {
  static readonly eventName = 'okta-idp-redirect';
  readonly idpType: string | undefined;
  readonly idpId: string | undefined;
  readonly idpName: string | undefined;
  readonly url: string;

  constructor(detail: OktaIdpRedirectDetail) {
    super(OktaIdpRedirectEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.idpType = detail.idpType;
    this.idpId = detail.idpId;
    this.idpName = detail.idpName;
    this.url = detail.url;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'okta-idp-redirect': OktaIdpRedirectEvent;
  }
}
