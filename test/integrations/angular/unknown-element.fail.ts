// expect-error NG8001: 'okta-flwo' is not a known element
// expect-error NG8113: All imports are unused
import { Component } from '@angular/core';
import { OktaFlowDirective } from 'okta-elements/angular';

@Component({ selector: 'app-unknown-element', imports: [OktaFlowDirective], template: `<okta-flwo issuer="x"></okta-flwo>` })
export class UnknownElementComponent {}
