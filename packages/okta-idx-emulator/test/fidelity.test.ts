/**
 * Fidelity to real Okta: for each response captured from a real Identity Engine org (Okta's own SDK test
 * data, copied with its notice into test/fidelity/captures/), the emulator is driven to the same state and
 * sent the same request, and its answer must have the same shape: keys, remediations in order, fields and
 * their attributes, option labels and what they relate to, message keys and classes, authenticators,
 * success and token shapes, HTTP status and content type (see fidelity/shape.ts for what "shape" keeps).
 *
 * A difference is either fixed in the emulator or listed in ON_PURPOSE below with its reason. Nothing is
 * compared value for value: ids, handles, hosts, times and org names differ from org to org.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import { capture, copiedCaptures } from './fidelity/captures.js';
import { emulatorWith } from './fidelity/drive.js';
import { ION, SCENARIOS } from './fidelity/scenarios.js';
import { ABSENT, compareShapes, describeDifference, idxShape, tokenShape, type Difference, type Shape } from './fidelity/shape.js';
import { orgConfig } from './fidelity/users.js';

// ---------------------------------------------------------------------------------------------------------
// Differences on purpose. Each entry names the captures it applies to (or 'any'), the path of the shape
// (exact, or a pattern), optionally the exact expected/actual values, and why the emulator differs.
// ---------------------------------------------------------------------------------------------------------

interface OnPurpose {
  captures: readonly string[] | 'any';
  path: string | RegExp;
  expected?: string;
  actual?: string;
  reason: string;
}

const ION_ACCEPTS_BEFORE_2021 = 'application/ion+json; okta-version=1.0.0';
const JSON_ACCEPTS = 'application/json; okta-version=1.0.0';

/** 2020 captures of the success document: labelled grant fields, no code_verifier. */
const SUCCESS_2020 = [
  'idx-java/success-response.json',
  'idx-swift/success-response.json',
  'idx-java/skip-optional-authenticator-enrollment-response.json',
];

