import type { ResolvedConfig, ResolvedPolicy, ResolvedUser, UserStatus } from './config.js';
import { randomToken } from './ids.js';

/** A user's mutable state. Authenticator modules own their entry in `authenticators` (keyed by authenticator key). */
export interface UserRecord {
  readonly id: string;
  readonly identifier: string;
  /** Profile attributes; progressive profiling (profile-update) adds the missing ones. */
  readonly profile: Record<string, string>;
  readonly authenticators: Map<string, unknown>;
  /** Sign-on and enrollment policy from the configuration. */
  readonly policy: ResolvedPolicy;
  /** Okta user status; only ACTIVE users can sign in. Wrong passwords lock (LOCKED_OUT), self-service unlock activates. */
  status: UserStatus;
  /** Wrong passwords in a row (reset by a right one or an unlock); at `passwordPolicy.lockout.maxAttempts` the user is locked out. */
  failedPasswordAttempts: number;
  /** Client ids the user is assigned to; undefined = every client. */
  readonly assignedClients: readonly string[] | undefined;
  /** The password has expired (cleared when a new one is set). */
  passwordExpired: boolean;
  /** Days until the password expires, for the warning (cleared when a new one is set). */
  passwordExpiresInDays: number | undefined;
}

export type Step =
  | { readonly kind: 'identify' }
  /** `alternatives`: the keys offered in select-authenticator-* next to this step (the current one included). */
  | { readonly kind: 'challenge'; readonly key: string; readonly alternatives?: readonly string[] }
  | { readonly kind: 'enroll'; readonly key: string; readonly alternatives?: readonly string[]; readonly skippable?: boolean }
  /** Only a select-authenticator-authenticate list (several enrollments satisfy the policy). */
  | { readonly kind: 'select-authenticate'; readonly keys: readonly string[] }
  /** Only a select-authenticator-enroll list, with `skip` when the enrollment is optional. */
  | { readonly kind: 'select-enroll'; readonly keys: readonly string[]; readonly skippable: boolean }
  /** Password recovery started before the user was known: `identify-recovery`. */
  | { readonly kind: 'identify-recovery' }
  /** Password recovery, verified: `reset-authenticator` (a new password). */
  | { readonly kind: 'reset-password' }
  /** The password expired (`reenroll-authenticator`) or expires soon (`reenroll-authenticator-warning`, with skip). */
  | { readonly kind: 'reenroll-password'; readonly warning: boolean }
  /** Self-service unlock started (`unlock-account`): `select-authenticator-unlock-account` (whose account, verified how). */
  | { readonly kind: 'unlock-identify' }
  /** The unlock was verified: Okta's terminal success message (no remediation; `cancel` goes back to sign in). */
  | { readonly kind: 'unlock-success' }
  /** Self-service registration (idx/registration.ts): the sign-up form, then "check your email" when activation is by email. */
  | { readonly kind: 'enroll-profile' }
  | { readonly kind: 'registration-email-sent' }
  /** Progressive profiling (idx/profile-update.ts): the attributes the signed-in user lacks. */
  | { readonly kind: 'profile-update' }
  /** After authentication, Okta's "Stay signed in?" prompt (`keep-me-signed-in`; idx/keep-signed-in.ts). */
  | { readonly kind: 'keep-me-signed-in' }
  /** After authentication, the app's scopes to consent to (`consent`, or `granular-consent` when some are optional; idx/consent.ts). */
  | { readonly kind: 'consent'; readonly scopes: readonly string[]; readonly granular: boolean }
  | { readonly kind: 'success'; readonly code: string };

