import { SignJWT, base64url, exportJWK, generateKeyPair, jwtVerify, type JWK, type JWTPayload } from 'jose';
import { randomToken, stableId } from '../model/ids.js';

export interface SigningKey {
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
  readonly publicJwk: JWK;
}

/**
 * A fresh RS256 key with a fresh kid at every start: auth-js caches the JWKS for 24 h keyed by kid,
 * so reusing a kid with a new key would make every later signature check fail.
 */
export async function createSigningKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = randomToken(32);
  const { kty, n, e } = await exportJWK(publicKey);
  return { kid, privateKey, publicKey, publicJwk: { kty, alg: 'RS256', kid, use: 'sig', n, e } };
}

/** OIDC `at_hash`: base64url of the left half of SHA-256 over the access token's ASCII. */
export async function atHash(accessToken: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(accessToken)));
  return base64url.encode(digest.slice(0, digest.length / 2));
}

/** PKCE S256: BASE64URL(SHA256(verifier)). */
export async function s256(verifier: string): Promise<string> {
  return base64url.encode(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
}

export interface TokenSubject {
  userId: string;
  identifier: string;
  profile: Readonly<Record<string, string>>;
}

export interface TokenRequest {
  issuer: string;
  /** Access token `aud`. */
  audience: string;
  clientId: string;
  scopes: readonly string[];
  /** Only from the interaction-code grant: Okta leaves it out of refreshed ID tokens. */
  nonce: string | undefined;
  authTime: number;
  amr: readonly string[];
  orgName: string;
  accessTokenSeconds: number;
  idTokenSeconds: number;
  /** Seconds since the epoch. */
  now: number;
}

/**
 * The ID token's profile claims, exactly as Okta's interaction-code and refresh grants issue them: thin.
 * `given_name`, `family_name`, `locale`, `zoneinfo`, `email_verified` and the rest are only at /v1/userinfo.
 */
function idTokenProfile(subject: TokenSubject, scopes: readonly string[]) {
  const p = subject.profile;
  const name = [p.firstName, p.lastName].filter(Boolean).join(' ');
  return {
    name: scopes.includes('profile') && name ? name : undefined,
    email: scopes.includes('email') && p.email ? p.email : undefined,
    preferredUsername: scopes.includes('profile') ? subject.identifier : undefined,
  };
}

/**
 * /v1/userinfo claims by scope (OIDC Core §5.4): `profile` gives the name claims, locale, zoneinfo and
 * `updated_at`; `email` gives email and `email_verified`; `phone` the phone number when the profile has one.
 */
export function userinfoClaims(subject: TokenSubject, scopes: readonly string[], updatedAt: number): Record<string, unknown> {
  const claims: Record<string, unknown> = { sub: subject.userId };
  const p = subject.profile;
  if (scopes.includes('profile')) {
    const name = [p.firstName, p.lastName].filter(Boolean).join(' ');
    if (name) claims.name = name;
    if (p.locale) claims.locale = p.locale;
    claims.preferred_username = subject.identifier;
    if (p.firstName) claims.given_name = p.firstName;
    if (p.lastName) claims.family_name = p.lastName;
    if (p.timeZone) claims.zoneinfo = p.timeZone;
    claims.updated_at = updatedAt;
  }
  if (scopes.includes('email') && p.email) {
    claims.email = p.email;
    claims.email_verified = true;
  }
  if (scopes.includes('phone') && p.mobilePhone) {
    claims.phone_number = p.mobilePhone;
  }
  return claims;
}

export interface IssuedTokens {
  accessToken: string;
  /** The access token's `jti` and `exp`, for revocation. */
  accessTokenId: string;
  accessTokenExpiresAt: number;
  /** Present when `openid` is among the scopes. */
  idToken: string | undefined;
}

export async function issueTokens(key: SigningKey, subject: TokenSubject, req: TokenRequest): Promise<IssuedTokens> {
  const header = { alg: 'RS256', kid: key.kid };
  const jti = 'AT.' + randomToken(32);
  const accessTokenExpiresAt = req.now + req.accessTokenSeconds;
  // Okta's claims and order (token-response.json of the captured orgs): the login in `sub`, the user id in `uid`.
  const accessToken = await new SignJWT({
    ver: 1,
    jti,
    iss: req.issuer,
    aud: req.audience,
    iat: req.now,
    exp: accessTokenExpiresAt,
    cid: req.clientId,
    uid: subject.userId,
    scp: [...req.scopes],
    sub: subject.identifier,
  })
    .setProtectedHeader(header)
    .sign(key.privateKey);

  if (!req.scopes.includes('openid')) return { accessToken, accessTokenId: jti, accessTokenExpiresAt, idToken: undefined };

  const profile = idTokenProfile(subject, req.scopes);
  // Okta's claim order (token-response.json of the captured orgs); undefined claims are dropped.
  const idClaims: JWTPayload = {
    sub: subject.userId,
    name: profile.name,
    email: profile.email,
    ver: 1,
    iss: req.issuer,
    aud: req.clientId,
    iat: req.now,
    exp: req.now + req.idTokenSeconds,
    jti: 'ID.' + randomToken(32),
    amr: [...req.amr],
    idp: stableId('00o', req.orgName),
    nonce: req.nonce,
    preferred_username: profile.preferredUsername,
    auth_time: req.authTime,
    at_hash: await atHash(accessToken),
  };
  for (const claim of Object.keys(idClaims)) if (idClaims[claim] === undefined) delete idClaims[claim];
  const idToken = await new SignJWT(idClaims).setProtectedHeader(header).sign(key.privateKey);
  return { accessToken, accessTokenId: jti, accessTokenExpiresAt, idToken };
}

/** Claims of an unexpired access token that `key` signed for `issuer` and `audience`, else undefined. */
export async function verifyAccessToken(key: SigningKey, token: string, issuer: string, audience: string, now: number) {
  try {
    const { payload } = await jwtVerify(token, key.publicKey, {
      issuer,
      audience,
      algorithms: ['RS256'],
      currentDate: new Date(now * 1000),
    });
    // An ID token has the same issuer; only an access token carries `cid` and `scp`.
    if (typeof payload.jti !== 'string' || !payload.jti.startsWith('AT.') || typeof payload.cid !== 'string') return undefined;
    return payload;
  } catch {
    return undefined;
  }
}

export const scopesOf = (payload: JWTPayload): string[] =>
  Array.isArray(payload.scp) ? payload.scp.filter((s): s is string => typeof s === 'string') : [];
