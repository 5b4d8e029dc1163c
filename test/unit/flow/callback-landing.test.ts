import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { IdxTransaction } from '@okta/okta-auth-js/idx';
import * as idx from '../../fixtures/idx-responses.js';
import { readLanding } from '../../../src/flow/callback.js';
import { handleLanding, OTP_IN_ORIGINAL_TAB, type LandingOutcome } from '../../../src/flow/callback-landing.js';
import { idpCallbackStrings } from '../../../src/i18n/catalogue/idp-callback.js';
import { addEnglish, defaultLocalizer } from '../../../src/i18n/localize.js';
import type { IdxAuthClient } from '../../../src/flow/auth-client.js';
import type { RawIdxResponse } from '../../../src/state/raw-idx.js';

addEnglish(idpCallbackStrings);

const SAVED = 'saved-state';
const tx = (raw: RawIdxResponse) => ({ status: 'PENDING', rawIdxState: raw, requestDidSucceed: true, actions: {} }) as unknown as IdxTransaction;

/** A client with a transaction saved under `SAVED` (unless `saved` is false); records its calls. */
function client(options: { saved?: boolean; resume?: RawIdxResponse | Error; withToken?: boolean } = {}) {
  const calls: [string, unknown?][] = [];
  const saved = options.saved ?? true;
  const matches = (o: Record<string, unknown> = {}) => saved && (o.state === undefined || o.state === SAVED);
  const auth: IdxAuthClient = {
    options: {},
    idx: {
      start: () => Promise.reject(new Error('no start expected')),
      proceed: (o = {}) => {
        calls.push(['proceed', o]);
        if (o.step) return Promise.resolve(tx(idx.challengeEmail()));
        return options.resume instanceof Error ? Promise.reject(options.resume) : Promise.resolve(tx(options.resume ?? idx.identify()));
      },
      cancel: () => Promise.reject(new Error('no cancel expected')),
      canProceed: (o) => matches(o),
    },
    transactionManager: { clear: () => calls.push(['clear']), load: (o) => (matches(o) ? { codeVerifier: 'v', state: SAVED } : null) },
    ...(options.withToken === false
      ? {}
      : { token: { exchangeCodeForTokens: (p: unknown) => (calls.push(['exchange', p]), Promise.resolve({ tokens: { accessToken: {} } as never })) } }),
    tokenManager: { setTokens: () => undefined },
  };
  return { auth, calls };
}

const send = <T>(request: () => Promise<T>) => request();
const land = (search: string, c: IdxAuthClient): Promise<LandingOutcome> => handleLanding(readLanding(search)!, c, send, defaultLocalizer);

describe('redirect callbacks (callback.ts, callback-landing.ts)', () => {
  it('reads a landing only with state, and tells the four kinds apart', () => {
    assert.equal(readLanding('?interaction_code=c'), undefined);
    assert.equal(readLanding('?state=s'), undefined);
    assert.equal(readLanding('?error=access_denied&state=s')?.kind, 'idp-error');
    assert.equal(readLanding('?error=interaction_required&state=s')?.kind, 'interaction-required');
    assert.equal(readLanding('?interaction_code=c&state=s')?.kind, 'interaction-code');
    assert.equal(readLanding('?otp=1&state=s')?.kind, 'email-otp');
  });

  it('exchanges a code only for the saved state, with its verifier, and clears the spent transaction', async () => {
    const { auth, calls } = client();
    const outcome = await land(`?interaction_code=code-1&state=${SAVED}`, auth);
    assert.ok('tx' in outcome && outcome.tx.status === 'SUCCESS');
    assert.deepEqual(calls, [['exchange', { interactionCode: 'code-1', codeVerifier: 'v' }], ['clear']]);
    const other = client();
    const refused = await land('?interaction_code=code-1&state=another', other.auth);
    assert.ok('failure' in refused && refused.failure.code === 'transaction-expired');
    assert.deepEqual(other.calls, []);
  });

  it('an app client without the code exchange is told it cannot finish here', async () => {
    const { auth } = client({ withToken: false });
    const outcome = await land(`?interaction_code=c&state=${SAVED}`, auth);
    assert.ok('failure' in outcome);
  });

  it('interaction_required resumes the saved transaction by its state', async () => {
    const { auth, calls } = client({ resume: idx.challengeEmail() });
    const outcome = await land(`?error=interaction_required&state=${SAVED}`, auth);
    assert.ok('tx' in outcome && !outcome.notice);
    assert.deepEqual(calls[0], ['proceed', { state: SAVED, useGenericRemediator: true }]);
  });

  it('a refusal resumes with a notice (the cause keeps the provider text), or fails where nothing is saved', async () => {
    const resumed = await land(`?error=access_denied&error_description=No+thanks&state=${SAVED}`, client().auth);
    assert.ok('tx' in resumed && resumed.notice);
    assert.match(resumed.notice.message, /cancelled/);
    assert.deepEqual(resumed.notice.cause, { error: 'access_denied', errorDescription: 'No thanks' });
    assert.equal(resumed.notice.code, 'access-denied', 'declined at the provider is a refusal');
    const nothing = await land('?error=server_error&state=gone', client({ saved: false }).auth);
    assert.ok('failure' in nothing);
    assert.equal(nothing.failure.code, 'unknown-error');
    assert.match(nothing.failure.message, /could not sign you in/);
  });

  it('the email link answers the saved email challenge with its code', async () => {
    const { auth, calls } = client({ resume: idx.challengeEmail() });
    const outcome = await land(`?otp=482913&state=${SAVED}`, auth);
    assert.ok('tx' in outcome);
    assert.deepEqual(calls[1], ['proceed', { step: 'challenge-authenticator', credentials: { passcode: '482913' }, useGenericRemediator: true }]);
  });

  it('the email link where its sign-in is not at the email goes on with what the sign-in shows', async () => {
    const { auth, calls } = client({ resume: idx.challengePassword() });
    const outcome = await land(`?otp=482913&state=${SAVED}`, auth);
    assert.ok('tx' in outcome);
    assert.equal(calls.length, 1);
  });

  it('the email link with no sign-in to finish (another browser, expired: answered or thrown) ends with the code to type elsewhere', async () => {
    const thrown = Object.assign(new Error(''), { xhr: { status: 401, responseText: JSON.stringify(idx.sessionExpired) } });
    for (const c of [client({ saved: false }), client({ resume: idx.sessionExpired }), client({ resume: thrown })]) {
      const outcome = await land(`?otp=482913&state=${SAVED}`, c.auth);
      assert.ok('end' in outcome);
      const current = outcome.end.currentAuthenticator?.value as { contextualData?: { otp?: string } };
      assert.equal(current.contextualData?.otp, '482913');
      assert.equal(outcome.end.messages?.value?.[0]?.i18n?.key, OTP_IN_ORIGINAL_TAB);
      assert.equal(outcome.end.remediation, undefined);
    }
  });

  it('the email link whose resume fails for another reason (the network) leaves the failure to the driver', async () => {
    await assert.rejects(land(`?otp=482913&state=${SAVED}`, client({ resume: new TypeError('Failed to fetch') }).auth), /Failed to fetch/);
  });
});
