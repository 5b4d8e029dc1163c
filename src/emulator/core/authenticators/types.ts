import type { ResolvedConfig, ResolvedUser } from '../config.js';
import type { IdxMessage } from '../messages.js';
import type { IdxField } from '../remediations.js';
import type { UserRecord } from '../store.js';

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

/**
 * One authenticator (password today; email, phone, TOTP… later), keyed by Okta's authenticator key.
 * The core routes `challenge-authenticator` / `enroll-authenticator` answers to the module of the
 * authenticator the transaction is on, and renders whatever the module describes.
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
  /** What a successful use contributes to the ID token's `amr`. */
  readonly amr: readonly string[];
  /** Whether Okta would attach a `recover` action (only advertised when the config enables recovery). */
  readonly recoverable: boolean;

  /** Per-user state from the configuration; yields nothing when the user is not enrolled. */
  seed(user: ResolvedUser): Iterable<[key: string, state: unknown]>;
  isEnrolled(user: UserRecord): boolean;
  /** Fields inside `credentials.form.value`. */
  credentialFields(purpose: AuthenticatorPurpose): IdxField[];
  /** Extra properties of the authenticator object (e.g. `settings` with the password policy). */
  describe(purpose: AuthenticatorPurpose, env: AuthenticatorEnv): Record<string, unknown>;
  verify(user: UserRecord, credentials: unknown, env: AuthenticatorEnv): CredentialOutcome | Promise<CredentialOutcome>;
  enroll(user: UserRecord, credentials: unknown, env: AuthenticatorEnv): CredentialOutcome | Promise<CredentialOutcome>;
}
