// expect-error TS2322: Type 'number' is not assignable to type 'string'
import { Component } from '@angular/core';
import { OktaFlowDirective } from 'okta-elements/angular';

@Component({ selector: 'app-wrong-input-type', imports: [OktaFlowDirective], template: `<okta-flow [issuer]="42" />` })
export class WrongInputTypeComponent {}
