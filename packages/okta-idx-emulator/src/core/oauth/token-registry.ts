import { randomToken } from '../model/ids.js';

/** What a refresh token stands for: one sign-in of one user to one client at one authorization server. */
export interface RefreshGrant {
  readonly clientId: string;
  /** Issuer path of the authorization server ('' = org): only that server redeems it. */
  readonly serverPath: string;
  readonly userId: string;
  /** The scopes granted at sign-in; a refresh may narrow them, never widen them. */
  readonly scopes: readonly string[];
  readonly authTime: number;
  readonly amr: readonly string[];
  /** Seconds since the epoch. */
  readonly issuedAt: number;
  readonly expiresAt: number;
}

interface RefreshRecord extends RefreshGrant {
  /** Access tokens issued with this refresh token or its predecessors: revoked with it. `jti` → `exp`. */
  readonly accessTokens: Map<string, number>;
}

/** A refresh token taken out by {@link TokenRegistry.redeem}, waiting for its successor. */
export interface RedeemedRefreshToken {
  readonly grant: RefreshGrant;
  readonly accessTokens: ReadonlyMap<string, number>;
}

/** Live refresh tokens kept at most; past it, the oldest is forgotten (as if revoked). */
export const MAX_REFRESH_TOKENS = 50_000;

/**
 * What the authorization servers remember about the tokens they issued: refresh tokens (to redeem and
 * rotate) and revoked access tokens (so userinfo and introspect refuse them). Access tokens themselves are
 * stateless JWTs. Memory stays bounded: a revocation is forgotten once the token would have expired
 * anyway, an expired refresh token is dropped, and there are at most {@link MAX_REFRESH_TOKENS}.
 */
export class TokenRegistry {
  private readonly refresh = new Map<string, RefreshRecord>();
  /** Revoked access tokens: `jti` → `exp` (seconds). */
  private readonly revoked = new Map<string, number>();
  private lastPrune = Number.NaN;

  constructor(private readonly maxRefreshTokens = MAX_REFRESH_TOKENS) {}

  /** A new opaque refresh token for `grant`; `accessTokenId` is the access token issued with it. */
  issueRefreshToken(grant: RefreshGrant, accessTokenId: string, accessTokenExpiresAt: number, now: number): string {
    return this.store(grant, new Map([[accessTokenId, accessTokenExpiresAt]]), now);
  }

  /** The live grant behind `token`, or undefined (unknown, rotated, revoked or expired). */
  find(token: string, now: number): RefreshGrant | undefined {
    const record = this.refresh.get(token);
    if (!record) return undefined;
    if (record.expiresAt <= now) {
      this.refresh.delete(token);
      return undefined;
    }
    return record;
  }

  /**
   * Takes `token` out for a refresh (rotation: it is refused from this moment on, with no grace period), so
   * two concurrent refreshes with one token cannot both succeed. Pass the result to {@link reissue}.
   */
  redeem(token: string, now: number): RedeemedRefreshToken | undefined {
    const record = this.refresh.get(token);
    if (!record || record.expiresAt <= now) return undefined;
    this.refresh.delete(token);
    return { grant: record, accessTokens: record.accessTokens };
  }

  /** The rotated refresh token for a redeemed one: the same grant, a new lifetime, the new access token recorded. */
  reissue(redeemed: RedeemedRefreshToken, accessTokenId: string, accessTokenExpiresAt: number, expiresAt: number, now: number): string {
    const accessTokens = new Map([...redeemed.accessTokens].filter(([, exp]) => exp > now));
    accessTokens.set(accessTokenId, accessTokenExpiresAt);
    return this.store({ ...redeemed.grant, issuedAt: now, expiresAt }, accessTokens, now);
  }

  /**
   * Revokes a refresh token and the access tokens issued with it (Okta: revoking an access token leaves
   * its refresh token alone; revoking a refresh token revokes its access tokens). False when unknown or
   * issued to another client at another server.
   */
  revokeRefreshToken(token: string, clientId: string, serverPath: string, now: number): boolean {
    const record = this.refresh.get(token);
    if (!record || record.clientId !== clientId || record.serverPath !== serverPath) return false;
    this.refresh.delete(token);
    for (const [jti, exp] of record.accessTokens) this.revokeAccessToken(jti, exp, now);
    return true;
  }

  revokeAccessToken(jti: string, expiresAt: number, now: number): void {
    this.prune(now);
    if (expiresAt > now) this.revoked.set(jti, expiresAt);
  }

  isRevoked(jti: string): boolean {
    return this.revoked.has(jti);
  }

  /** Live refresh tokens and remembered revocations (for tests of the memory bound). */
  get size(): { refreshTokens: number; revocations: number } {
    return { refreshTokens: this.refresh.size, revocations: this.revoked.size };
  }

  /** Forgets every refresh token and revocation (dev reset). */
  reset(): void {
    this.refresh.clear();
    this.revoked.clear();
  }

  private store(grant: RefreshGrant, accessTokens: Map<string, number>, now: number): string {
    this.prune(now);
    while (this.refresh.size >= this.maxRefreshTokens) {
      const oldest = this.refresh.keys().next().value as string;
      this.refresh.delete(oldest);
    }
    const token = randomToken(32);
    const { clientId, serverPath, userId, scopes, authTime, amr, issuedAt, expiresAt } = grant;
    this.refresh.set(token, { clientId, serverPath, userId, scopes, authTime, amr, issuedAt, expiresAt, accessTokens });
    return token;
  }

  /** Drops what has expired: a revoked token past its `exp` is refused by its signature check anyway. */
  private prune(now: number): void {
    // At most once per clock second: a full scan per request would make sign-ins slow with many tokens.
    if (now === this.lastPrune) return;
    this.lastPrune = now;
    for (const [jti, exp] of this.revoked) if (exp <= now) this.revoked.delete(jti);
    for (const [token, record] of this.refresh) if (record.expiresAt <= now) this.refresh.delete(token);
  }
}
