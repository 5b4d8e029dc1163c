// Must compile: OKTA_ELEMENTS imports every directive at once; the element is reachable through a template ref.
import { Component } from '@angular/core';
import { OKTA_ELEMENTS } from 'okta-elements/angular';

@Component({
  selector: 'app-all-elements',
  imports: [OKTA_ELEMENTS],
  template: `
    <okta-flow #flow="" issuer="https://example.okta.com/oauth2/default" clientId="abc" storeTokens (oktaSuccess)="flow.remove()">
      <okta-identify />
      <okta-select-authenticator heading="Choose" />
      <okta-challenge />
      <okta-enroll />
      <okta-reset-password />
      <okta-register />
      <okta-consent />
      <okta-redirect-idp />
      <okta-generic-step />
    </okta-flow>
  `,
})
export class AllElementsComponent {}
