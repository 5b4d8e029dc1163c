// A software WebAuthn authenticator for tests: ES256 key pair from WebCrypto, `none` attestation, and the
// base64url encodings okta-auth-js's getAttestation / getAssertion produce.

/** Minimal CBOR encoder: unsigned/negative integers, byte strings, text strings, arrays and maps. */
export function cbor(value: unknown): Uint8Array {
  const out: number[] = [];
  const head = (major: number, n: number) => {
    if (n < 24) out.push((major << 5) | n);
    else if (n < 0x100) out.push((major << 5) | 24, n);
    else if (n < 0x10000) out.push((major << 5) | 25, n >> 8, n & 0xff);
    else out.push((major << 5) | 26, (n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
  };
  const write = (v: unknown): void => {
    if (typeof v === 'number') {
      if (v >= 0) head(0, v);
      else head(1, -1 - v);
    } else if (v instanceof Uint8Array) {
      head(2, v.length);
      out.push(...v);
    } else if (typeof v === 'string') {
      const bytes = new TextEncoder().encode(v);
      head(3, bytes.length);
      out.push(...bytes);
    } else if (Array.isArray(v)) {
      head(4, v.length);
      v.forEach(write);
    } else if (v instanceof Map) {
      head(5, v.size);
      for (const [k, x] of v) {
        write(k);
        write(x);
      }
    } else throw new Error(`cbor: unsupported ${typeof v}`);
  };
  write(value);
  return new Uint8Array(out);
}

const b64u = (bytes: Uint8Array | ArrayBuffer) => Buffer.from(bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : bytes).toString('base64url');
const sha256 = async (data: Uint8Array<ArrayBuffer>) => new Uint8Array(await crypto.subtle.digest('SHA-256', data));
const concat = (...parts: Uint8Array[]): Uint8Array<ArrayBuffer> => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** Raw r||s (WebCrypto) to the DER ECDSA signature WebAuthn carries. */
function derSignature(raw: Uint8Array): Uint8Array {
  const int = (b: Uint8Array) => {
    let i = 0;
    while (i < b.length - 1 && b[i] === 0) i++;
    let v = b.slice(i);
    if (v[0] & 0x80) v = concat(new Uint8Array([0]), v);
    return concat(new Uint8Array([0x02, v.length]), v);
  };
  const body = concat(int(raw.slice(0, 32)), int(raw.slice(32)));
  return concat(new Uint8Array([0x30, body.length]), body);
}

export class SoftAuthenticator {
  private counter = 0;
  private constructor(
    private readonly keys: CryptoKeyPair,
    readonly credentialId: Uint8Array,
  ) {}

  static async create(): Promise<SoftAuthenticator> {
    const keys = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])) as CryptoKeyPair;
    return new SoftAuthenticator(keys, crypto.getRandomValues(new Uint8Array(32)));
  }

  private async authData(rpId: string, attested: boolean): Promise<Uint8Array> {
    this.counter++;
    const flags = 0x01 | 0x04 | (attested ? 0x40 : 0); // UP, UV, AT
    const counter = new Uint8Array([(this.counter >>> 24) & 0xff, (this.counter >> 16) & 0xff, (this.counter >> 8) & 0xff, this.counter & 0xff]);
    const base = concat(await sha256(new TextEncoder().encode(rpId)), new Uint8Array([flags]), counter);
    if (!attested) return base;
    const jwk = await crypto.subtle.exportKey('jwk', this.keys.publicKey);
    const cose = cbor(new Map<number, unknown>([
      [1, 2], [3, -7], [-1, 1],
      [-2, new Uint8Array(Buffer.from(jwk.x!, 'base64url'))],
      [-3, new Uint8Array(Buffer.from(jwk.y!, 'base64url'))],
    ]));
    const idLength = new Uint8Array([this.credentialId.length >> 8, this.credentialId.length & 0xff]);
    return concat(base, new Uint8Array(16), idLength, this.credentialId, cose);
  }

  /** What auth-js sends for enroll-authenticator: `{ clientData, attestation, transports }`. */
  async attestation(activationData: { challenge: string; rp: { id?: string } }, origin: string) {
    const rpId = activationData.rp.id ?? new URL(origin).hostname;
    const clientData = new TextEncoder().encode(JSON.stringify({ type: 'webauthn.create', challenge: activationData.challenge, origin, crossOrigin: false }));
    const attestationObject = cbor(new Map<string, unknown>([['fmt', 'none'], ['attStmt', new Map()], ['authData', await this.authData(rpId, true)]]));
    return { clientData: b64u(clientData), attestation: b64u(attestationObject), transports: JSON.stringify(['internal']) };
  }

  /** What auth-js sends for challenge-authenticator: `{ clientData, authenticatorData, signatureData }`. */
  async assertion(challengeData: { challenge: string; rpId?: string }, origin: string) {
    const rpId = challengeData.rpId ?? new URL(origin).hostname;
    const clientData = new TextEncoder().encode(JSON.stringify({ type: 'webauthn.get', challenge: challengeData.challenge, origin, crossOrigin: false }));
    const authenticatorData = await this.authData(rpId, false);
    const signed = concat(authenticatorData, await sha256(clientData));
    const raw = new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, this.keys.privateKey, signed));
    return { clientData: b64u(clientData), authenticatorData: b64u(authenticatorData), signatureData: b64u(derSignature(raw)) };
  }
}
