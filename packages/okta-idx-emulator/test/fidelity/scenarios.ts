/**
 * The fidelity scenarios: for each captured Okta answer, the request it answered, sent to an emulator set up
 * to be in the same state (see users.ts for the accounts, drive.ts for the requests).
 */
import type { Emulator, EmulatorConfig } from '../../src/core/index.js';
import { REDIRECT_URI, formRequest, jsonRequest } from '../helpers.js';
import {
  CAPTURED_CUSTOM_SERVER,
  CONFIDENTIAL_CLIENT,
  PUBLIC_CLIENT,
  answerOf,
  authenticatorChoice,
  begin,
  get,
  idx,
  latestCode,
  redeem,
  step,
  type Answer,
  type Begun,
  type BeginOptions,
} from './drive.js';
import { discoveryShape, idxShape, jwksShape, oauthShape, tokenShape, type Shape } from './shape.js';
import { capturedSignUp, PASSWORD, QUESTION, USERS, WITH_REGISTRATION, WRONG_PASSWORD } from './users.js';

export const ION = 'application/ion+json; okta-version=1.0.0';
export const JSON_TYPE = 'application/json';

/** Where an expected status comes from: the captures carry no headers. */
const STATUS_FROM = {
  javaTests: 'okta-idx-java serves this file with this status in its tests',
  index: 'INDEX: 400 for a refused answer, 401 for an invalid one-time code or an expired/unknown stateHandle',
  success: 'a successful answer',
} as const;

export interface Outcome {
  answer: Answer;
  /** Facts about the answer that need the request to judge (e.g. whether cancel issued a new handle). */
  facts?: Record<string, string>;
}

export interface Scenario {
  /** The request, in words. */
  request: string;
  /** The captured answers to that request (several orgs and SDKs captured the same one). */
  captures: string[];
  shape: (body: unknown) => Shape;
  status: number;
  statusFrom: string;
  contentType: string;
  /** Org settings for this scenario (identifier-first, recovery, unknown-user answer). */
  org?: Partial<EmulatorConfig>;
  /** Set when the captured request itself is not emulated but the state it led to is. */
  sameStateOtherRequest?: string;
  /** Facts the capture implies that its JSON cannot show (e.g. a new stateHandle). */
  expectedFacts?: Record<string, string>;
  run: (emulator: Emulator) => Promise<Outcome>;
}

const start = (emulator: Emulator, options: BeginOptions = {}) => begin(emulator, options);

/** identify (identifier first) for a user. */
async function identified(emulator: Emulator, identifier: string, options: BeginOptions = {}) {
  const begun = await start(emulator, options);
  const answer = await step(begun, '/idp/idx/identify', { identifier });
  return { begun, answer };
}

/** identify, then choose an authenticator in select-authenticator-authenticate. */
async function chose(emulator: Emulator, identifier: string, key: string, options: BeginOptions = {}) {
  const { begun, answer } = await identified(emulator, identifier, options);
  return { begun, answer: await step(begun, '/idp/idx/challenge', { authenticator: authenticatorChoice(answer.body, 'select-authenticator-authenticate', key) }) };
}

/** identify and pass the password (choosing it first when the policy offers a choice). */
async function afterPassword(emulator: Emulator, identifier: string, options: BeginOptions = {}): Promise<{ begun: Begun; answer: Answer }> {
  const { begun, answer } = await identified(emulator, identifier, options);
  if (answer.body.remediation?.value?.some((r: { name: string }) => r.name === 'select-authenticator-authenticate')) {
    await step(begun, '/idp/idx/challenge', { authenticator: authenticatorChoice(answer.body, 'select-authenticator-authenticate', 'okta_password') });
  }
  return { begun, answer: await step(begun, '/idp/idx/challenge/answer', { credentials: { passcode: PASSWORD } }) };
}

/**
 * Current orgs ask before sending an email (authenticator-verification-data, "Send me an email"); the 2021
 * captures were taken after the email was sent, so a scenario answers that step first when it is asked.
 */
