import {
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import { decodeAttestationObject, isoBase64URL, parseAuthenticatorData } from '@simplewebauthn/server/helpers';
import type { ResolvedUser } from '../model/config.js';
import { randomToken, stableId } from '../model/ids.js';
import type { JsonObject } from '../http/json.js';
import { fieldBlank, webauthnFailed } from '../idx/messages.js';
import { IDX_PATHS, credentialsField } from '../idx/remediations.js';
import type { UserRecord } from '../model/store.js';
import { stepHooksOnly, type AuthenticatorModule, type StepContext, type StepOutcome } from './types.js';

const KEY = 'webauthn';

type Transports = Parameters<typeof verifyRegistrationResponse>[0]['response']['response']['transports'];

interface StoredCredential {
  credentialId: string;
  /** base64url COSE key. */
  publicKey: string;
  counter: number;
  transports?: string[];
}

interface WebauthnState {
  credentials: StoredCredential[];
}

const stateOf = (user: UserRecord) => user.authenticators.get(KEY) as WebauthnState | undefined;

const readString = (body: JsonObject, name: string) => {
  const c = body.credentials;
  const v = typeof c === 'object' && c !== null ? (c as JsonObject)[name] : undefined;
  return typeof v === 'string' && v !== '' ? v : undefined;
};

/** Relying party: the app's Origin (the browser calls WebAuthn on the app's page), else the emulator itself. */
function relyingParty(ctx: StepContext) {
  const origin = ctx.requestOrigin && ctx.requestOrigin !== 'null' ? ctx.requestOrigin : new URL(ctx.issuer).origin;
  return { origin, rpId: new URL(origin).hostname };
}

const DISPLAY_NAME = 'Security Key or Biometric';

/**
 * WebAuthn: registration options from `generateRegistrationOptions` in `contextualData.activationData`,
 * verified with `verifyRegistrationResponse`; assertions (`challengeData`) verified with
 * `verifyAuthenticationResponse` against every stored credential (auth-js does not send the credential id).
 */
export const webauthnAuthenticator: AuthenticatorModule = {
  key: KEY,
  type: 'security_key',
  id: stableId('aut', KEY),
  displayName: DISPLAY_NAME,
  methods: ['webauthn'],
  amr: ['hwk'],
  enrollmentIdPrefix: 'fwf',
  recoverable: false,
  verifyHolder: 'currentAuthenticator',

  *seed(user: ResolvedUser) {
    const c = user.authenticators.webauthn;
    if (c && c.credentials.length > 0) {
      yield [KEY, { credentials: c.credentials.map((x) => ({ ...x, counter: x.counter ?? 0 })) } satisfies WebauthnState];
    }
  },
  isEnrolled: (user) => (stateOf(user)?.credentials.length ?? 0) > 0,
  enrollments: (user) =>
    (stateOf(user)?.credentials ?? []).map((c) => ({
      // One enrollment per credential, each with its own enrollment id (`fwf…`), not the authenticator's.
      type: 'security_key', key: KEY, id: stableId('fwf', c.credentialId), displayName: DISPLAY_NAME,
      methods: [{ type: 'webauthn' }], credentialId: c.credentialId, ...(c.transports ? { transports: c.transports } : {}),
    })),
  credentialFields: (purpose) =>
    purpose === 'enroll'
      ? [
          { name: 'clientData', label: 'Client Data', required: true, visible: false },
          { name: 'attestation', label: 'Attestation', required: true, visible: false },
          { name: 'transports', label: 'Transports', required: false, visible: false },
        ]
      : [
          { name: 'clientData', label: 'Client Data', required: true, visible: false },
          { name: 'authenticatorData', label: 'Authenticator Data', required: true, visible: false },
          { name: 'signatureData', label: 'Signature Data', required: true, visible: false },
        ],
  describe: () => ({}),
  verify: stepHooksOnly(KEY),
  enroll: stepHooksOnly(KEY),

  async begin(ctx) {
    const { origin, rpId } = relyingParty(ctx);
    ctx.state.origin = origin;
    ctx.state.rpId = rpId;
    if (ctx.purpose === 'verify') {
      ctx.state.challenge = randomToken(32);
      return;
    }
    const options = await generateRegistrationOptions({
      rpName: ctx.env.config.orgName,
      rpID: rpId,
      userName: ctx.user.identifier,
      userDisplayName: [ctx.user.profile.firstName, ctx.user.profile.lastName].filter(Boolean).join(' ') || ctx.user.identifier,
      userID: new TextEncoder().encode(ctx.user.id),
      attestationType: 'none',
      excludeCredentials: (stateOf(ctx.user)?.credentials ?? []).map((c) => ({ id: c.credentialId })),
      authenticatorSelection: { userVerification: 'preferred', residentKey: 'preferred' },
    });
    ctx.state.challenge = options.challenge;
    ctx.state.activationData = {
      rp: options.rp,
      user: options.user,
      challenge: options.challenge,
      pubKeyCredParams: options.pubKeyCredParams,
      attestation: options.attestation,
      authenticatorSelection: options.authenticatorSelection,
      ...(options.excludeCredentials?.length ? { excludeCredentials: options.excludeCredentials } : {}),
    };
  },

  view(ctx) {
    const name = ctx.purpose === 'verify' ? 'challenge-authenticator' : 'enroll-authenticator';
    const forms = [ctx.form(name, IDX_PATHS.challengeAnswer, [credentialsField(webauthnAuthenticator.credentialFields(ctx.purpose))], ctx.holderPath)];
    const contextualData =
      ctx.purpose === 'verify'
        ? { challengeData: { challenge: ctx.state.challenge, userVerification: 'preferred', rpId: ctx.state.rpId } }
        : { activationData: ctx.state.activationData };
    return { forms, authenticator: { contextualData } };
  },

  async submit(ctx, name, body): Promise<StepOutcome> {
    if (name !== 'challenge-authenticator' && name !== 'enroll-authenticator') return { kind: 'stay', status: 400 };
    const fail = (m: ReturnType<typeof fieldBlank>): StepOutcome => ({ kind: 'stay', status: 400, answered: name, messages: [m] });
    // okta-auth-js sends these as standard base64 (btoa), which Okta accepts; the verifier wants base64url.
    const str = (from: JsonObject, key: string) => {
      const value = readString(from, key);
      return value && value.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    };
    const clientData = str(body, 'clientData');
    const expectedOrigin = [String(ctx.state.origin), ...(ctx.requestOrigin ? [ctx.requestOrigin] : [])];
    const expectedRPID = String(ctx.state.rpId);
    const expectedChallenge = String(ctx.state.challenge);
    if (ctx.purpose === 'enroll') {
      const attestation = str(body, 'attestation');
      if (!clientData || !attestation) return fail(fieldBlank());
      let transports: string[] | undefined;
      try {
        const raw = body.credentials as JsonObject;
        const t = typeof raw.transports === 'string' ? JSON.parse(raw.transports) : raw.transports;
        if (Array.isArray(t)) transports = t.filter((x): x is string => typeof x === 'string');
        const authData = decodeAttestationObject(isoBase64URL.toBuffer(attestation)).get('authData');
        const credentialID = parseAuthenticatorData(authData).credentialID;
        if (!credentialID) return fail(webauthnFailed('no credential in the attestation'));
        const id = isoBase64URL.fromBuffer(credentialID);
        const result = await verifyRegistrationResponse({
          response: {
            id, rawId: id, type: 'public-key', clientExtensionResults: {},
            response: { clientDataJSON: clientData, attestationObject: attestation, transports: transports as Transports },
          },
          expectedChallenge, expectedOrigin, expectedRPID, requireUserVerification: false,
        });
        if (!result.verified) return fail(webauthnFailed('the attestation does not verify'));
        const { credential } = result.registrationInfo;
        const previous = stateOf(ctx.user)?.credentials ?? [];
        ctx.user.authenticators.set(KEY, {
          credentials: [...previous, {
            credentialId: credential.id, publicKey: isoBase64URL.fromBuffer(credential.publicKey), counter: credential.counter,
            ...(transports ? { transports } : {}),
          }],
        } satisfies WebauthnState);
        return { kind: 'done' };
      } catch (error) {
        return fail(webauthnFailed((error as Error).message));
      }
    }
    const authenticatorData = str(body, 'authenticatorData');
    const signature = str(body, 'signatureData');
    if (!clientData || !authenticatorData || !signature) return fail(fieldBlank());
    let lastError = 'no enrolled credential matches';
    for (const stored of stateOf(ctx.user)?.credentials ?? []) {
      try {
        const result = await verifyAuthenticationResponse({
          response: {
            id: stored.credentialId, rawId: stored.credentialId, type: 'public-key', clientExtensionResults: {},
            response: { clientDataJSON: clientData, authenticatorData, signature },
          },
          expectedChallenge, expectedOrigin, expectedRPID, requireUserVerification: false,
          credential: { id: stored.credentialId, publicKey: isoBase64URL.toBuffer(stored.publicKey), counter: stored.counter },
        });
        if (result.verified) {
          stored.counter = result.authenticationInfo.newCounter;
          return { kind: 'done' };
        }
      } catch (error) {
        lastError = (error as Error).message;
      }
    }
    return fail(webauthnFailed(lastError));
  },
};
