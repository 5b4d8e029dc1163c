/**
 * What the authorization servers remember about the tokens they issued: refresh tokens (to redeem and
 * rotate) and revocations (so userinfo and introspect refuse a revoked token). One per emulator.
 */
export class TokenRegistry {
  /** Forgets every refresh token and revocation (dev reset). */
  reset(): void {}
}
