import { Component, signal } from '@angular/core';
// Standalone directives with typed inputs and outputs for every <okta-*> element (and they register them):
// no CUSTOM_ELEMENTS_SCHEMA, so strictTemplates checks every binding.
import { OktaFlowDirective } from 'okta-elements/angular';
import type { OktaErrorEvent, OktaSuccessEvent } from 'okta-elements/events';

/** Replaced at build time (angular.json "define"): the emulator's issuer here, your org's in a real app. */
declare const OKTA_ISSUER: string;

@Component({
  selector: 'app-sign-in',
  imports: [OktaFlowDirective],
  template: `
    <h1>Sign in to Acme</h1>
    @if (email(); as email) {
      <p>Signed in as {{ email }}</p>
    } @else {
      <okta-flow [issuer]="issuer" [clientId]="clientId" (oktaSuccess)="onSuccess($event)" (oktaError)="onError($event)" />
    }
  `,
  styles: `
    /* Component styles reach <okta-flow> itself (it is in this template): tokens inherit into its forms. */
    okta-flow {
      --okta-primary: #c3002f;
      --okta-radius: 0.5rem;
    }

    /* Its forms are rendered by the element, outside this component's emulated encapsulation: ::ng-deep reaches them. */
    okta-flow ::ng-deep .okta-button {
      text-transform: uppercase;
    }

    /* The flow's own shadow DOM (messages, the success line) through its parts. */
    okta-flow::part(message-error) {
      font-weight: 600;
    }
  `,
})
export class SignIn {
  protected readonly issuer = OKTA_ISSUER;
  protected readonly clientId = 'okta-elements-demo';
  protected readonly email = signal<string | undefined>(undefined);

  protected onSuccess(event: OktaSuccessEvent): void {
    // The tokens stay in memory: hand event.tokens.accessToken?.accessToken to your API client.
    this.email.set(String(event.tokens.idToken?.claims['email'] ?? ''));
  }

  protected onError(event: OktaErrorEvent): void {
    console.warn('sign-in problem', event.code, event.message);
  }
}