const ON_PURPOSE: OnPurpose[] = [
  // ---- Orgs changed over the years; the emulator answers as current orgs do ----
  {
    captures: 'any',
    path: /\.(keys\.)?key$/,
    expected: ABSENT,
    reason:
      'Orgs before mid-2021 did not name an authenticator\'s `key` (okta_email, okta_password…); later captures do ' +
      '(poll-response, enroll-poll-response, invalid-password-response, challenge-security-question-response) and ' +
      'okta-auth-js 8 picks authenticators by it, so the emulator always sends it.',
  },
  {
    captures: 'any',
    path: /\.accepts$/,
    expected: ION_ACCEPTS_BEFORE_2021,
    actual: JSON_ACCEPTS,
    reason:
      'Forms of 2020 orgs said they accept ion+json and named nothing they produce; orgs since 2021 accept ' +
      '"application/json; okta-version=1.0.0" and produce ion+json (every 2021+ capture), as the emulator does.',
  },
  {
    captures: 'any',
    path: /\.produces$/,
    expected: ABSENT,
    actual: ION,
    reason: 'The same change: since 2021 every form says it produces ion+json.',
  },
  {
    captures: 'any',
    path: /^user\.value\.(identifier|profile(\.(firstName|lastName|locale|timeZone))?)$/,
    expected: ABSENT,
    reason:
      'Orgs before late 2021 sent only the user\'s id; later ones also send the identifier and the profile ' +
      '(challenge-security-question-response 2022, enroll-poll-response 2021-11), as the emulator does.',
  },
  {
    captures: 'any',
    path: /\.field\[answer\]\.secret$/,
    expected: ABSENT,
    actual: 'true',
    reason:
      'Current orgs mark the security answer secret (challenge-security-question-response 2022; the Sign-In ' +
      'Widget 7 enrollment mock), so it is masked as it is typed; the 2020-2021 captures did not.',
  },
  {
    captures: SUCCESS_2020,
    path: /^successWithInteractionCode\.(field\[(client_id|grant_type|interaction_code)\]\.label|field\[code_verifier\])$/,
    reason:
      'Orgs in 2020 labelled the grant fields and did not ask for code_verifier; current orgs send no labels ' +
      'and ask for code_verifier (enroll-update-user-profile-response, Passcode/04-challenge-answer-response).',
  },
  {
    captures: SUCCESS_2020,
    path: 'successWithInteractionCode.fields',
    expected: 'grant_type, interaction_code, client_id',
    actual: 'grant_type, interaction_code, client_id, code_verifier',
    reason: 'The same: current orgs ask a public client for its code_verifier.',
  },

  {
    captures: ['idx-java/enroll-profile-error-response.json'],
    path: 'remediation[select-identify]',
    reason:
      'That 2021 org answered a refused profile with enroll-profile alone; the sign-up form itself offers select-identify ' +
      '(enroll-user-response.json) and so does the Widget\'s refused sign-up (error-new-signup-email-exists.json), so the ' +
      'emulator keeps "Back to sign in" after a refusal.',
  },
  {
    captures: ['idx-java/enroll-profile-error-response.json'],
    path: 'remediation',
    expected: 'enroll-profile',
    actual: 'enroll-profile, select-identify',
    reason: 'The same: select-identify stays beside the refused sign-up form.',
  },

  // ---- Features the emulator does not have ----
  {
    captures: ['idx-swift/openid-configuration.json'],
    path: /^(keys\.)?(authorization_endpoint|device_authorization_endpoint|registration_endpoint|request_object_signing_alg_values_supported|response_modes_supported)$/,
    reason:
      'Discovery lists only what the emulator implements: no /v1/authorize (README "Limits": only the embedded ' +
      'IDX flow), so no response modes; no device grant, no dynamic client registration, no request objects.',
  },
  {
    captures: ['idx-swift/enroll-poll-response.json'],
    path: /^(authenticators\[Phone\]\.methods|remediation\[select-authenticator-enroll\]\.field\[authenticator\]\.option\[Phone\]\.form\.field\[methodType\]\.(options|option\[voice\]))$/,
    reason: 'That org allowed SMS only for phones; the emulator\'s phone authenticator always offers SMS and voice (not configurable).',
  },

  // ---- Captures that were scrubbed or edited by the SDK teams ----
  {
    captures: ['idx-java/interact-error-response.json', 'idx-swift/interact-error-response.json', 'idx-java/token-error-response.json', 'idx-swift/token-error-response.json'],
    path: /^keys\.(errorDescription|error_description)$/,
    reason:
      'The SDKs\' test files spell the OAuth error description "errorDescription"; Okta\'s OAuth endpoints answer ' +
      '"error_description" as RFC 6749 §5.2 says, and okta-auth-js reads error_description, so the emulator keeps the RFC name.',
  },
  {
    captures: ['idx-java/challenge-error-response.json'],
    path: /^currentAuthenticatorEnrollment\./,
    reason:
      'This file was edited: it asks for an email code ("Enter code", only Email among the authenticators) but names ' +
      'the password as currentAuthenticatorEnrollment. The emulator names the email enrollment being verified, ' +
      'as the unedited MFA-SOP/06-idx-challenge.json does.',
  },
  {
    captures: ['idx-java/poll-response.json', 'idx-swift/account-recovery.json'],
    path: /^(authenticatorEnrollments\[(Email|Password)\]|currentAuthenticatorEnrollment)\.(id|keys\.id|keys\.profile|profile\.email)$|^user\.value\.id$/,
    reason: 'These files were scrubbed: their enrollments and user have no id and the email enrollment no masked address.',
  },
  {
    captures: ['idx-java/challenge-security-question-response.json'],
    path: 'remediation[select-authenticator-authenticate].field[authenticator].option[Security Question].relatesTo',
    expected: '$.authenticatorEnrollments → (unresolved)',
    reason: 'This file was scrubbed: the option points at authenticatorEnrollments.value[2] of a two-entry list.',
  },
  {
    captures: ['idx-java/answer-challenge-identify-first-response.json'],
    path: /^authenticators(\[(Okta Verify|Security Question)\])?$/,
    reason:
      'That org listed authenticators no remediation offers (Okta Verify, Security Question); the captures of the ' +
      'same step from other orgs (MFA-SOP/09, answer-authenticator-enrollment-challenge-response) list only the ' +
      'offered ones, as the emulator does.',
  },
];

// ---------------------------------------------------------------------------------------------------------
// Captures the emulator cannot produce (yet), and why. Not faked: they come with the features.
// ---------------------------------------------------------------------------------------------------------

