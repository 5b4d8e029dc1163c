import type { OktaErrorDetail } from '../events/okta-error.js';

/** Where the flow is. `submitting` keeps the current step on screen while a request is in flight. */
export type FlowStatus = 'starting' | 'ready' | 'submitting' | 'terminal' | 'success' | 'error';

export type MessageLevel = 'error' | 'warning' | 'info';

/** A message from the server (or from okta-elements), always rendered as text. */
export interface FlowMessage {
  readonly text: string;
  /** Okta's i18n key, such as `incorrectPassword`, for apps that translate. */
  readonly key?: string;
  /** The values Okta put into the message (its `i18n.params`), for an app's own wording of it. */
  readonly params?: readonly unknown[];
  readonly level: MessageLevel;
}

export interface FieldOption {
  readonly label: string;
  /** A primitive, or the fixed values of a nested form (such as `{ id, methodType }`). */
  readonly value: unknown;
  /** The authenticator the option stands for (its `relatesTo`), in authenticator lists. */
  readonly authenticator?: FlowAuthenticator;
  /** Inputs the option asks for when chosen (a phone's SMS or voice, say), paths relative to the option. */
  readonly fields?: readonly FlowField[];
  /** The server's longer explanation (`desc`), such as what a consent scope lets the app do. */
  readonly description?: string;
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
  /** The server's longer explanation (`desc`), such as what a consent scope lets the app do. */
  readonly description?: string;
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
  readonly id?: string;
  readonly type?: string;
  readonly displayName?: string;
  /** Masked details the server shows, such as `email` or `phoneNumber`. */
  readonly profile?: Readonly<Record<string, unknown>>;
  /** Per-challenge data: a QR code, a shared secret, a number to pick, WebAuthn options... */
  readonly contextualData?: Readonly<Record<string, unknown>>;
  readonly methods?: readonly string[];
  /** The password policy's rules (`complexity`), and, when the password expires soon, the days left (`daysToExpiry`). */
  readonly settings?: { readonly complexity?: PasswordComplexity; readonly daysToExpiry?: number };
  /** WebAuthn enrollments: the credential and how to reach it. */
  readonly credentialId?: string;
  readonly transports?: readonly string[];
}

/** One remediation the server offers. */
export interface FlowStep {
  readonly name: string;
  readonly fields: readonly FlowField[];
  readonly authenticator?: FlowAuthenticator;
  /** Poll interval in ms, for poll steps: the server's `refresh`, clamped to 1–60 s (4 s when unusable). */
  readonly refresh?: number;
  /** Values the server fixed inside nested forms (`authenticator.id`, `credentials.questionKey`): always sent. */
  readonly fixed: Readonly<Record<string, unknown>>;
  /** Consent's scopes when the server lists them beside the form rather than as its `scopes` field, as sent. */
  readonly scopes?: readonly unknown[];
  /** A `redirect-idp` step's identity provider: where the page goes (a full-page GET), and what it names. */
  readonly redirect?: IdpRedirect;
  /**
   * Server messages the step's view says in its own words (Okta Verify's rejected push beside "Send push
   * again"): taken off the page so the person reads one message, kept here for the view to tell the case.
   */
  readonly messages?: readonly FlowMessage[];
}

/** Where a `redirect-idp` remediation sends the browser, and what it names (Okta's `type` and `idp`). */
export interface IdpRedirect {
  /** The provider's Okta URL (`…/v1/authorize?…&request_uri=urn:okta:…`, or `/sso/idps/{id}?stateToken=…`): the page goes there. */
  readonly href: string;
  /** GOOGLE, FACEBOOK, APPLE, MICROSOFT, LINKEDIN (social), SAML2, OIDC, X509... */
  readonly type?: string;
  readonly id?: string;
  /** The org's label of the provider ("Acme SSO"). */
  readonly name?: string;
}

/** A request the root repeats on its own while a step waits (a push to approve, an emailed link to click). */
export interface FlowPoll {
  /** A poll remediation (`challenge-poll`, `enroll-poll`) or a poll action (`currentAuthenticator-poll`). */
  readonly name: string;
  readonly kind: 'step' | 'action';
  /** Milliseconds between polls, already clamped to 1–60 s. */
  readonly refresh: number;
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
  /**
   * True while the person recovers a password: Okta names the authenticator being recovered
   * (`recoveryAuthenticator`) from the recovery's first step to the reset.
   */
  readonly recovering?: boolean;
  /**
   * The username the app suggests (`<okta-flow login-hint>`): the initial value of a username field the server
   * left empty (sign-in, "Reset your password", the unlock form). Never sent unless the person submits it.
   */
  readonly loginHint?: string;
  /** Actions offered beside the steps, such as `currentAuthenticatorEnrollment-resend`. */
  readonly actions?: readonly string[];
  /** What the root polls while this state stands, if anything. */
  readonly poll?: FlowPoll;
  /** The authenticator being verified or set up (`currentAuthenticator(Enrollment)`), for steps that do not point at it. */
  readonly currentAuthenticator?: FlowAuthenticator;
  /** The person's enrolled authenticators, when the server lists them (WebAuthn needs their credential ids). */
  readonly enrollments?: readonly FlowAuthenticator[];
  /** The failure that stopped the flow (status `error`), or the last request's failure. */
  readonly error?: OktaErrorDetail;
  /**
   * While the server asks to wait (an HTTP 429 with `Retry-After`): when sending is allowed again, in
   * epoch ms. The root refuses submits until then and counts down in its messages.
   */
  readonly retryAfter?: number;
  /**
   * The app being signed in to, IDX's `app` object as the server sent it (consent shows its label, logo and
   * links): untrusted data, read with care (consent keeps only http(s) links).
   */
  readonly app?: Readonly<Record<string, unknown>>;
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
