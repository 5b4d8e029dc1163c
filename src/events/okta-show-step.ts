/**
 * Fired by a step element to ask `<okta-flow>` to show another remediation the server already offers,
 * without a request: "Choose another method" shows the authenticator list beside the current challenge.
 */
export class OktaShowStepEvent extends Event {
  static readonly eventName = 'okta-show-step';
  readonly step: string;

  constructor(step: string) {
    super(OktaShowStepEvent.eventName, { bubbles: true, composed: true });
    this.step = step;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'okta-show-step': OktaShowStepEvent;
  }
}
