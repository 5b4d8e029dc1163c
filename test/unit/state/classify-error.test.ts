import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  classifyError,
  errorHeaders,
  expiredTransaction,
  idxBodyOf,
  isTerminalDocument,
  needsReachabilityProbe,
  noTokensIssued,
  notConfigured,
  rateLimitedFor,
  terminalOutcome,
  timedOut,
  transactionLost,
  unusableAnswer,
} from '../../../src/state/classify-error.js';
import { createLocalizer, defaultLocalizer } from '../../../src/i18n/localize.js';
import * as fixtures from '../../fixtures/idx-responses.js';
import { identifyOutcome, startFailure, startTransaction } from './okta-auth-js-errors.js';

/** Shapes okta-auth-js 8 throws (see its errors/*.js and http/request.js formatError). */
const sdkError = (name: string, fields: Record<string, unknown> = {}) => Object.assign(new Error(String(fields.errorSummary ?? '')), { name, ...fields });
const apiError = (status: number | undefined, fields: Record<string, unknown> = {}) =>
  sdkError('AuthApiError', { errorSummary: 'Unknown error', ...(status === undefined ? {} : { xhr: { status, headers: {} } }), ...fields });

const t = defaultLocalizer;
const code = (error: unknown, context = {}) => classifyError(error, t, context).code;