const NOT_COVERED: Record<string, string> = {
  'idx-java/enroll-profile-response.json':
    'After enroll/new that org offered email, password or security question to enroll first; the emulator\'s new users ' +
    'enroll the password (unless set at sign-up), then the email when `registration.emailVerification` is on.',
  'idx-swift/IdP/02-introspect-response.json':
    'That org\'s routing rule sent everyone to Facebook: its answer is the redirect-idp alone, without identify; the ' +
    'emulator always offers identify with the providers beside it (the Widget\'s identify-with-third-party-idps.json). ' +
    'The redirect-idp itself, href {issuer}/v1/authorize?client_id=…&request_uri=urn:okta:… as captured, is asserted in idp.test.ts.',
  'idx-swift/multiple-select-authenticator-authenticate.json':
    'Two enrollments of one authenticator (two email addresses) cannot be configured: a user has one email enrollment.',
  'idx-java/verify-email-token-response.html':
    'An Okta-hosted Sign-In Widget page (the email magic link opened in a browser): the emulator hosts no widget.',
  'idx-java/okta.yaml': "The SDK's own configuration file, not a response.",
  'idx-swift/okta.yaml': "The SDK's own configuration file, not a response.",
};

// ---------------------------------------------------------------------------------------------------------
// The comparison
// ---------------------------------------------------------------------------------------------------------

/** `application/json;charset=UTF-8` and `application/json` are the same type; okta-version is kept. */
const mediaType = (value: string) =>
  value
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '' && !/^charset=/i.test(part))
    .join('; ')
    .toLowerCase();

/** Headers every answer of the captured orgs carries (INDEX: "Also present in these orgs"). */
const OKTA_HEADERS = ['x-okta-request-id', 'x-rate-limit-limit', 'x-rate-limit-remaining', 'x-rate-limit-reset'];

interface Http {
  status: number;
  contentType: string;
  /** Which of OKTA_HEADERS the answer has; a capture is expected to have all. */
  headers: (name: string) => boolean;
}

function withHttp(shape: Shape, http: Http, facts: Record<string, string> = {}): Shape {
  const all = new Map(shape);
  all.set('http.status', String(http.status));
  all.set('http.content-type', mediaType(http.contentType));
  for (const name of OKTA_HEADERS) all.set(`http.${name}`, http.headers(name) ? 'present' : ABSENT);
  for (const [path, value] of Object.entries(facts)) all.set(path, value);
  return all;
}

const matches = (rule: OnPurpose, captureName: string, d: Difference) =>
  (rule.captures === 'any' || rule.captures.includes(captureName)) &&
  (typeof rule.path === 'string' ? rule.path === d.path : rule.path.test(d.path)) &&
  (rule.expected === undefined || rule.expected === d.expected) &&
  (rule.actual === undefined || rule.actual === d.actual);

/** Which on-purpose entries excused something, to find entries that no longer match anything. */
const usedRules = new Set<OnPurpose>();
const comparedCaptures = new Set<string>();

/** Every comparison's outcome, for the optional report (FIDELITY_REPORT=<file>). */
const report: string[] = [];

function unexplained(captureName: string, request: string, differences: Difference[]): Difference[] {
  const left = differences.filter((d) => {
    const rule = ON_PURPOSE.find((r) => matches(r, captureName, d));
    if (rule) usedRules.add(rule);
    return !rule;
  });
  report.push(
    `## ${captureName}\n${request}\n` +
      (left.length === 0 ? '- (no difference left)\n' : left.map((d) => `- ${describeDifference(d)}\n`).join('')) +
      differences.filter((d) => !left.includes(d)).map((d) => `- on purpose: ${describeDifference(d)}\n`).join(''),
  );
  return left;
}

/** FIDELITY_REPORT=<file> writes every difference, on purpose or not, as one Markdown file. */
after(() => {
  if (process.env.FIDELITY_REPORT) writeFileSync(process.env.FIDELITY_REPORT, report.join('\n'));
});

