import { base64url } from 'jose';

/** Opaque, unguessable value (handles, codes, jti); base64url so it is URL- and JSON-safe. */
export function randomToken(byteLength = 32): string {
  const bytes = new Uint8Array(byteLength);
  crypto.getRandomValues(bytes);
  return base64url.encode(bytes);
}

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * Okta-looking id (`00u` + 17 characters) derived from a seed, so a config without ids still gets the
 * same user id across restarts (tokens and app databases keyed by `sub` keep working).
 * FNV-1a rather than SHA-256 because config resolution must stay synchronous.
 */
export function stableId(prefix: string, seed: string, length = 20): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ seed.length;
  let out = '';
  for (let round = 0; out.length < length - prefix.length; round++) {
    for (let i = 0; i < seed.length; i++) {
      const c = seed.charCodeAt(i) + round;
      h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
      h2 = Math.imul(h2 ^ (c * 31 + i), 0x01000193) >>> 0;
    }
    let mix = (h1 ^ Math.imul(h2, 0x9e3779b1)) >>> 0;
    for (let k = 0; k < 5 && out.length < length - prefix.length; k++) {
      out += ALPHABET[mix % ALPHABET.length];
      mix = Math.floor(mix / ALPHABET.length);
    }
  }
  return prefix + out;
}

/** Okta error ids look like `oae…`; only their uniqueness matters to clients. */
export function errorId(): string {
  return 'oae' + randomToken(15).replace(/[-_]/g, 'x').slice(0, 19);
}
