// Must compile under strictTemplates: typed inputs (static, bound, boolean) and outputs with their event classes.
import { Component, signal } from '@angular/core';
import { OktaFlowDirective, OktaIdentifyDirective } from 'okta-elements/angular';
import type { OktaErrorEvent, OktaSuccessEvent } from 'okta-elements';

@Component({
  selector: 'app-sign-in',
  imports: [OktaFlowDirective, OktaIdentifyDirective],
  template: `
    <okta-flow
      [issuer]="issuer()"
      [clientId]="clientId"
      history
      [requestTimeout]="10000"
      theme="dark"
      [strings]="{ 'flow.startOver': 'Again' }"
      (oktaSuccess)="signedIn($event)"
      (oktaError)="failed($event)"
      (oktaStepChange)="step.set($event.step)"
    >
      <okta-identify heading="Welcome" (oktaIdpRedirect)="$event.preventDefault()" />
    </okta-flow>
  `,
})
export class SignInComponent {
  readonly issuer = signal('https://example.okta.com/oauth2/default');
  readonly clientId = 'abc';
  readonly step = signal<string | undefined>(undefined);
  idToken: string | undefined;

  signedIn(event: OktaSuccessEvent): void {
    this.idToken = event.tokens.idToken?.idToken;
  }

  failed(event: OktaErrorEvent): void {
    console.log(event.code, event.message);
  }
}
