// expect-error TS2345: 'OktaSuccessEvent' is not assignable to parameter of type 'OktaErrorEvent'
import { Component } from '@angular/core';
import { OktaFlowDirective } from 'okta-elements/angular';
import type { OktaErrorEvent } from 'okta-elements';

@Component({ selector: 'app-wrong-handler', imports: [OktaFlowDirective], template: `<okta-flow (oktaSuccess)="failed($event)" />` })
export class WrongHandlerComponent {
  failed(event: OktaErrorEvent): void {
    console.log(event.code);
  }
}
