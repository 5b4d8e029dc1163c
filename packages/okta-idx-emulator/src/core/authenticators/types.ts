import type { ResolvedConfig, ResolvedUser } from '../model/config.js';
import type { JsonObject } from '../http/json.js';
import type { IdxMessage } from '../idx/messages.js';
import type { Outbox } from '../dev/outbox.js';
import type { IdxField, IdxForm } from '../idx/remediations.js';
import type { Transaction, UserRecord } from '../model/store.js';

export type AuthenticatorPurpose = 'verify' | 'enroll';

export interface AuthenticatorEnv {
  readonly config: ResolvedConfig;
  readonly now: () => number;
}

/**
 * Result of checking submitted credentials. Field paths are relative to the remediation
 * (`credentials.passcode`); the emulator answers 400 with the same form and these messages.
 */
export type CredentialOutcome =
  | { ok: true }
  | { ok: false; fieldMessages?: Record<string, IdxMessage[]>; messages?: IdxMessage[] };

/** What a step handler decided. */
export type StepOutcome =
  /** The authenticator is verified / enrolled: the sign-in moves on. */
  | { kind: 'done' }
  /** Stay on this authenticator and render its (possibly changed) state; non-200 with messages for errors. */
  | { kind: 'stay'; status?: number; messages?: IdxMessage[]; fieldMessages?: Record<string, IdxMessage[]>; answered?: string }
  /** A body other than the transaction's state (e.g. Okta's 429 rate-limit answer). */
  | { kind: 'response'; status: number; body: unknown; headers?: Record<string, string> };

/** What the client picked in select-authenticator-* (or nothing when the flow chose by itself). */
export interface Selection {
  methodType?: string;
  phoneNumber?: string;
  channel?: string;
}

/** Per-request view of one authenticator step, handed to the module's hooks. */
export interface StepContext {
  readonly env: AuthenticatorEnv;
  /** Emulator origin, for absolute hrefs. */
  readonly origin: string;
  readonly issuer: string;
  /** The request's Origin header (the app), if any. */
  readonly requestOrigin: string | undefined;
  readonly user: UserRecord;
  readonly tx: Transaction;
  readonly purpose: AuthenticatorPurpose;
  /** Scratch state of this step; a fresh object whenever the step (re)starts. */
  readonly state: Record<string, unknown>;
  readonly outbox: Outbox;
  /** A remediation form with the stateHandle appended (href = origin + path). */
  form(name: string, path: string, fields: IdxField[], relatesTo?: string): IdxForm;
  /** `$.currentAuthenticator` or `$.currentAuthenticatorEnrollment`, whichever this step renders. */
  readonly holderPath: string;
}

/** How a step renders: its own remediations (placed before select-authenticator-*) and additions to the current authenticator. */
export interface StepView {
  forms: IdxForm[];
  /** Merged into the current authenticator object (contextualData, profile, resend, poll, …). */
  authenticator?: Record<string, unknown>;
  /** Whether to keep the select-authenticator-* list next to the forms (default true). */
  withSelect?: boolean;
}

/**
 * One authenticator, keyed by Okta's authenticator key. Simple passcode authenticators implement
 * `credentialFields` + `verify` / `enroll`; multi-step ones (data steps, polling, resend) add the
 * optional hooks, which the core calls instead.
 */
export interface AuthenticatorModule {
  /** Okta authenticator key, e.g. `okta_password`. */
  readonly key: string;
  /** IDX `type`, e.g. `password`. */
  readonly type: string;
  /** Org-level authenticator id, sent back by select-authenticator-* as `authenticator.id`. */
  readonly id: string;
  readonly displayName: string;
  /** `methods[].type`; the first one is offered in select lists. */
  readonly methods: readonly string[];
  /** What a successful use contributes to the ID token's `amr` (unless {@link amrOf} says per method). */
  readonly amr: readonly string[];
  /** Prefix of the user's enrollment id (Okta: `lae` password, `eae` email, `qae` question…); default `aen`. */
  readonly enrollmentIdPrefix?: string;
  /** Whether Okta would attach a `recover` action (only advertised when the config enables recovery). */
  readonly recoverable: boolean;
  /** Where a challenge relates to: Okta uses `currentAuthenticator` for Okta Verify and WebAuthn. Default enrollment. */
  readonly verifyHolder?: 'currentAuthenticator' | 'currentAuthenticatorEnrollment';

  /** Per-user state from the configuration; yields nothing when the user is not enrolled. */
  seed(user: ResolvedUser): Iterable<[key: string, state: unknown]>;
  isEnrolled(user: UserRecord): boolean;
  /** Fields inside `credentials.form.value`. */
  credentialFields(purpose: AuthenticatorPurpose): IdxField[];
  /** Extra properties of the authenticator object (e.g. `settings` with the password policy). */
  describe(purpose: AuthenticatorPurpose, env: AuthenticatorEnv): Record<string, unknown>;
  verify(user: UserRecord, credentials: unknown, env: AuthenticatorEnv): CredentialOutcome | Promise<CredentialOutcome>;
  enroll(user: UserRecord, credentials: unknown, env: AuthenticatorEnv): CredentialOutcome | Promise<CredentialOutcome>;

  /** Enrollment objects for `authenticatorEnrollments` (default: one summary); e.g. one per WebAuthn credential. */
  enrollments?(user: UserRecord): Record<string, unknown>[];
  /** Masked `profile` of the user's enrollment (email, phone number, question). */
  profile?(user: UserRecord): Record<string, unknown> | undefined;
  /** `methods` of the user's enrollment (e.g. Okta Verify with push and/or totp). */
  enrolledMethods?(user: UserRecord): string[];
  /** Fields of this authenticator's option in select-authenticator-* (default: id + methodType). */
  selectFields?(purpose: AuthenticatorPurpose, user: UserRecord): IdxField[];
  /** Called when the step starts (send a code, make a secret, a push, a WebAuthn challenge…). */
  begin?(ctx: StepContext, selection: Selection): void | Promise<void>;
  /** Rendering of the step; default: one challenge-/enroll-authenticator with `credentialFields`. */
  view?(ctx: StepContext): StepView;
  /** `amr` of the step that just succeeded, when it depends on the method (SMS `sms` / voice `tel`, push `mca` / TOTP `otp`). */
  amrOf?(ctx: StepContext): readonly string[];
  /** Handles any remediation or action of this step; default: `verify` / `enroll` on the credentials form. */
  submit?(ctx: StepContext, name: string, body: JsonObject): StepOutcome | Promise<StepOutcome>;
}

/**
 * For authenticators answered through their own step hooks rather than a plain passcode: the passcode
 * entry points must never be reached, and say which authenticator was misrouted if they are.
 */
export const stepHooksOnly = (key: string) => (): never => {
  throw new Error(`${key} is verified through its step hooks`);
};