export interface Transaction {
  readonly interactionHandle: string;
  readonly stateHandle: string;
  /** The authorization server's issuer the transaction was started at (`/v1/interact`); its code is redeemed there. */
  readonly issuer: string;
  readonly clientId: string;
  readonly redirectUri: string;
  readonly scopes: readonly string[];
  readonly state: string | undefined;
  readonly nonce: string | undefined;
  readonly codeChallenge: string;
  expiresAt: number;
  step: Step;
  userId: string | undefined;
  /** Authenticator keys verified or enrolled during this transaction, in order. */
  satisfied: string[];
  /** `amr` values of what was verified or enrolled (a module may contribute per method: push `mca`, TOTP `otp`). */
  amr: string[];
  /** Accepted as Okta does; without session cookies it has no effect yet. */
  rememberMe: boolean;
  /** Scratch state of the current authenticator step (codes, pushes, challenges); owned by its module. */
  stepState: Record<string, unknown>;
  /** Authenticator key picked with select-authenticator-* for the current policy entry. */
  chosen: string | undefined;
  /** The user skipped the optional enrollments. */
  optionalSkipped: boolean;
  /** In a password recovery (after `recover` or a recovery token) until the new password is set. */
  recovering: boolean;
  /** The expiry warning was answered (changed or skipped) in this transaction. */
  expiryHandled: boolean;
  /** In a self-service unlock (after `unlock-account`) until the chosen authenticator is verified. */
  unlocking: boolean;
  /** Progressive profiling was answered (updated or skipped), or needs no asking (a user who just signed up). */
  profileHandled?: boolean;
  /** Started with an activation token: the invited user becomes ACTIVE when the sign-in completes. */
  activating?: boolean;
  /** The identity provider (its id) that signed the user in: it satisfied the policy's first factor (identity-providers.ts). */
  federatedBy?: string;
}

/** The Okta session a completed sign-in would start (the emulator sets no cookie: reported by the dev API). */
export interface SignInSession {
  readonly userId: string;
  readonly clientId: string;
  /** Milliseconds since the epoch. */
  readonly createdAt: number;
  /** "Stay signed in" was chosen: Okta's cookie would be persistent (outlive the browser). */
  readonly keepMeSignedIn: boolean;
  /** Where the choice was made: the identify form's `rememberMe`, the post-auth prompt, or not offered. */
  readonly chosenAt: 'identify' | 'keep-me-signed-in' | 'not-offered';
}

export interface InteractionCodeGrant {
  readonly code: string;
  /** Only the authorization server that started the transaction redeems its code. */
  readonly issuer: string;
  readonly clientId: string;
  readonly redirectUri: string;
  readonly codeChallenge: string;
  readonly scopes: readonly string[];
  readonly nonce: string | undefined;
  readonly userId: string;
  /** Seconds since the epoch. */
  readonly authTime: number;
  readonly amr: readonly string[];
  expiresAt: number;
  used: boolean;
}

export type NewTransaction = Pick<Transaction, 'issuer' | 'clientId' | 'redirectUri' | 'scopes' | 'state' | 'nonce' | 'codeChallenge'>;

/** Seeds an authenticator's per-user state from the config; undefined = not enrolled. */
export type UserSeeder = (user: ResolvedUser) => Iterable<[key: string, state: unknown]>;

/**
 * Transactions and interaction codes live in Maps kept in expiry order: every transaction's expiry is
 * "last accepted request + the same lifetime", so moving a touched transaction to the end keeps the Map
 * sorted, and pruning only ever looks at its head (constant time per request, whatever the live count).
 * Codes have one fixed lifetime from issue, so insertion order is expiry order too.
 */
export class Store {
  private readonly transactions = new Map<string, Transaction>();
  private readonly byInteractionHandle = new Map<string, string>();
  private readonly codes = new Map<string, InteractionCodeGrant>();
  private users = new Map<string, UserRecord>();
  private readonly byIdentifier = new Map<string, string>();
  /** Recovery tokens issued through the dev API: token → user id, each accepted once. */
  private readonly recoveryTokens = new Map<string, string>();
  /** Consent grants (idx/consent.ts): `user id, client id, issuer path` → the scopes the person consented to. */
  readonly consentGrants = new Map<string, Set<string>>();
  /** The sessions sign-ins created, with the "Stay signed in" choice (idx/keep-signed-in.ts), oldest first. */
  readonly sessions: SignInSession[] = [];
  /** Activation tokens (invitations, sign-up activation emails): token → user id, each accepted once. */
  private readonly activationTokens = new Map<string, string>();

  constructor(
    private readonly config: ResolvedConfig,
    private readonly seed: UserSeeder,
    private readonly now: () => number,
  ) {
    this.reset();
  }

