import type { OktaErrorDetail } from '../events/okta-error.js';

/** Where the flow is. `submitting` keeps the current step on screen while a request is in flight. */
export type FlowStatus = 'starting' | 'ready' | 'submitting' | 'terminal' | 'success' | 'error';

export type MessageLevel = 'error' | 'warning' | 'info';

/** A message from the server (or from okta-elements), always rendered as text. */
export interface FlowMessage {
  readonly text: string;
  /** Okta's i18n key, such as `incorrectPassword`, for apps that translate. */
  readonly key?: string;
  readonly level: MessageLevel;
}

export interface FieldOption {
  readonly label: string;
  /** A primitive, or the fixed values of a nested form (such as `{ id, methodType }`). */
  readonly value: unknown;
}

/** One input of a step, flattened: nested forms become dotted paths such as `credentials.passcode`. */
export interface FlowField {
  readonly name: string;
  readonly label?: string;
  readonly type: 'string' | 'boolean' | 'number' | 'integer' | 'choice';
  readonly secret: boolean;
  readonly required: boolean;
  readonly value?: unknown;
  readonly options?: readonly FieldOption[];
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly messages: readonly FlowMessage[];
}

export interface PasswordComplexity {
  readonly minLength?: number;
  readonly minLowerCase?: number;
  readonly minUpperCase?: number;
  readonly minNumber?: number;
  readonly minSymbol?: number;
  readonly excludeUsername?: boolean;
  readonly excludeAttributes?: readonly string[];
  readonly maxConsecutiveRepeatingCharacters?: number;
}

/** The authenticator a step is about (its `relatesTo`). */
export interface FlowAuthenticator {
  readonly key: string;
  readonly type?: string;
  readonly displayName?: string;
  readonly settings?: { readonly complexity?: PasswordComplexity };
}

/** One remediation the server offers. */
export interface FlowStep {
  readonly name: string;
  readonly fields: readonly FlowField[];
  readonly authenticator?: FlowAuthenticator;
  /** Poll interval in ms, for poll steps. */
  readonly refresh?: number;
}

/** The immutable state `<okta-flow>` shares with its step elements through context. */
export interface FlowState {
  readonly status: FlowStatus;
  /** The step to show (the server's first remediation). */
  readonly step?: FlowStep;
  /** Every remediation the server offers now, the shown one first. */
  readonly steps: readonly FlowStep[];
  /** Page-level messages. Field messages live on their fields. */
  readonly messages: readonly FlowMessage[];
  /** The user the transaction is about, once identified. */
  readonly user?: { readonly identifier?: string; readonly firstName?: string; readonly lastName?: string };
  /** True when the server offers password recovery for the current authenticator. */
  readonly canRecoverPassword: boolean;
  /** The failure that stopped the flow (status `error`), or the last request's failure. */
  readonly error?: OktaErrorDetail;
  /** Bumped on every server answer, so a step can tell a new answer from a re-render. */
  readonly revision: number;
}

export const initialFlowState: FlowState = Object.freeze({
  status: 'starting',
  steps: [],
  messages: [],
  canRecoverPassword: false,
  revision: 0,
});
