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
  clientId: string;
  scopes: readonly string[];
  nonce: string | undefined;
  authTime: number;
  amr: readonly string[];
  orgName: string;
  accessTokenSeconds: number;
  idTokenSeconds: number;
  /** Seconds since the epoch. */
  now: number;
}

const ACCESS_TOKEN_AUDIENCE = 'api://default';

/** Claims that depend on scopes, shared by the ID token and /userinfo. */
export function profileClaims(subject: TokenSubject, scopes: readonly string[]): Record<string, unknown> {
  const claims: Record<string, unknown> = {};
  const p = subject.profile;
  if (scopes.includes('profile')) {
    const name = [p.firstName, p.lastName].filter(Boolean).join(' ');
    if (name) claims.name = name;
    claims.preferred_username = subject.identifier;
    if (p.firstName) claims.given_name = p.firstName;
    if (p.lastName) claims.family_name = p.lastName;
    if (p.locale) claims.locale = p.locale;
    if (p.timeZone) claims.zoneinfo = p.timeZone;
  }
  if (scopes.includes('email') && p.email) {
    claims.email = p.email;
    claims.email_verified = true;
  }
  return claims;
}

export interface IssuedTokens {
  accessToken: string;
  idToken: string;
}

export async function issueTokens(key: SigningKey, subject: TokenSubject, req: TokenRequest): Promise<IssuedTokens> {
  const header = { alg: 'RS256', kid: key.kid };
  // Okta puts the login in the access token's `sub` and the user id in `uid`.
  const accessToken = await new SignJWT({
    ver: 1,
    jti: 'AT.' + randomToken(32),
    iss: req.issuer,
    aud: ACCESS_TOKEN_AUDIENCE,
    iat: req.now,
    exp: req.now + req.accessTokenSeconds,
    cid: req.clientId,
    uid: subject.userId,
    scp: [...req.scopes],
    auth_time: req.authTime,
    sub: subject.identifier,
  })
    .setProtectedHeader(header)
    .sign(key.privateKey);

  const idClaims: JWTPayload = {
    sub: subject.userId,
    ...profileClaims(subject, req.scopes),
    ver: 1,
    iss: req.issuer,
    aud: req.clientId,
    iat: req.now,
    exp: req.now + req.idTokenSeconds,
    jti: 'ID.' + randomToken(32),
    amr: [...req.amr],
    idp: stableId('00o', req.orgName),
    ...(req.nonce !== undefined ? { nonce: req.nonce } : {}),
    auth_time: req.authTime,
    at_hash: await atHash(accessToken),
  };
  const idToken = await new SignJWT(idClaims).setProtectedHeader(header).sign(key.privateKey);
  return { accessToken, idToken };
}

/** Claims of an access token this emulator signed for `issuer`, or undefined if it is not valid. */
export async function verifyAccessToken(key: SigningKey, token: string, issuer: string, now: number) {
  try {
    const { payload } = await jwtVerify(token, key.publicKey, {
      issuer,
      audience: ACCESS_TOKEN_AUDIENCE,
      algorithms: ['RS256'],
      currentDate: new Date(now * 1000),
    });
    return payload;
  } catch {
    return undefined;
  }
}