async function sendEmailIfAsked(begun: Begun, answer: Answer): Promise<Answer | undefined> {
  const asked = answer.body.remediation?.value?.find((r: { name: string }) => r.name === 'authenticator-verification-data');
  if (!asked) return undefined;
  const id = asked.value?.find((f: { name: string }) => f.name === 'authenticator')?.form?.value?.find((f: { name: string }) => f.name === 'id')?.value;
  return step(begun, '/idp/idx/challenge', { authenticator: { id, methodType: 'email' } });
}

/** After the password, choose email and enter the code the emulator sent. */
async function afterEmailCode(emulator: Emulator, identifier: string) {
  const { begun, answer } = await afterPassword(emulator, identifier);
  await sendEmailIfAsked(begun, await step(begun, '/idp/idx/challenge', { authenticator: authenticatorChoice(answer.body, 'select-authenticator-authenticate', 'okta_email') }));
  const code = await latestCode(emulator, identifier);
  return { begun, answer: await step(begun, '/idp/idx/challenge/answer', { credentials: { passcode: code } }) };
}

/** mfa.sop after email: choose the security question to enroll. */
async function enrollingQuestion(emulator: Emulator) {
  const { begun, answer } = await afterEmailCode(emulator, USERS.mfaSop);
  return { begun, answer: await step(begun, '/idp/idx/credential/enroll', { authenticator: authenticatorChoice(answer.body, 'select-authenticator-enroll', 'security_question') }) };
}

