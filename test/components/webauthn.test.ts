import { expect } from '@open-wc/testing';
import { createCredential, getAssertion, webauthnProblem } from '../../src/authenticators/webauthn.js';
import { en } from '../../src/i18n/en.js';
import type { FlowAuthenticator } from '../../src/state/flow-state.js';
import * as states from '../fixtures/flow-states.js';

/**
 * The options handed to navigator.credentials.create/get, and what goes back to the server. Chrome's
 * virtual authenticator would accept wrong options (a discoverable key needs no allowCredentials), so the
 * browser API is stubbed here and each option is checked byte by byte.
 */

/** `-_-_AQ` is base64url for these bytes: '-' and '_' and missing padding must all be decoded. */
const CHALLENGE = '-_-_AQ';
const CHALLENGE_BYTES = [251, 255, 191, 1];
const USER_ID = 'MDB1bmV3'; // "00unew"
const CREDENTIAL_A = 'AQID_-8'; // [1, 2, 3, 255, 239]
const CREDENTIAL_B = 'BAUG'; // [4, 5, 6]

const enrollments: FlowAuthenticator[] = [
  { key: 'okta_email', id: 'eae-email' },
  { key: 'webauthn', id: 'fae-a', credentialId: CREDENTIAL_A, transports: ['usb', 'nfc'] },
  { key: 'webauthn', id: 'fae-b', credentialId: CREDENTIAL_B },
  // An enrollment without a credential id cannot be named to the browser; it must not break the ceremony.
  { key: 'webauthn', id: 'fae-c' },
];

const activationData = {
  rp: { name: 'okta-elements emulator', id: 'localhost' },
  user: { id: USER_ID, name: 'new@example.com', displayName: 'Nico Newman' },
  challenge: CHALLENGE,
  pubKeyCredParams: [
    { type: 'public-key', alg: -7 },
    { type: 'public-key', alg: -257 },
  ],
  attestation: 'none',
  authenticatorSelection: { userVerification: 'preferred', residentKey: 'preferred' },
};

const challengeData = { challenge: CHALLENGE, userVerification: 'required', rpId: 'localhost' };

const buffer = (...bytes: number[]): ArrayBuffer => new Uint8Array(bytes).buffer;
const bytesOf = (source: BufferSource | undefined): number[] =>
  source === undefined ? [] : [...new Uint8Array(ArrayBuffer.isView(source) ? source.buffer.slice(source.byteOffset, source.byteOffset + source.byteLength) : source)];
const descriptors = (list: readonly PublicKeyCredentialDescriptor[] | undefined) =>
  (list ?? []).map((d) => ({ type: d.type, id: bytesOf(d.id), ...(d.transports ? { transports: [...d.transports] } : {}) }));

/** Replaces navigator.credentials.create/get with a recorder that answers with `credential`. */
function stubCredentials(method: 'create' | 'get', credential: unknown) {
  const calls: (CredentialCreationOptions & CredentialRequestOptions)[] = [];
  const container = navigator.credentials as unknown as Record<string, unknown>;
  container[method] = (options: CredentialCreationOptions & CredentialRequestOptions) => {
    calls.push(options);
    return typeof credential === 'function' ? (credential as () => Promise<unknown>)() : Promise.resolve(credential);
  };
  return { calls, restore: () => delete container[method] };
}

const attestationCredential = (transports?: string[]) => ({
  id: 'AQID_-8',
  type: 'public-key',
  response: {
    clientDataJSON: buffer(251, 255),
    attestationObject: buffer(0, 1, 2, 62, 63),
    ...(transports ? { getTransports: () => transports } : {}),
  },
});

const assertionCredential = {
  id: 'AQID_-8',
  type: 'public-key',
  response: { clientDataJSON: buffer(123, 125), authenticatorData: buffer(9, 8, 7), signature: buffer(255, 254, 253) },
};