describe('fidelity: the emulator answers as the captured Okta orgs did', () => {
  for (const scenario of SCENARIOS) {
    describe(scenario.request, () => {
      for (const captureName of scenario.captures) {
        const title = `has the shape of ${captureName}${scenario.sameStateOtherRequest ? ' (the same state, reached by another request)' : ''}`;
        it(title, async () => {
          const emulator = await emulatorWith(orgConfig(scenario.org));
          const { answer, facts } = await scenario.run(emulator);
          const expected = withHttp(
            scenario.shape(capture(captureName)),
            { status: scenario.status, contentType: scenario.contentType, headers: () => true },
            scenario.expectedFacts,
          );
          const actual = withHttp(
            scenario.shape(answer.body),
            { status: answer.status, contentType: answer.contentType, headers: (name) => answer.headers.has(name) },
            facts,
          );
          comparedCaptures.add(captureName);
          const left = unexplained(captureName, scenario.request, compareShapes(expected, actual));
          assert.deepEqual(
            left.map(describeDifference),
            [],
            `${captureName} (${scenario.request}; expected status from: ${scenario.statusFrom})\n` +
              `${left.length} difference(s) that are not on purpose:\n  ${left.map(describeDifference).join('\n  ')}`,
          );
        });
      }
    });
  }

  it('compares every copied capture or says why it cannot', () => {
    const named = new Set([...SCENARIOS.flatMap((s) => s.captures), ...Object.keys(NOT_COVERED)]);
    assert.deepEqual(copiedCaptures().filter((c) => !named.has(c)), [], 'copied captures that no scenario compares');
    assert.deepEqual(
      SCENARIOS.flatMap((s) => s.captures).filter((c) => !copiedCaptures().includes(c)),
      [],
      'scenarios naming a capture that was not copied',
    );
  });

  it('lists no on-purpose difference that no longer occurs', () => {
    const stale = ON_PURPOSE.filter((rule) => {
      const applies = rule.captures === 'any' ? comparedCaptures.size > 0 : rule.captures.some((c) => comparedCaptures.has(c));
      return applies && !usedRules.has(rule);
    });
    assert.deepEqual(stale.map((r) => `${String(r.path)} (${r.reason})`), [], 'on-purpose entries that match no difference any more: remove them');
  });
});

describe('the shape comparison reports what a client would notice', () => {
  const wrongPassword = () => capture('idx-java/identify-first-error-response.json');
  const paths = (expected: unknown, actual: unknown) => compareShapes(idxShape(expected), idxShape(actual)).map((d) => d.path);

  it('finds nothing between a capture and itself, nor in values that differ from org to org', () => {
    const other = wrongPassword();
    other.stateHandle = 'another-handle';
    other.expiresAt = '2031-01-01T00:00:00.000Z';
    other.user.value.id = '00uSomeoneElse';
    other.remediation.value[0].href = 'https://another.okta.com/idp/idx/challenge/answer';
    assert.deepEqual(compareShapes(idxShape(wrongPassword()), idxShape(other)), []);
  });

  it('finds a message moved from the top level onto the field', () => {
    const moved = wrongPassword();
    const passcode = moved.remediation.value[0].value[0].form.value[0];
    passcode.messages = moved.messages;
    delete moved.messages;
    assert.deepEqual(paths(wrongPassword(), moved), [
      'ion.messages',
      'keys.messages',
      'messages',
      'remediation[challenge-authenticator].field[credentials].form.field[passcode].messages',
    ]);
  });

  it('finds another message key or class, a field attribute, an href path and a reordered list', () => {
    const changed = wrongPassword();
    changed.messages.value[0].class = 'INFO';
    changed.remediation.value[0].value[0].form.value[0].secret = false;
    changed.cancel.href = 'https://foo.oktapreview.com/idp/idx/cancel/now';
    const identify = capture('idx-java/introspect-response.json');
    identify.remediation.value.reverse();
    assert.deepEqual(paths(wrongPassword(), changed), [
      'cancel.href',
      'messages',
      'remediation[challenge-authenticator].field[credentials].form.field[passcode].secret',
    ]);
    assert.ok(paths(capture('idx-java/introspect-response.json'), identify).includes('remediation'));
  });

  it('reports a missing remediation once, not once per fact under it', () => {
    const fewer = capture('idx-java/challenge-response.json');
    fewer.remediation.value.pop();
    assert.deepEqual(compareShapes(idxShape(capture('idx-java/challenge-response.json')), idxShape(fewer)), [
      { path: 'remediation', expected: 'challenge-authenticator, select-authenticator-authenticate', actual: 'challenge-authenticator' },
      { path: 'remediation[select-authenticator-authenticate]', expected: 'present', actual: ABSENT },
    ]);
  });

  it('names the claims of an ID token that Okta does not put there', () => {
    const token = capture('idx-java/token-response.json');
    const [header, payload, signature] = token.id_token.split('.');
    const claims = { ...JSON.parse(Buffer.from(payload, 'base64url').toString()), given_name: 'Dana' };
    const thick = { ...token, id_token: [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.') };
    assert.deepEqual(compareShapes(tokenShape(token), tokenShape(thick)), [{ path: 'id_token.claims.given_name', expected: ABSENT, actual: 'string' }]);
  });
});