export const SCENARIOS: Scenario[] = [
  // ---- OAuth ----
  {
    request: 'POST /oauth2/default/v1/interact (public client with PKCE)',
    captures: [
      'idx-java/interact-response.json',
      'idx-swift/interact-response.json',
      'idx-swift/MFA-Email/01-interact-response.json',
      'idx-swift/MFA-SOP/01-interact-response.json',
      'idx-swift/Passcode/01-interact-response.json',
      'idx-swift/RestartTransaction/01-interact-response.json',
      'idx-swift/IdP/01-interact-response.json',
    ],
    shape: oauthShape,
    status: 200,
    statusFrom: STATUS_FROM.javaTests,
    contentType: JSON_TYPE,
    run: async (emulator) => ({ answer: (await start(emulator)).interact }),
  },
  {
    request: 'POST /oauth2/default/v1/interact without a code_challenge (public client)',
    captures: ['idx-java/interact-error-response.json', 'idx-swift/interact-error-response.json'],
    shape: oauthShape,
    status: 400,
    statusFrom: STATUS_FROM.javaTests,
    contentType: JSON_TYPE,
    run: async (emulator) => ({
      answer: await answerOf(
        emulator,
        formRequest('/oauth2/default/v1/interact', { client_id: PUBLIC_CLIENT.clientId, scope: 'openid profile', redirect_uri: REDIRECT_URI, state: 'x' }),
      ),
    }),
  },
  {
    request: 'POST /oauth2/default/v1/token (interaction_code grant after a password sign-in, openid profile offline_access)',
    captures: [
      'idx-java/token-response.json',
      'idx-swift/token-response.json',
      'idx-swift/Passcode/05-token-response.json',
      'idx-swift/IdP/03-token-response.json',
    ],
    shape: tokenShape,
    status: 200,
    statusFrom: STATUS_FROM.javaTests,
    contentType: JSON_TYPE,
    run: async (emulator) => {
      const { begun, answer } = await afterPassword(emulator, USERS.passwordOnly);
      return { answer: await redeem(begun, answer.body) };
    },
  },
  {
    request: 'POST /oauth2/default/v1/token with the wrong code_verifier',
    captures: ['idx-java/token-error-response.json', 'idx-swift/token-error-response.json'],
    shape: oauthShape,
    status: 400,
    statusFrom: STATUS_FROM.javaTests,
    contentType: JSON_TYPE,
    run: async (emulator) => {
      const { begun, answer } = await afterPassword(emulator, USERS.passwordOnly);
      return { answer: await redeem(begun, answer.body, 'x'.repeat(43)) };
    },
  },
  {
    request: 'GET /.well-known/openid-configuration (the org authorization server)',
    captures: ['idx-swift/openid-configuration.json'],
    shape: discoveryShape,
    status: 200,
    statusFrom: STATUS_FROM.success,
    contentType: JSON_TYPE,
    run: async (emulator) => ({ answer: await get(emulator, '/.well-known/openid-configuration') }),
  },
  {
    request: 'GET /oauth2/v1/keys (the org authorization server)',
    captures: ['idx-swift/keys.json'],
    shape: jwksShape,
    status: 200,
    statusFrom: STATUS_FROM.success,
    contentType: JSON_TYPE,
    run: async (emulator) => ({ answer: await get(emulator, '/oauth2/v1/keys') }),
  },

  // ---- Start: introspect ----
  {
    request: 'POST /idp/idx/introspect (identifier first, no self-service registration)',
    captures: [
      'idx-swift/introspect-response.json',
      'idx-swift/MFA-Email/02-introspect-response.json',
      'idx-swift/MFA-SOP/02-introspect-response.json',
      'idx-swift/Passcode/02-introspect-response.json',
      'idx-swift/RestartTransaction/02-introspect-response.json',
    ],
    shape: idxShape,
    status: 200,
    statusFrom: STATUS_FROM.javaTests,
    contentType: ION,
    run: async (emulator) => ({ answer: (await start(emulator)).introspect }),
  },
  {
    request: 'POST /idp/idx/introspect (identifier first, an org with self-service registration)',
    captures: ['idx-java/introspect-identify-first-response.json'],
    shape: idxShape,
    status: 200,
    statusFrom: STATUS_FROM.javaTests,
    contentType: ION,
    org: WITH_REGISTRATION,
    run: async (emulator) => ({ answer: (await start(emulator)).introspect }),
  },
  {
    request: 'POST /idp/idx/introspect (username and password on one form, password recovery on)',
    captures: ['idx-java/introspect-response.json', 'idx-swift/identify-single-form-response.json'],
    shape: idxShape,
    status: 200,
    statusFrom: STATUS_FROM.javaTests,
    contentType: ION,
    org: { identifierFirst: false, passwordRecovery: true, ...WITH_REGISTRATION },
    run: async (emulator) => ({ answer: (await start(emulator)).introspect }),
  },
  {
    request: 'POST /idp/idx/introspect with a stateHandle the org does not know',
    captures: ['idx-java/introspect-error-response.json', 'idx-swift/introspect-error-response.json'],
    shape: idxShape,
    status: 401,
    statusFrom: STATUS_FROM.javaTests,
    contentType: ION,
    run: async (emulator) => ({ answer: await answerOf(emulator, jsonRequest('/idp/idx/introspect', { stateHandle: '02unknownStateHandle0000000000000000000000' })) }),
  },
  {
    request: 'POST /idp/idx/introspect with the stateHandle of an expired transaction',
    captures: ['idx-java/introspect-error-response.json', 'idx-swift/introspect-error-response.json'],
    shape: idxShape,
    status: 401,
    statusFrom: STATUS_FROM.index,
    contentType: ION,
    run: async (emulator) => {
      const begun = await start(emulator);
      emulator.expireTransactions();
      return { answer: await answerOf(emulator, jsonRequest('/idp/idx/introspect', { stateHandle: begun.stateHandle })) };
    },
  },

  // ---- Identify ----
  {
    request: 'POST /idp/idx/identify with an unknown username and a password (org answering errors.E0000004)',
    captures: ['idx-java/identify-error-response.json'],
    shape: idxShape,
    status: 400,
    statusFrom: STATUS_FROM.javaTests,
    contentType: ION,
    org: { identifierFirst: false, passwordRecovery: true, unknownUserMessage: 'errors.E0000004', ...WITH_REGISTRATION },
    run: async (emulator) => ({
      answer: await idx(await start(emulator), '/idp/idx/identify', { identifier: 'nobody@example.com', credentials: { passcode: WRONG_PASSWORD } }),
    }),
  },
  {
    request: 'POST /idp/idx/identify (identifier first) for a user who signs in with the password only',
    captures: ['idx-java/identify-first-success-response.json', 'idx-swift/Passcode/03-identify-response.json'],
    shape: idxShape,
    status: 200,
    statusFrom: STATUS_FROM.javaTests,
    contentType: ION,
    org: { passwordRecovery: true },
    run: async (emulator) => ({ answer: (await identified(emulator, USERS.passwordOnly)).answer }),
  },
  {
    request: 'POST /idp/idx/challenge/answer with a wrong password',
    captures: ['idx-java/identify-first-error-response.json'],
    shape: idxShape,
    status: 400,
    statusFrom: STATUS_FROM.javaTests,
    contentType: ION,
    org: { passwordRecovery: true },
    run: async (emulator) => {
      const { begun } = await identified(emulator, USERS.passwordOnly);
      return { answer: await idx(begun, '/idp/idx/challenge/answer', { credentials: { passcode: WRONG_PASSWORD } }) };
    },
  },
  {
    request: 'POST /idp/idx/identify for a user who may start with email, password or security question',
    captures: [
      'idx-java/identify-response.json',
      'idx-swift/identify-response.json',
      'idx-swift/MFA-Email/03-identify-response.json',
      'idx-swift/RestartTransaction/03-identify-response.json',
    ],
    shape: idxShape,
    status: 200,
    statusFrom: STATUS_FROM.javaTests,
    contentType: ION,
    run: async (emulator) => ({ answer: (await identified(emulator, USERS.threeFactors)).answer }),
  },
  {
    request: 'POST /idp/idx/identify for a user who may start with email or password',
    captures: ['idx-java/identify-first-factor-password-response.json', 'idx-swift/MFA-SOP/03-identify-response.json'],
    shape: idxShape,
    status: 200,
    statusFrom: STATUS_FROM.javaTests,
    contentType: ION,
    run: async (emulator) => ({ answer: (await identified(emulator, USERS.mfaSop)).answer }),
  },
  {
    request: 'POST /idp/idx/introspect after /v1/interact with an activation token (an invited user)',
    captures: ['idx-java/introspect-with-activation-token-response.json'],
    shape: idxShape,
    status: 200,
    statusFrom: STATUS_FROM.javaTests,
    contentType: ION,
    run: async (emulator) => {
      const issued = await answerOf(emulator, jsonRequest(`/dev/users/${USERS.invited}/activation-token`, {}));
      return { answer: (await start(emulator, { activationToken: issued.body.activationToken })).introspect };
    },
  },

  // ---- Self-service registration ----
  {
    request: 'POST /idp/idx/enroll (select-enroll-profile: the sign-up form)',
    captures: ['idx-java/enroll-user-response.json'],
    shape: idxShape,
    status: 200,
    statusFrom: STATUS_FROM.javaTests,
    contentType: ION,
    org: capturedSignUp(['lastName', 'firstName', 'email']),
    run: async (emulator) => ({ answer: await idx(await start(emulator), '/idp/idx/enroll') }),
  },
  {
    request: 'POST /idp/idx/enroll/new with an email that is not an address',
    captures: ['idx-java/enroll-profile-error-response.json'],
    shape: idxShape,
    status: 400,
    statusFrom: STATUS_FROM.javaTests,
    contentType: ION,
    org: capturedSignUp(['firstName', 'lastName', 'email']),
    run: async (emulator) => {
      const begun = await start(emulator);
      await step(begun, '/idp/idx/enroll');
      return { answer: await idx(begun, '/idp/idx/enroll/new', { userProfile: { firstName: 'Fidel', lastName: 'Ity', email: 'fidel.ity' } }) };
    },
  },
  {
    request: 'POST /idp/idx/enroll/new (a new user, the password to enroll next)',
    captures: ['idx-java/enroll-registration-response.json'],
    shape: idxShape,
    status: 200,
    statusFrom: STATUS_FROM.javaTests,
    contentType: ION,
    org: capturedSignUp(['lastName', 'firstName', 'email']),
    run: async (emulator) => {
      const begun = await start(emulator);
      await step(begun, '/idp/idx/enroll');
      return { answer: await idx(begun, '/idp/idx/enroll/new', { userProfile: { firstName: 'Nora', lastName: 'Newman', email: 'nora@example.com' } }) };
    },
  },

  // ---- Challenge: choose, answer ----
  {
    request: 'POST /idp/idx/challenge choosing the password (three authenticators offered)',
    captures: ['idx-java/challenge-response.json', 'idx-swift/challenge-response.json', 'idx-swift/RestartTransaction/04-challenge-response.json'],
    shape: idxShape,
    status: 200,
    statusFrom: STATUS_FROM.javaTests,
    contentType: ION,
    org: { passwordRecovery: true },
    run: async (emulator) => ({ answer: (await chose(emulator, USERS.threeFactors, 'okta_password')).answer }),
  },
  {
    request: 'POST /idp/idx/challenge choosing the password (email or password offered)',
    captures: ['idx-swift/MFA-SOP/04-challenge.json'],
    shape: idxShape,
    status: 200,
    statusFrom: STATUS_FROM.success,
    contentType: ION,
    org: { passwordRecovery: true },
    run: async (emulator) => ({ answer: (await chose(emulator, USERS.mfaSop, 'okta_password')).answer }),
  },
  {
    request: 'POST /idp/idx/challenge/answer with the right password, email still to verify',
    captures: [
      'idx-java/answer-challenge-response.json',
      'idx-swift/answer-challenge-response.json',
      'idx-swift/RestartTransaction/05-challenge-answer-response.json',
    ],
    shape: idxShape,
    status: 200,
    statusFrom: STATUS_FROM.javaTests,
    contentType: ION,
    run: async (emulator) => ({ answer: (await afterPassword(emulator, USERS.threeFactors)).answer }),
  },
  {
    request: 'POST /idp/idx/challenge/answer with the right password, email still to verify (email or password first)',
    captures: ['idx-java/challenge-identify-first-factor-response.json', 'idx-swift/MFA-SOP/05-challenge-answer.json'],
    shape: idxShape,
    status: 200,
    statusFrom: STATUS_FROM.javaTests,
    contentType: ION,
    run: async (emulator) => ({ answer: (await afterPassword(emulator, USERS.mfaSop)).answer }),
  },
  {
    request: 'POST /idp/idx/cancel mid-flow (after the password)',
    captures: ['idx-java/cancel-response.json', 'idx-swift/cancel-response.json', 'idx-swift/RestartTransaction/06-cancel-response.json'],
    shape: idxShape,
    status: 200,
    statusFrom: STATUS_FROM.javaTests,
    contentType: ION,
    expectedFacts: { 'stateHandle after cancel': 'a new stateHandle' },
    run: async (emulator) => {
      const { begun } = await afterPassword(emulator, USERS.threeFactors);
      const answer = await idx(begun, '/idp/idx/cancel');
      const renewed = typeof answer.body?.stateHandle === 'string' && answer.body.stateHandle !== begun.stateHandle;
      return { answer, facts: { 'stateHandle after cancel': renewed ? 'a new stateHandle' : 'the same stateHandle' } };
    },
  },
  {
    request: 'POST /idp/idx/challenge choosing the security question (first factor)',
    captures: ['idx-swift/MFA-Email/04-challenge-authenticator.json'],
    shape: idxShape,
    status: 200,
    statusFrom: STATUS_FROM.success,
    contentType: ION,
    run: async (emulator) => ({ answer: (await chose(emulator, USERS.threeFactors, 'security_question')).answer }),
  },
  {
    request: 'POST /idp/idx/challenge/answer with a wrong security answer',
    captures: ['idx-swift/MFA-Email/05-challenge-answer-invalid.json'],
    shape: idxShape,
    status: 400,
    statusFrom: STATUS_FROM.index,
    contentType: ION,
    run: async (emulator) => {
      const { begun } = await chose(emulator, USERS.threeFactors, 'security_question');
      return { answer: await idx(begun, '/idp/idx/challenge/answer', { credentials: { questionKey: QUESTION.questionKey, answer: 'Broccoli' } }) };
    },
  },
  {
    request: 'POST /idp/idx/challenge choosing the security question (email or security question offered)',
    captures: ['idx-java/challenge-security-question-response.json'],
    shape: idxShape,
    status: 200,
    statusFrom: STATUS_FROM.success,
    contentType: ION,
    run: async (emulator) => ({ answer: (await chose(emulator, USERS.emailOrQuestion, 'security_question')).answer }),
  },
  {
    request: 'POST /idp/idx/challenge choosing email after the password (then "Send me an email" when asked)',
    captures: ['idx-swift/MFA-SOP/06-idx-challenge.json'],
    sameStateOtherRequest:
      'That org (2021) sent the email as soon as it was chosen. The emulator, as current orgs do, first asks ' +
      '"Send me an email" (authenticator-verification-data; the Sign-In Widget 7 mock ' +
      'authenticator-verification-data-email.json): the scenario answers that step and compares the challenge that follows.',
    shape: idxShape,
    status: 200,
    statusFrom: STATUS_FROM.success,
    contentType: ION,
    run: async (emulator) => {
      const { begun, answer } = await afterPassword(emulator, USERS.mfaSop);
      const chosen = await idx(begun, '/idp/idx/challenge', { authenticator: authenticatorChoice(answer.body, 'select-authenticator-authenticate', 'okta_email') });
      return { answer: (await sendEmailIfAsked(begun, chosen)) ?? chosen };
    },
  },
  {
    request: 'POST /idp/idx/challenge/answer with a wrong email code',
    captures: ['idx-java/challenge-error-response.json'],
    shape: idxShape,
    status: 401,
    statusFrom: STATUS_FROM.javaTests,
    contentType: ION,
    run: async (emulator) => {
      const { begun, answer } = await afterPassword(emulator, USERS.mfaSop);
      await sendEmailIfAsked(begun, await step(begun, '/idp/idx/challenge', { authenticator: authenticatorChoice(answer.body, 'select-authenticator-authenticate', 'okta_email') }));
      const code = await latestCode(emulator, USERS.mfaSop);
      const wrong = code === '000000' ? '111111' : '000000';
      return { answer: await idx(begun, '/idp/idx/challenge/answer', { credentials: { passcode: wrong } }) };
    },
  },
  {
    request: 'POST /idp/idx/challenge/poll while an email challenge (chosen first) waits',
    captures: ['idx-java/poll-response.json'],
    shape: idxShape,
    status: 200,
    statusFrom: STATUS_FROM.javaTests,
    contentType: ION,
    run: async (emulator) => {
      const { begun, answer } = await chose(emulator, USERS.mfaSop, 'okta_email');
      await sendEmailIfAsked(begun, answer);
      return { answer: await idx(begun, '/idp/idx/challenge/poll') };
    },
  },

  // ---- Password recovery ----
  {
    request: 'POST /idp/idx/recover from the password challenge (email enrolled to recover with)',
    captures: ['idx-java/recover-identify-first-response.json', 'idx-swift/account-recovery.json'],
    shape: idxShape,
    status: 200,
    statusFrom: STATUS_FROM.javaTests,
    contentType: ION,
    org: { passwordRecovery: true },
    run: async (emulator) => {
      const { begun } = await identified(emulator, USERS.optionalPhoneOrPasskey);
      return { answer: await idx(begun, '/idp/idx/recover') };
    },
  },

  {
    request: 'POST /idp/idx/recover from the username-and-password form (before identifying)',
    captures: ['idx-java/recover-transaction-response.json'],
    shape: idxShape,
    status: 200,
    statusFrom: STATUS_FROM.javaTests,
    contentType: ION,
    org: { identifierFirst: false, passwordRecovery: true },
    run: async (emulator) => ({ answer: await idx(await start(emulator), '/idp/idx/recover') }),
  },
  {
    request: 'POST /idp/idx/recover from the password challenge, the security question being the one way to recover',
    captures: ['idx-java/recover-response.json'],
    sameStateOtherRequest:
      'That org (2021) went from recover straight into the security question challenge. The emulator, as the later ' +
      'captures of the same step do (recover-identify-first-response, idx-swift account-recovery), first lists the ' +
      'authenticators that may verify the recovery, even one: the scenario chooses the question and compares the challenge.',
    shape: idxShape,
    status: 200,
    statusFrom: STATUS_FROM.javaTests,
    contentType: ION,
    org: { passwordRecovery: true, passwordPolicy: { recovery: { authenticators: ['security_question'] } } },
    run: async (emulator) => {
      const { begun, answer } = await identified(emulator, USERS.threeFactors);
      await step(begun, '/idp/idx/challenge', { authenticator: authenticatorChoice(answer.body, 'select-authenticator-authenticate', 'okta_password') });
      const listed = await step(begun, '/idp/idx/recover');
      return { answer: await step(begun, '/idp/idx/challenge', { authenticator: authenticatorChoice(listed.body, 'select-authenticator-authenticate', 'security_question') }) };
    },
  },

  // ---- Enrollment ----
  {
    request: 'POST /idp/idx/challenge/answer with the email code, a security question still to enroll',
    captures: ['idx-swift/MFA-SOP/07-challenge-answer.json'],
    shape: idxShape,
    status: 200,
    statusFrom: STATUS_FROM.success,
    contentType: ION,
    run: async (emulator) => ({ answer: (await afterEmailCode(emulator, USERS.mfaSop)).answer }),
  },
  {
    request: 'POST /idp/idx/credential/enroll choosing the security question',
    captures: ['idx-java/enroll-response.json', 'idx-swift/MFA-SOP/08-enroll.json'],
    shape: idxShape,
    status: 200,
    statusFrom: STATUS_FROM.javaTests,
    contentType: ION,
    run: async (emulator) => ({ answer: (await enrollingQuestion(emulator)).answer }),
  },
  {
    request: 'POST /idp/idx/challenge/answer enrolling a security question, optional authenticators left',
    captures: [
      'idx-java/answer-authenticator-enrollment-challenge-response.json',
      'idx-swift/MFA-SOP/09-challenge-answer.json',
      'idx-swift/MFA-SOP/10-credential-enroll.json',
    ],
    shape: idxShape,
    status: 200,
    statusFrom: STATUS_FROM.javaTests,
    contentType: ION,
    run: async (emulator) => {
      const { begun } = await enrollingQuestion(emulator);
      return { answer: await idx(begun, '/idp/idx/challenge/answer', { credentials: { questionKey: 'favorite_toy', answer: 'A teddy bear' } }) };
    },
  },
  {
    request: 'POST /idp/idx/challenge/answer with the password, optional phone or passkey enrollment offered',
    captures: ['idx-java/answer-challenge-identify-first-response.json'],
    shape: idxShape,
    status: 200,
    statusFrom: STATUS_FROM.success,
    contentType: ION,
    run: async (emulator) => ({ answer: (await afterPassword(emulator, USERS.optionalPhoneOrPasskey)).answer }),
  },
  {
    request: 'POST /idp/idx/challenge/answer with a wrong code while enrolling email (optional enrollment)',
    captures: ['idx-swift/invalid-password-response.json'],
    shape: idxShape,
    status: 401,
    statusFrom: STATUS_FROM.index,
    contentType: ION,
    run: async (emulator) => {
      const { begun, answer } = await afterPassword(emulator, USERS.optionalEmailOrQuestion);
      await step(begun, '/idp/idx/credential/enroll', { authenticator: authenticatorChoice(answer.body, 'select-authenticator-enroll', 'okta_email') });
      const code = await latestCode(emulator, USERS.optionalEmailOrQuestion);
      const wrong = code === '000000' ? '111111' : '000000';
      return { answer: await idx(begun, '/idp/idx/challenge/answer', { credentials: { passcode: wrong } }) };
    },
  },
  {
    request: 'POST /idp/idx/challenge/poll while Okta Verify enrollment shows its QR code (optional enrollment)',
    captures: ['idx-swift/enroll-poll-response.json'],
    shape: idxShape,
    status: 200,
    statusFrom: STATUS_FROM.success,
    contentType: ION,
    run: async (emulator) => {
      const { begun, answer } = await afterPassword(emulator, USERS.optionalEverything);
      await step(begun, '/idp/idx/credential/enroll', { authenticator: authenticatorChoice(answer.body, 'select-authenticator-enroll', 'okta_verify') });
      return { answer: await idx(begun, '/idp/idx/challenge/poll') };
    },
  },

  // ---- Success ----
  {
    request: 'POST /idp/idx/skip of an optional enrollment (public client, org authorization server)',
    captures: ['idx-java/skip-optional-authenticator-enrollment-response.json'],
    shape: idxShape,
    status: 200,
    statusFrom: STATUS_FROM.javaTests,
    contentType: ION,
    run: async (emulator) => {
      const { begun } = await afterPassword(emulator, USERS.optionalPhoneOrPasskey, { server: { kind: 'org' } });
      return { answer: await idx(begun, '/idp/idx/skip') };
    },
  },
  {
    request: 'POST /idp/idx/challenge/answer completing sign-in (public client, org authorization server)',
    captures: ['idx-java/success-response.json', 'idx-swift/success-response.json'],
    shape: idxShape,
    status: 200,
    statusFrom: STATUS_FROM.javaTests,
    contentType: ION,
    run: async (emulator) => ({ answer: (await afterPassword(emulator, USERS.passwordOnly, { server: { kind: 'org' } })).answer }),
  },
  {
    request: 'POST /idp/idx/challenge/answer completing sign-in (confidential client, org authorization server)',
    captures: ['idx-java/answer-response.json', 'idx-java/challenge-identify-first-response.json'],
    shape: idxShape,
    status: 200,
    statusFrom: STATUS_FROM.javaTests,
    contentType: ION,
    run: async (emulator) => ({
      answer: (await afterPassword(emulator, USERS.passwordOnly, { server: { kind: 'org' }, client: CONFIDENTIAL_CLIENT })).answer,
    }),
  },
  {
    request: 'POST /idp/idx/challenge/answer completing sign-in (confidential client, custom authorization server)',
    captures: ['idx-swift/Passcode/04-challenge-answer-response.json'],
    shape: idxShape,
    status: 200,
    statusFrom: STATUS_FROM.success,
    contentType: ION,
    run: async (emulator) => ({
      answer: (await afterPassword(emulator, USERS.passwordOnly, { server: { kind: 'custom', id: CAPTURED_CUSTOM_SERVER }, client: CONFIDENTIAL_CLIENT })).answer,
    }),
  },
  {
    request: 'POST /idp/idx/challenge/answer completing sign-in (public client, custom authorization server)',
    captures: ['idx-java/enroll-update-user-profile-response.json'],
    sameStateOtherRequest:
      'Okta answered the last step of a self-service registration (not emulated yet); the success document does not ' +
      'depend on how the person got there, so a password sign-in of a public client on the same custom server is compared.',
    shape: idxShape,
    status: 200,
    statusFrom: STATUS_FROM.javaTests,
    contentType: ION,
    run: async (emulator) => ({
      answer: (await afterPassword(emulator, USERS.passwordOnly, { server: { kind: 'custom', id: CAPTURED_CUSTOM_SERVER } })).answer,
    }),
  },
];