describe('WebAuthn enrollment options (createCredential)', () => {
  let stub: ReturnType<typeof stubCredentials>;
  afterEach(() => stub.restore());

  it('passes the activation data, decoded, and excludes every enrolled WebAuthn credential', async () => {
    stub = stubCredentials('create', attestationCredential(['internal', 'hybrid']));
    await createCredential(activationData, enrollments);
    expect(stub.calls).to.have.length(1);
    const publicKey = stub.calls[0].publicKey!;
    expect(bytesOf(publicKey.challenge)).to.deep.equal(CHALLENGE_BYTES);
    expect(publicKey.rp).to.deep.equal({ name: 'okta-elements emulator', id: 'localhost' });
    expect(bytesOf(publicKey.user.id)).to.deep.equal([...'00unew'].map((c) => c.charCodeAt(0)));
    expect(publicKey.user.name).to.equal('new@example.com');
    expect(publicKey.user.displayName).to.equal('Nico Newman');
    expect(publicKey.pubKeyCredParams).to.deep.equal(activationData.pubKeyCredParams);
    expect(publicKey.attestation).to.equal('none');
    expect(publicKey.authenticatorSelection).to.deep.equal({ userVerification: 'preferred', residentKey: 'preferred' });
    expect(descriptors(publicKey.excludeCredentials)).to.deep.equal([
      { type: 'public-key', id: [1, 2, 3, 255, 239], transports: ['usb', 'nfc'] },
      { type: 'public-key', id: [4, 5, 6] },
    ]);
    expect(publicKey).not.to.have.property('hints');
  });

  it('passes the server’s hints on', async () => {
    stub = stubCredentials('create', attestationCredential(['usb']));
    await createCredential({ ...activationData, hints: ['security-key'] } as typeof activationData, []);
    expect((stub.calls[0].publicKey as { hints?: string[] }).hints).to.deep.equal(['security-key']);
    expect(stub.calls[0].publicKey!.excludeCredentials).to.deep.equal([]);
  });

  it('returns client data and attestation as standard base64, and the transports as JSON', async () => {
    stub = stubCredentials('create', attestationCredential(['internal', 'hybrid']));
    const values = await createCredential(activationData, enrollments);
    expect(values).to.deep.equal({
      'credentials.clientData': '+/8=',
      'credentials.attestation': 'AAECPj8=',
      'credentials.transports': '["internal","hybrid"]',
    });
  });

  it('sends no transports when the browser cannot tell them', async () => {
    stub = stubCredentials('create', attestationCredential());
    const values = await createCredential(activationData);
    expect(values).not.to.have.property('credentials.transports');
    expect(values['credentials.attestation']).to.equal('AAECPj8=');
  });

  it('lets the browser’s refusal through, for webauthnProblem to name', async () => {
    stub = stubCredentials('create', () => Promise.reject(new DOMException('already registered', 'InvalidStateError')));
    let caught: unknown;
    await createCredential(activationData, enrollments).catch((error: unknown) => (caught = error));
    expect(webauthnProblem(caught)).to.equal('webauthn.problem.alreadyEnrolled');
  });
});

describe('WebAuthn sign-in options (getAssertion)', () => {
  let stub: ReturnType<typeof stubCredentials>;
  afterEach(() => stub.restore());

  it('asks for one of the enrolled credentials, with their transports, the challenge, rpId and user verification', async () => {
    stub = stubCredentials('get', assertionCredential);
    await getAssertion(challengeData, enrollments);
    expect(stub.calls).to.have.length(1);
    const publicKey = stub.calls[0].publicKey!;
    expect(bytesOf(publicKey.challenge)).to.deep.equal(CHALLENGE_BYTES);
    expect(publicKey.rpId).to.equal('localhost');
    expect(publicKey.userVerification).to.equal('required');
    expect(descriptors(publicKey.allowCredentials)).to.deep.equal([
      { type: 'public-key', id: [1, 2, 3, 255, 239], transports: ['usb', 'nfc'] },
      { type: 'public-key', id: [4, 5, 6] },
    ]);
    expect(publicKey).not.to.have.property('hints');
  });

  it('passes the server’s hints on, and leaves rpId to the browser when the server names none', async () => {
    stub = stubCredentials('get', assertionCredential);
    await getAssertion({ challenge: CHALLENGE, userVerification: 'preferred', hints: ['client-device'] }, enrollments);
    const publicKey = stub.calls[0].publicKey!;
    expect((publicKey as { hints?: string[] }).hints).to.deep.equal(['client-device']);
    expect(publicKey).not.to.have.property('rpId');
  });

  it('returns client data, authenticator data and signature as standard base64', async () => {
    stub = stubCredentials('get', assertionCredential);
    expect(await getAssertion(challengeData, enrollments)).to.deep.equal({
      'credentials.clientData': 'e30=',
      'credentials.authenticatorData': 'CQgH',
      'credentials.signatureData': '//79',
    });
  });

  it('takes the challenge and the enrolled credential from a challenge step, as <okta-challenge> does', async () => {
    stub = stubCredentials('get', assertionCredential);
    const state = states.challengeWebauthn;
    const enrolled = state.enrollments!.find((e) => e.key === 'webauthn')!;
    await getAssertion(state.steps[0].authenticator!.contextualData!.challengeData as never, state.enrollments);
    const allow = stub.calls[0].publicKey!.allowCredentials!;
    expect(allow).to.have.length(1);
    const id = btoa(String.fromCharCode(...bytesOf(allow[0].id))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    expect(id).to.equal(enrolled.credentialId);
    expect(allow[0].transports).to.deep.equal(['internal']);
  });
});

describe('webauthnProblem', () => {
  it('names each refusal by a catalogue key with its English sentence', () => {
    const cases: [string | undefined, string, string][] = [
      ['NotAllowedError', 'webauthn.problem.cancelled', 'The request was cancelled or timed out. Try again when you are ready.'],
      ['InvalidStateError', 'webauthn.problem.alreadyEnrolled', 'This security key is already set up. Use another one.'],
      ['NotSupportedError', 'webauthn.problem.unsupported', 'This browser or device has no suitable security key or passkey.'],
      ['SecurityError', 'webauthn.problem.wrongOrigin', 'The browser refused: this page’s address does not match the sign-in service.'],
      ['AbortError', 'webauthn.problem.failed', 'The security key could not be used. Try again, or choose another method.'],
      [undefined, 'webauthn.problem.failed', 'The security key could not be used. Try again, or choose another method.'],
    ];
    for (const [name, key, text] of cases) {
      const error = name ? new DOMException('refused', name) : new Error('no name');
      expect(webauthnProblem(error), String(name)).to.equal(key);
      expect((en as Record<string, string>)[key]).to.equal(text);
    }
  });
});