describe('classifyError: every error shape', () => {
  it('OAuthError for the app’s settings → config-error', () => {
    for (const errorCode of ['invalid_client', 'unauthorized_client', 'invalid_request', 'invalid_scope', 'access_denied']) {
      const detail = classifyError(sdkError('OAuthError', { errorCode, errorSummary: 'Invalid value for client_id' }), t);
      assert.equal(detail.code, 'config-error', errorCode);
      assert.equal(detail.message, "The Okta org refused this app's settings: Invalid value for client_id");
    }
  });

  it('a refused recovery token (a reset link used or expired, okta-fixtures oauth2/error-recovery-token-invalid.json) → access-denied that says so', () => {
    const detail = classifyError(sdkError('OAuthError', { errorCode: 'invalid_request', errorSummary: 'The recovery token is invalid' }), t);
    assert.equal(detail.code, 'access-denied');
    assert.match(detail.message, /password reset link is no longer valid/);
  });

  it('a refused activation token (an invitation link used, or for an active account) → access-denied that says so', () => {
    const detail = classifyError(sdkError('OAuthError', { errorCode: 'invalid_request', errorSummary: 'The activation token is invalid' }), t);
    assert.equal(detail.code, 'access-denied');
    assert.match(detail.message, /invitation link is no longer valid/);
  });

  it('any other OAuthError (a refused interaction code) → token-error', () => {
    const detail = classifyError(sdkError('OAuthError', { errorCode: 'invalid_grant', errorSummary: 'The interaction code is invalid.' }), t);
    assert.equal(detail.code, 'token-error');
    assert.equal(detail.message, 'Sign-in could not be completed: The interaction code is invalid.');
  });

  it('SyntaxError (an HTML page where JSON was expected) → server-error', () => {
    assert.equal(code(new SyntaxError('Unexpected token <')), 'server-error');
    assert.equal(classifyError(new SyntaxError('x'), t).message, 'The sign-in service answered with something unreadable. Try again in a moment.');
  });

  it('HTTP 429 → rate-limited', () => {
    const detail = classifyError(apiError(429), t);
    assert.equal(detail.code, 'rate-limited');
    assert.equal(detail.message, 'Too many requests. Wait a minute, then try again.');
  });

  it('HTTP 429 on an OAuthError response (resp instead of xhr) → still rate-limited when it is not an OAuth refusal', () => {
    assert.equal(code(sdkError('AuthApiError', { resp: { status: 429 } })), 'rate-limited');
  });

  it('HTTP 5xx → server-error', () => {
    for (const status of [500, 502, 503, 504]) assert.equal(code(apiError(status)), 'server-error', String(status));
    assert.equal(classifyError(apiError(500), t).message, 'The sign-in service had a problem. Try again in a moment.');
  });

  it('a 4xx that is not 429 is not called rate-limited or server-error', () => {
    assert.equal(code(apiError(400, { errorSummary: 'Bad request' })), 'unknown-error');
  });

  it('AuthApiError without a status → cors-error when the server answers a no-cors probe', () => {
    const error = apiError(undefined, { errorSummary: 'Failed to fetch' });
    assert.equal(needsReachabilityProbe(error), true);
    const detail = classifyError(error, t, { serverAnswers: true, issuerOrigin: 'https://example.okta.com', pageOrigin: 'http://localhost:8000' });
    assert.equal(detail.code, 'cors-error');
    assert.match(detail.message, /https:\/\/example\.okta\.com refused this page's origin \(http:\/\/localhost:8000\)/);
    assert.match(detail.message, /Trusted Origins/);
  });

  it('AuthApiError without a status → network-error when the server does not answer', () => {
    const error = apiError(undefined, { errorSummary: 'Failed to fetch' });
    const detail = classifyError(error, t, { serverAnswers: false, issuerOrigin: 'https://example.okta.com' });
    assert.equal(detail.code, 'network-error');
    assert.equal(detail.message, 'The sign-in service cannot be reached. Check your connection, then try again.');
    assert.equal(code(error), 'network-error', 'no probe result: the safe guess');
  });

  it('only an AuthApiError without a status needs the probe', () => {
    assert.equal(needsReachabilityProbe(apiError(500)), false);
    assert.equal(needsReachabilityProbe(sdkError('AuthSdkError')), false);
    assert.equal(needsReachabilityProbe(undefined), false);
  });

  it('AuthSdkError about tokens (a failed ID token check) → token-error', () => {
    for (const summary of ['The JWT signature is invalid', 'Token hash does not match', "The issuer [x] does not match [y]", 'The JWT expired and is no longer valid', 'claim mismatch', 'audience mismatch']) {
      const detail = classifyError(sdkError('AuthSdkError', { errorSummary: summary }), t);
      assert.equal(detail.code, 'token-error', summary);
      assert.equal(detail.message, `The tokens could not be verified: ${summary}`);
    }
  });

  it('AuthSdkError about PKCE or crypto (an insecure page) → config-error', () => {
    const detail = classifyError(sdkError('AuthSdkError', { errorSummary: 'PKCE requires a modern browser with encryption support running in a secure context' }), t);
    assert.equal(detail.code, 'config-error');
    assert.equal(detail.message, 'PKCE requires a modern browser with encryption support running in a secure context. Serve the page over https or from localhost.');
  });

  it('names tokens, PKCE or crypto only for the SDK’s own errors: an app’s error that mentions them stays unknown', () => {
    for (const summary of ['Invalid token in the app’s cache', 'crypto is not defined']) {
      assert.equal(code(Object.assign(new Error(summary), { errorSummary: summary })), 'unknown-error', summary);
      assert.equal(code(sdkError('AuthApiError', { errorSummary: summary, xhr: { status: 400 } })), 'unknown-error', summary);
    }
  });

  it('reads the summary from errorSummary first, else from the message', () => {
    assert.equal(classifyError(Object.assign(new Error('from message'), { name: 'AuthSdkError' }), t).message, 'Sign-in failed: from message');
    const both = Object.assign(new Error('generic message'), { name: 'AuthSdkError', errorSummary: 'Okta summary' });
    assert.equal(classifyError(both, t).message, 'Sign-in failed: Okta summary');
  });

  it('a CORS refusal without the page’s origin still names the issuer, and no placeholder text', () => {
    const detail = classifyError(apiError(undefined), t, { serverAnswers: true, issuerOrigin: 'https://example.okta.com' });
    assert.equal(detail.code, 'cors-error');
    assert.match(detail.message, /^The sign-in service at https:\/\/example\.okta\.com refused this page's origin \(\)\. /);
  });

  it('anything else → unknown-error, naming what was seen', () => {
    assert.equal(classifyError(sdkError('AuthSdkError', { errorSummary: 'Something odd' }), t).message, 'Sign-in failed: Something odd');
    assert.equal(classifyError(undefined, t).code, 'unknown-error');
    assert.equal(classifyError(undefined, t).message, 'Sign-in failed for an unknown reason.');
    assert.equal(classifyError(null, t).code, 'unknown-error');
    assert.equal(classifyError('a string', t).code, 'unknown-error');
  });

  it('a request that got no answer in time → timeout', () => {
    const error = Object.assign(new Error('No answer within 30000 ms'), { name: 'TimeoutError' });
    const detail = classifyError(error, t);
    assert.equal(detail.code, 'timeout');
    assert.equal(detail.message, 'The sign-in service did not answer in time. Check your connection, then try again.');
    assert.equal(detail.cause, error);
    assert.deepEqual(timedOut(t), { code: 'timeout', message: detail.message });
  });

  it('keeps the original error as the cause', () => {
    const error = apiError(503);
    assert.equal(classifyError(error, t).cause, error);
  });

  it('reads response headers from xhr or resp', () => {
    assert.deepEqual(errorHeaders(apiError(429, { xhr: { status: 429, headers: { 'retry-after': '5' } } })), { 'retry-after': '5' });
    assert.deepEqual(errorHeaders(sdkError('OAuthError', { resp: { status: 429, headers: { 'Retry-After': '7' } } })), { 'Retry-After': '7' });
    assert.equal(errorHeaders(new Error('x')), undefined);
  });
});

describe('unusableAnswer: a non-IDX body from an IDX request', () => {
  it('E0000047 → rate-limited', () => {
    const body = { errorCode: 'E0000047', errorSummary: 'API call exceeded rate limit due to too many requests.' };
    const detail = unusableAnswer(body, t);
    assert.equal(detail.code, 'rate-limited');
    assert.equal(detail.message, 'Too many requests. Wait a minute, then try again.');
    assert.equal(detail.cause, body);
  });

  it('"Too many requests" without a code → rate-limited', () => {
    assert.equal(unusableAnswer({ errorSummary: 'Too many requests' }, t).code, 'rate-limited');
  });

  it('anything else → server-error, with the summary when there is one', () => {
    assert.deepEqual(
      [unusableAnswer({ errorSummary: 'Bad gateway' }, t).message, unusableAnswer(undefined, t).message, unusableAnswer({ errorSummary: 42 }, t).message],
      [
        'The sign-in service could not complete the request (Bad gateway). Try again.',
        'The sign-in service could not complete the request. Try again.',
        'The sign-in service could not complete the request. Try again.',
      ],
    );
    assert.equal(unusableAnswer({ errorCode: 'E0000009' }, t).code, 'server-error');
  });
});

describe('the flow’s own failures', () => {
  it('expired, not configured, no tokens', () => {
    assert.deepEqual(expiredTransaction(t), { code: 'transaction-expired', message: 'Your sign-in session expired. Start over to sign in.' });
    assert.equal(notConfigured(t).code, 'config-error');
    assert.match(notConfigured(t).message, /not configured/);
    assert.equal(noTokensIssued(t).code, 'config-error');
    assert.equal(noTokensIssued(t).message, 'Sign-in finished but no tokens were issued: the OktaAuth instance has idx.exchangeCodeForTokens set to false.');
  });

  it('a lost transaction keeps the code and says the next attempt starts again', () => {
    const lost = transactionLost({ code: 'server-error', message: 'The sign-in service had a problem. Try again in a moment.' }, t);
    assert.equal(lost.code, 'server-error');
    assert.equal(lost.message, 'The sign-in service had a problem. Try again in a moment. Start over to sign in again.');
  });

  it('counts down whole seconds, never below 1', () => {
    assert.equal(rateLimitedFor(10_000, 0, t), 'Too many requests. Try again in 10 s.');
    assert.equal(rateLimitedFor(10_000, 9_001, t), 'Too many requests. Try again in 1 s.');
    assert.equal(rateLimitedFor(10_000, 10_500, t), 'Too many requests. Try again in 1 s.');
  });

  it('speaks the app’s words when it replaced a key', () => {
    const custom = createLocalizer('en', { 'error.network': 'Offline?', 'error.rateLimitedFor': 'Wait {count}.' });
    assert.equal(classifyError(apiError(undefined), custom).message, 'Offline?');
    assert.equal(rateLimitedFor(3_000, 0, custom), 'Wait 3.');
  });
});

/**
 * The exact objects okta-auth-js 8.0.1 throws for Okta's answers, produced by running it against a scripted
 * server (okta-auth-js-errors.ts): Okta serves IDX as ion+json, which okta-auth-js does not read on error.
 */
describe('classifyError: what okta-auth-js 8.0.1 throws for Okta’s real answers', () => {
  it('an expired or unknown transaction on start (401 ion+json, empty message) → transaction-expired', async () => {
    const error = await startFailure({ status: 401, body: fixtures.sessionExpired });
    assert.equal((error as Error).message, '');
    assert.deepEqual(idxBodyOf(error), JSON.parse(JSON.stringify(fixtures.sessionExpired)));
    const detail = classifyError(error, t);
    assert.equal(detail.code, 'transaction-expired');
    assert.equal(detail.message, 'Your sign-in session expired. Start over to sign in.');
    assert.equal(detail.cause, error);
  });

  it('a real org’s session-expired answer (okta-captures idx-java/introspect-error-response.json), thrown → transaction-expired', async () => {
    const capture: unknown = JSON.parse(readFileSync(new URL('./captures/idx-java/introspect-error-response.json', import.meta.url), 'utf8'));
    assert.deepEqual(capture, JSON.parse(JSON.stringify(fixtures.sessionExpired)), 'the project’s fixture is the real shape');
    const error = await startFailure({ status: 401, body: capture });
    assert.equal(classifyError(error, t).code, 'transaction-expired');
  });

  it('the same body served as application/json is no throw: okta-auth-js returns it as TERMINAL', async () => {
    const tx = await startTransaction({ status: 401, body: fixtures.sessionExpired, contentType: 'application/json' });
    assert.equal(tx.status, 'TERMINAL');
    assert.equal(terminalOutcome(tx.rawIdxState as never, t)?.code, 'transaction-expired');
  });

  it('access denied on start (403 ion+json) → access-denied with the server’s message, in the app’s words when it has them', async () => {
    const error = await startFailure({ status: 403, body: fixtures.accessDenied });
    const detail = classifyError(error, t);
    assert.equal(detail.code, 'access-denied');
    assert.equal(detail.message, 'You do not have permission to perform the requested action.');
    const app = createLocalizer('en', { 'security.access_denied': 'This account may not use this app.' });
    assert.equal(classifyError(error, app).message, 'This account may not use this app.');
  });

  it('a 403 whose body cannot be read → access-denied with the catalogue’s sentence', () => {
    const detail = classifyError(apiError(403, { errorSummary: '' }), t);
    assert.equal(detail.code, 'access-denied');
    assert.equal(detail.message, 'You do not have permission to sign in here.');
  });

  it('429 E0000047 on start (a plain API error) → rate-limited, with the headers kept for the countdown', async () => {
    const reset = '2000000000';
    const error = await startFailure({ status: 429, body: fixtures.rateLimitError, contentType: 'application/json', headers: { 'X-Rate-Limit-Reset': reset } });
    assert.equal((error as Error).message, 'API call exceeded rate limit due to too many requests.');
    assert.equal(classifyError(error, t).code, 'rate-limited');
    assert.equal((errorHeaders(error) as Record<string, string>)['x-rate-limit-reset'], reset);
  });

  it('429 E0000047 served as ion+json → still rate-limited (okta-auth-js parses the text into its fields)', async () => {
    const error = await startFailure({ status: 429, body: fixtures.rateLimitError });
    assert.equal((error as { errorCode?: string }).errorCode, 'E0000047');
    assert.equal(idxBodyOf(error), undefined, 'not an IDX document');
    assert.equal(classifyError(error, t).code, 'rate-limited');
  });

  it('an invalid one-time code at a remediation (401 ion+json) is no throw: the step comes back with the field message', async () => {
    const refused = { ...fixtures.challengeEmail({ wrongCode: true }) };
    const { tx, error } = await identifyOutcome({ status: 401, body: refused });
    assert.equal(error, undefined);
    assert.equal(tx?.requestDidSucceed, false);
    assert.equal(terminalOutcome(tx!.rawIdxState as never, t), undefined);
  });

  it('a send limit (a terminal document: tooManyRequests, errors.E0000150) → rate-limited in the server’s words, not an end', () => {
    const limit = (key: string, message: string) => ({ version: '1.0.0', messages: { value: [{ message, i18n: { key }, class: 'ERROR' }] } });
    const sms = terminalOutcome(limit('errors.E0000150', 'You have reached the limit of sms requests, please try again later.'), t);
    assert.deepEqual([sms?.code, sms?.message], ['rate-limited', 'You have reached the limit of sms requests, please try again later.']);
    assert.equal(terminalOutcome(limit('tooManyRequests', 'Too many requests'), t)?.code, 'rate-limited');
  });

  it('an expired transaction wins over any other message of the same answer', () => {
    const both = { version: '1.0.0', messages: { value: [{ message: 'x', class: 'ERROR' }, { message: 'The session has expired.', i18n: { key: 'idx.session.expired' }, class: 'ERROR' }] } };
    assert.equal(terminalOutcome(both, t)?.code, 'transaction-expired');
    assert.equal(terminalOutcome(both, t)?.cause, both, 'the document is the cause when nothing was thrown');
  });

  it('a terminal document without an error is no failure', () => {
    assert.equal(terminalOutcome({ version: '1.0.0', messages: { value: [{ message: 'Done.', class: 'INFO' }] } }, t), undefined);
  });

  it('a document with steps is not terminal, even with errors', () => {
    assert.equal(isTerminalDocument(fixtures.challengePassword({ wrongPassword: true })), false);
    assert.equal(isTerminalDocument(fixtures.accessDenied), true);
  });

  it('idxBodyOf reads only IDX documents, from the text okta-auth-js keeps of every answer', () => {
    assert.equal(idxBodyOf(apiError(401, { xhr: { status: 401, responseText: 'not json' } })), undefined);
    assert.equal(idxBodyOf(apiError(401, { xhr: { status: 401, responseText: '{"errorCode":"E0000011"}' } })), undefined);
    assert.equal(idxBodyOf(apiError(401, { xhr: { status: 401, responseText: '{"version":1}' } })), undefined, 'a version is a string');
    assert.deepEqual(idxBodyOf(apiError(401, { xhr: { status: 401, responseText: '{"version":"1.0.0"}' } })), { version: '1.0.0' });
    assert.equal(idxBodyOf(apiError(401, { xhr: { status: 401, responseText: 'null' } })), undefined);
    assert.equal(idxBodyOf(new Error('x')), undefined);
  });

  it('an answer okta-auth-js did read (application/json) still has its text, and is found there', async () => {
    const error = await startFailure({ status: 429, body: fixtures.rateLimitError, contentType: 'application/json' });
    const xhr = (error as { xhr: { responseJSON?: unknown; responseText?: string } }).xhr;
    assert.deepEqual(xhr.responseJSON, JSON.parse(xhr.responseText!));
  });
});