  /** Forgets every transaction and code and restores users to the configuration (passwords set since are lost). */
  reset(): void {
    this.transactions.clear();
    this.byInteractionHandle.clear();
    this.codes.clear();
    this.byIdentifier.clear();
    this.recoveryTokens.clear();
    this.consentGrants.clear();
    this.sessions.length = 0;
    this.activationTokens.clear();
    this.users = new Map(this.config.users.map((u) => [u.id, this.newUserRecord(u)]));
    for (const user of this.users.values()) {
      const key = user.identifier.trim().toLowerCase();
      if (!this.byIdentifier.has(key)) this.byIdentifier.set(key, user.id);
    }
  }

  /** Makes every live transaction and interaction code expire now (the next use gets Okta's expiry answer). */
  expireAll(): number {
    const at = this.now();
    let count = 0;
    for (const tx of this.transactions.values()) {
      if (tx.expiresAt > at) count++;
      tx.expiresAt = at;
    }
    for (const grant of this.codes.values()) grant.expiresAt = Math.min(grant.expiresAt, at);
    return count;
  }

  /** Number of transactions held (live or not yet pruned). */
  get transactionCount(): number {
    return this.transactions.size;
  }

  createTransaction(init: NewTransaction): Transaction {
    this.prune();
    // At the cap the oldest transaction (the one closest to expiry) gives way, as a bounded cache would.
    while (this.transactions.size >= this.config.limits.maxTransactions) {
      const oldest = this.transactions.values().next().value as Transaction;
      this.forget(oldest);
    }
    const tx = this.atIdentify(init, randomToken(32));
    this.transactions.set(tx.stateHandle, tx);
    this.byInteractionHandle.set(tx.interactionHandle, tx.stateHandle);
    return tx;
  }

  /** A new transaction (new stateHandle) at the identify step, for this interaction handle. */
  private atIdentify(init: NewTransaction, interactionHandle: string): Transaction {
    return {
      ...init,
      interactionHandle,
      stateHandle: newStateHandle(),
      expiresAt: this.now() + this.config.lifetimes.transactionSeconds * 1000,
      step: { kind: 'identify' },
      userId: undefined,
      satisfied: [],
      amr: [],
      rememberMe: false,
      stepState: {},
      chosen: undefined,
      optionalSkipped: false,
      recovering: false,
      expiryHandled: false,
      unlocking: false,
    };
  }

  /**
   * Cancel: Okta answers with a fresh transaction (new stateHandle) at identify and the old handle is dead,
   * so nothing done on the old one (a second identify, a second code) is possible any more.
   */
  restart(tx: Transaction): Transaction {
    const { issuer, clientId, redirectUri, scopes, state, nonce, codeChallenge, interactionHandle } = tx;
    this.forget(tx);
    const fresh = this.atIdentify({ issuer, clientId, redirectUri, scopes, state, nonce, codeChallenge }, interactionHandle);
    this.transactions.set(fresh.stateHandle, fresh);
    this.byInteractionHandle.set(interactionHandle, fresh.stateHandle);
    return fresh;
  }

  /** Ends a transaction for good (its code was issued): later uses of its handles get the expiry answer. */
  close(tx: Transaction): void {
    this.forget(tx);
  }

  /** Live transaction for a stateHandle; expired ones are indistinguishable from unknown ones, as on Okta. */
  transaction(stateHandle: string): Transaction | undefined {
    const tx = this.transactions.get(stateHandle);
    if (!tx) return undefined;
    if (this.now() >= tx.expiresAt) {
      this.forget(tx);
      return undefined;
    }
    return tx;
  }

  transactionByInteractionHandle(handle: string): Transaction | undefined {
    const stateHandle = this.byInteractionHandle.get(handle);
    return stateHandle === undefined ? undefined : this.transaction(stateHandle);
  }

  /** Okta's IDX expiry is an idle timeout: each accepted request extends it (and moves it to the Map's end). */
  touch(tx: Transaction): void {
    tx.expiresAt = this.now() + this.config.lifetimes.transactionSeconds * 1000;
    if (this.transactions.get(tx.stateHandle) === tx) {
      this.transactions.delete(tx.stateHandle);
      this.transactions.set(tx.stateHandle, tx);
    }
  }

