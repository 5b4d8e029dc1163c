import type { ActivationData, ChallengeData, IdxAuthenticator } from '@okta/okta-auth-js/idx';
import { MinimalIdxClient } from '../internal/idx-client-class.js';
import type { MessageKey } from '../i18n/localize.js';
import type { FlowAuthenticator } from '../state/flow-state.js';

/**
 * WebAuthn ceremonies with the data Okta sends, through okta-auth-js's own helpers (`webauthn` of its IDX client classes,
 * lib/idx/webauthn.ts), so options (`hints` included) and encodings follow the SDK that talks to Okta:
 * challenge and ids arrive base64url, results leave as the standard base64 Okta accepts. `<okta-flow>`
 * already bundles the client class, so the helpers add nothing to the download.
 */
const helpers = MinimalIdxClient.webauthn;

/**
 * The enrollments okta-auth-js turns into `allowCredentials` / `excludeCredentials`: only WebAuthn ones
 * with a credential id (the helper would throw on one without), reduced to what it reads.
 */
function credentialEnrollments(enrollments: readonly FlowAuthenticator[] = []): IdxAuthenticator[] {
  return enrollments
    .filter((e) => e.key === 'webauthn' && typeof e.credentialId === 'string' && e.credentialId !== '')
    .map((e) => ({ key: e.key, credentialId: e.credentialId, transports: e.transports }) as IdxAuthenticator);
}

/** What the helpers return: the named fields always, `transports` only when the browser can tell them. */
type Encoded<K extends string> = Record<K, string> & { transports?: string };

export const webauthnSupported = (): boolean => typeof PublicKeyCredential !== 'undefined' && !!navigator.credentials;

/** The values `enroll-authenticator` expects under `credentials`. */
export type AttestationValues = {
  readonly 'credentials.clientData': string;
  readonly 'credentials.attestation': string;
  /** A JSON array of transports, when the browser can tell them. */
  readonly 'credentials.transports'?: string;
};

/** The values `challenge-authenticator` expects under `credentials`. */
export type AssertionValues = {
  readonly 'credentials.clientData': string;
  readonly 'credentials.authenticatorData': string;
  readonly 'credentials.signatureData': string;
};

/**
 * Creates a credential from the step's `activationData`; existing WebAuthn enrollments become
 * `excludeCredentials`, so a key cannot be enrolled twice.
 */
export async function createCredential(
  activation: ActivationData,
  enrollments?: readonly FlowAuthenticator[],
): Promise<AttestationValues> {
  const options = helpers.buildCredentialCreationOptions(activation, credentialEnrollments(enrollments));
  const credential = (await navigator.credentials.create(options)) as PublicKeyCredential;
  // okta-auth-js types these optional (the same type carries values typed by hand); the helper always sets them.
  const { clientData, attestation, transports } = helpers.getAttestation(credential) as Encoded<'clientData' | 'attestation'>;
  return {
    'credentials.clientData': clientData,
    'credentials.attestation': attestation,
    ...(transports !== undefined ? { 'credentials.transports': transports } : {}),
  };
}

/**
 * Asks for an assertion for the step's `challengeData`; WebAuthn enrollments become `allowCredentials`,
 * so a key that is not discoverable is still found.
 */
export async function getAssertion(
  challenge: ChallengeData,
  enrollments?: readonly FlowAuthenticator[],
): Promise<AssertionValues> {
  const options = helpers.buildCredentialRequestOptions(challenge, credentialEnrollments(enrollments));
  const credential = (await navigator.credentials.get(options)) as PublicKeyCredential;
  const { clientData, authenticatorData, signatureData } = helpers.getAssertion(credential) as Encoded<
    'clientData' | 'authenticatorData' | 'signatureData'
  >;
  return {
    'credentials.clientData': clientData,
    'credentials.authenticatorData': authenticatorData,
    'credentials.signatureData': signatureData,
  };
}

/** The catalogue key of a person-readable reason for a failed ceremony, by the DOMException's name. */
export function webauthnProblem(error: unknown): MessageKey {
  const name = (error as { name?: string } | undefined)?.name;
  if (name === 'NotAllowedError') return 'webauthn.problem.cancelled';
  if (name === 'InvalidStateError') return 'webauthn.problem.alreadyEnrolled';
  if (name === 'NotSupportedError') return 'webauthn.problem.unsupported';
  if (name === 'SecurityError') return 'webauthn.problem.wrongOrigin';
  return 'webauthn.problem.failed';
}
