// expect-error NG8002: Can't bind to 'isuer' since it isn't a known property of 'okta-flow'
import { Component } from '@angular/core';
import { OktaFlowDirective } from 'okta-elements/angular';

@Component({ selector: 'app-unknown-input', imports: [OktaFlowDirective], template: `<okta-flow [isuer]="'x'" />` })
export class UnknownInputComponent {}
