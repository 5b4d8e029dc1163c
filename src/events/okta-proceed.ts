/** Values of a step's form, keyed by field path (`identifier`, `credentials.passcode`, `rememberMe`). */
export type StepValues = Readonly<Record<string, unknown>>;

/**
 * Fired by a step element to ask `<okta-flow>` to send its form to the server.
 * Step elements never call the SDK: the root does, and answers with a new state.
 */
export class OktaProceedEvent extends Event {
  static readonly eventName = 'okta-proceed';
  readonly step: string;
  readonly values: StepValues;

  constructor(step: string, values: StepValues) {
    super(OktaProceedEvent.eventName, { bubbles: true, composed: true });
    this.step = step;
    this.values = values;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'okta-proceed': OktaProceedEvent;
  }
}
