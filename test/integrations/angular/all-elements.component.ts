// Must compile: OKTA_ELEMENTS imports every directive at once; the element is reachable through a template ref;
// the DOM's own attributes, properties and events stay bindable beside the directives' inputs and outputs.
import { Component } from '@angular/core';
import { OKTA_ELEMENTS } from 'okta-elements/angular';

@Component({
  selector: 'app-all-elements',
  imports: [OKTA_ELEMENTS],
  template: `
    <okta-flow
      #flow=""
      issuer="https://example.okta.com/oauth2/default"
      clientId="abc"
      storeTokens
      id="sign-in"
      data-test="flow"
      [title]="'Sign in'"
      [attr.aria-label]="'Sign in'"
      [class.wide]="true"
      [style.max-width]="'30rem'"
      (click)="flow.focus()"
      (okta-success)="flow.remove()"
      (oktaSuccess)="flow.remove()"
    >
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