  issueCode(grant: Omit<InteractionCodeGrant, 'code' | 'expiresAt' | 'used'>): InteractionCodeGrant {
    const issued: InteractionCodeGrant = {
      ...grant,
      code: randomToken(32),
      expiresAt: this.now() + this.config.lifetimes.interactionCodeSeconds * 1000,
      used: false,
    };
    this.codes.set(issued.code, issued);
    return issued;
  }

  /**
   * Burns the code whatever happens next (a failed PKCE or redirect check still consumes it, so a
   * stolen code cannot be retried) and returns it only if it was still redeemable.
   */
  redeemCode(code: string): InteractionCodeGrant | undefined {
    const grant = this.codes.get(code);
    if (!grant) return undefined;
    const usable = !grant.used && this.now() < grant.expiresAt;
    grant.used = true;
    return usable ? grant : undefined;
  }

  /** A recovery token for the user, as an admin-initiated password reset email carries (accepted once). */
  issueRecoveryToken(userId: string): string {
    const token = 'VBQ' + randomToken(17);
    this.recoveryTokens.set(token, userId);
    return token;
  }

  /** The user a recovery token was issued for, once: the token is spent whatever happens next. */
  redeemRecoveryToken(token: string): UserRecord | undefined {
    const userId = this.recoveryTokens.get(token);
    if (userId === undefined) return undefined;
    this.recoveryTokens.delete(token);
    return this.users.get(userId);
  }

  /** A user record for `u`, not yet in the store (registration checks it before {@link addUser}). */
  newUserRecord(u: ResolvedUser): UserRecord {
    return {
      id: u.id,
      identifier: u.identifier,
      profile: { ...u.profile },
      authenticators: new Map(this.seed(u)),
      policy: u.policy,
      status: u.status,
      failedPasswordAttempts: 0,
      assignedClients: u.assignedClients,
      passwordExpired: u.passwordExpired,
      passwordExpiresInDays: u.passwordExpiresInDays,
    };
  }

  /** A self-registered user: lives in memory until {@link reset}. False when the identifier is taken. */
  addUser(user: UserRecord): boolean {
    const key = user.identifier.trim().toLowerCase();
    if (this.byIdentifier.has(key) || this.users.has(user.id)) return false;
    this.users.set(user.id, user);
    this.byIdentifier.set(key, user.id);
    return true;
  }

  /** An activation token for the user (an invitation or a sign-up activation email), accepted once. */
  issueActivationToken(userId: string): string {
    const token = randomToken(20);
    this.activationTokens.set(token, userId);
    return token;
  }

  /** The user an activation token was issued for, once: the token is spent whatever happens next. */
  redeemActivationToken(token: string): UserRecord | undefined {
    const userId = this.activationTokens.get(token);
    if (userId === undefined) return undefined;
    this.activationTokens.delete(token);
    return this.users.get(userId);
  }

  /** Every live (unexpired) transaction, for the dev endpoints that act on "the phone" or "the mailbox". */
  *liveTransactions(): Iterable<Transaction> {
    const at = this.now();
    for (const tx of this.transactions.values()) if (at < tx.expiresAt) yield tx;
  }

  user(id: string): UserRecord | undefined {
    return this.users.get(id);
  }

  /** Okta logins are case-insensitive. */
  userByIdentifier(identifier: string): UserRecord | undefined {
    const id = this.byIdentifier.get(identifier.trim().toLowerCase());
    return id === undefined ? undefined : this.users.get(id);
  }

  private forget(tx: Transaction): void {
    if (this.transactions.get(tx.stateHandle) === tx) this.transactions.delete(tx.stateHandle);
    if (this.byInteractionHandle.get(tx.interactionHandle) === tx.stateHandle) this.byInteractionHandle.delete(tx.interactionHandle);
  }

  /** Drops expired entries from the head of each Map; stops at the first live one (see the class comment). */
  private prune(): void {
    const at = this.now();
    for (const tx of this.transactions.values()) {
      if (at < tx.expiresAt) break;
      this.forget(tx);
    }
    for (const [code, grant] of this.codes) {
      // Expired codes, used or not, are unredeemable either way; forgetting them bounds memory.
      if (at < grant.expiresAt) break;
      this.codes.delete(code);
    }
  }
}

const newStateHandle = () => '02' + randomToken(30);
