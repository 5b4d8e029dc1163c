/**
 * Fired by a step element (or any app button inside `<okta-flow>`) to ask the root to cancel the
 * current transaction and start a new one, back at the first step.
 */
export class OktaRestartEvent extends Event {
  static readonly eventName = 'okta-restart';

  constructor() {
    super(OktaRestartEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'okta-restart': OktaRestartEvent;
  }
}
