import type { FlowAuthenticator } from '../state/flow-state.js';

/**
 * WebAuthn ceremonies with the data Okta sends, encoded the way okta-auth-js encodes them
 * (lib/idx/webauthn.ts): challenge and ids arrive base64url; results leave as standard base64.
 * Kept here, small and SDK-free, so a step element never calls the SDK.
 */
const fromBase64Url = (value: string): Uint8Array<ArrayBuffer> => {
  const base64 = value.replace(/-/g, '+').replace(/_/g, '/');
  return Uint8Array.from(atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4)), (c) => c.charCodeAt(0));
};

const toBase64 = (buffer: ArrayBuffer): string => btoa(String.fromCharCode(...new Uint8Array(buffer)));

function credentialsOf(enrollments: readonly FlowAuthenticator[] = []): PublicKeyCredentialDescriptor[] {
  return enrollments
    .filter((e) => e.key === 'webauthn' && e.credentialId)
    .map((e) => ({
      type: 'public-key' as const,
      id: fromBase64Url(e.credentialId as string),
      ...(Array.isArray(e.transports) ? { transports: e.transports as AuthenticatorTransport[] } : {}),
    }));
}

interface ActivationData {
  rp: PublicKeyCredentialRpEntity;
  user: { id: string; name: string; displayName: string };
  challenge: string;
  pubKeyCredParams: PublicKeyCredentialParameters[];
  attestation?: AttestationConveyancePreference;
  authenticatorSelection?: AuthenticatorSelectionCriteria;
}

interface ChallengeData {
  challenge: string;
  userVerification?: UserVerificationRequirement;
  rpId?: string;
}

export const webauthnSupported = (): boolean => typeof PublicKeyCredential !== 'undefined' && !!navigator.credentials;

/** Creates a credential; resolves to the values `enroll-authenticator` expects under `credentials`. */
export async function createCredential(activation: ActivationData, enrollments?: readonly FlowAuthenticator[]) {
  const credential = (await navigator.credentials.create({
    publicKey: {
      rp: activation.rp,
      user: { id: fromBase64Url(activation.user.id), name: activation.user.name, displayName: activation.user.displayName },
      challenge: fromBase64Url(activation.challenge),
      pubKeyCredParams: activation.pubKeyCredParams,
      attestation: activation.attestation,
      authenticatorSelection: activation.authenticatorSelection,
      excludeCredentials: credentialsOf(enrollments),
    },
  })) as PublicKeyCredential;
  const response = credential.response as AuthenticatorAttestationResponse;
  return {
    'credentials.clientData': toBase64(response.clientDataJSON),
    'credentials.attestation': toBase64(response.attestationObject),
    'credentials.transports': JSON.stringify(response.getTransports?.() ?? []),
  };
}

/** Asks for an assertion; resolves to the values `challenge-authenticator` expects under `credentials`. */
export async function getAssertion(challenge: ChallengeData, enrollments?: readonly FlowAuthenticator[]) {
  const credential = (await navigator.credentials.get({
    publicKey: {
      challenge: fromBase64Url(challenge.challenge),
      userVerification: challenge.userVerification,
      allowCredentials: credentialsOf(enrollments),
      ...(challenge.rpId ? { rpId: challenge.rpId } : {}),
    },
  })) as PublicKeyCredential;
  const response = credential.response as AuthenticatorAssertionResponse;
  return {
    'credentials.clientData': toBase64(response.clientDataJSON),
    'credentials.authenticatorData': toBase64(response.authenticatorData),
    'credentials.signatureData': toBase64(response.signature),
  };
}

/** A person-readable reason for a failed ceremony. */
export function webauthnProblem(error: unknown): string {
  const name = (error as { name?: string } | undefined)?.name;
  if (name === 'NotAllowedError') return 'The request was cancelled or timed out. Try again when you are ready.';
  if (name === 'InvalidStateError') return 'This security key is already set up. Use another one.';
  if (name === 'NotSupportedError') return 'This browser or device has no suitable security key or passkey.';
  if (name === 'SecurityError') return 'The browser refused: this page’s address does not match the sign-in service.';
  return 'The security key could not be used. Try again, or choose another method.';
}
