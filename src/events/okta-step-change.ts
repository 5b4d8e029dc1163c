/** What `okta-step-change` carries. */
export interface OktaStepChangeDetail {
  /** The IDX remediation now shown, such as `identify` or `challenge-authenticator`. */
  readonly step: string;
  /** The authenticator the step is about, such as `okta_password`, when there is one. */
  readonly authenticatorKey?: string;
}

/** Fired by `<okta-flow>` whenever a new step is shown. */
export class OktaStepChangeEvent extends Event {
  static readonly eventName = 'okta-step-change';
  readonly step: string;
  readonly authenticatorKey: string | undefined;

  constructor(detail: OktaStepChangeDetail) {
    super(OktaStepChangeEvent.eventName, { bubbles: true, composed: true });
    this.step = detail.step;
    this.authenticatorKey = detail.authenticatorKey;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'okta-step-change': OktaStepChangeEvent;
  }
}
