import type { Tokens } from '@okta/okta-auth-js';

/** What `okta-success` carries: the tokens exactly as okta-auth-js returned them. */
export interface OktaSuccessDetail {
  readonly tokens: Tokens;
}

/**
 * Fired by `<okta-flow>` once the interaction code has been exchanged for tokens.
 * The tokens are not stored anywhere unless the app set `store-tokens`.
 */
export class OktaSuccessEvent extends Event {
  static readonly eventName = 'okta-success';
  readonly tokens: Tokens;

  constructor(detail: OktaSuccessDetail) {
    super(OktaSuccessEvent.eventName, { bubbles: true, composed: true });
    this.tokens = detail.tokens;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'okta-success': OktaSuccessEvent;
  }
}
