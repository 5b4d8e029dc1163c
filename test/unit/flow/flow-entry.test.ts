import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { IdxTransaction } from '@okta/okta-auth-js/idx';
import * as idx from '../../fixtures/idx-responses.js';
import { entryToken, openingStep, resumeServes } from '../../../src/flow/flow-entry.js';
import { FlowDriver, type FlowDriverHost } from '../../../src/flow/flow-driver.js';
import type { IdxAuthClient } from '../../../src/flow/auth-client.js';
import type { FlowState } from '../../../src/state/flow-state.js';
import type { RawIdxResponse } from '../../../src/state/raw-idx.js';
import { defaultLocalizer } from '../../../src/i18n/localize.js';

const tx = (raw: RawIdxResponse): IdxTransaction =>
  ({ status: 'PENDING', rawIdxState: raw, requestDidSucceed: true, actions: {} }) as unknown as IdxTransaction;

/** identify with Okta's "Sign up" beside it (okta-captures idx-java introspect: select-enroll-profile). */
function identifyWithSignUp(): RawIdxResponse {
  const raw = idx.identify();
  const remediations = (raw.remediation?.value ?? []) as unknown[];
  return { ...raw, remediation: { type: 'array', value: [...remediations, { name: 'select-enroll-profile', href: 'https://example.okta.com/idp/idx/enroll', method: 'POST', value: [] }] } as never };
}

describe('flow entry (where <okta-flow flow> and its tokens open a transaction)', () => {
  it('starts with the recovery token, else the activation token', () => {
    assert.deepEqual(entryToken({ recoveryToken: 'r', activationToken: 'a' }), { recoveryToken: 'r' });
    assert.deepEqual(entryToken({ activationToken: 'a' }), { activationToken: 'a' });
    assert.equal(entryToken({ flow: 'register' }), undefined);
  });

  it('register asks for select-enroll-profile where the org offers it; unlock for unlock-account; a token for nothing', () => {
    assert.equal(openingStep({ flow: 'register' }, tx(identifyWithSignUp())), 'select-enroll-profile');
    assert.equal(openingStep({ flow: 'register' }, tx(idx.identify())), undefined, 'registration off: the sign-in as it is');
    assert.equal(openingStep({ flow: 'register', activationToken: 'a' }, tx(identifyWithSignUp())), undefined);
    assert.equal(openingStep({ flow: 'login' }, tx(identifyWithSignUp())), undefined);
    // An attribute value that names no flow (a typo) opens at sign-in.
    assert.equal(openingStep({ flow: 'signup' as never }, tx(identifyWithSignUp())), undefined);
  });

  it('a registration page does not resume a sign-in at its username or password, but resumes its own steps', () => {
    assert.equal(resumeServes('register', tx(idx.identify())), false);
    assert.equal(resumeServes('register', tx(idx.challengePassword())), false);
    assert.equal(resumeServes('register', tx(idx.enrollProfile())), true);
    assert.equal(resumeServes('register', tx(idx.enrollPassword())), true);
    assert.equal(resumeServes('login', tx(idx.identify())), true);
  });
});

/** A fake okta-auth-js that answers each call from a script and records the calls. */
function drive(entry: FlowDriverHost['entry'], answers: RawIdxResponse[], saved = false) {
  const calls: { method: string; options: Record<string, unknown> }[] = [];
  let stored = saved;
  const next = (method: string) => (options: Record<string, unknown> = {}) => {
    calls.push({ method, options });
    const raw = answers.shift();
    if (!raw) return new Promise<never>(() => undefined);
    stored = true;
    return Promise.resolve(tx(raw));
  };
  const client: IdxAuthClient = {
    options: { issuer: 'https://example.okta.com/oauth2/default' },
    idx: { start: next('start'), proceed: next('proceed'), cancel: next('cancel'), canProceed: () => stored },
    transactionManager: { clear: () => void (stored = false) },
    tokenManager: { setTokens: () => undefined },
  };
  const states: FlowState[] = [];
  const host: FlowDriverHost = { publish: (s) => void states.push(s), emit: () => undefined, storeTokens: false, requestTimeout: 30_000, localizer: defaultLocalizer, entry };
  return { driver: new FlowDriver(host, client), calls, last: () => states[states.length - 1] };
}

const settle = async () => {
  for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setImmediate(resolve));
};

describe('the driver opens where the entry asks', () => {
  it('flow register: the start, then select-enroll-profile, and the registration form shows', async () => {
    const { driver, calls, last } = drive({ flow: 'register' }, [identifyWithSignUp(), idx.enrollProfile()]);
    await driver.begin();
    await settle();
    assert.deepEqual(calls.map((c) => [c.method, c.options.step]), [['start', undefined], ['proceed', 'select-enroll-profile']]);
    assert.equal(last().step?.name, 'enroll-profile');
  });

  it('flow register where the org has no registration: the sign-in shows as it is, nothing else is sent', async () => {
    const { driver, calls, last } = drive({ flow: 'register' }, [idx.identify()]);
    await driver.begin();
    await settle();
    assert.equal(calls.length, 1);
    assert.equal(last().step?.name, 'identify');
  });

  it('an activation token starts the transaction with it, even where a sign-in is saved, and opens at its step', async () => {
    const { driver, calls, last } = drive({ activationToken: 'invite-123' }, [idx.enrollPassword()], true);
    await driver.begin();
    await settle();
    assert.deepEqual(calls.map((c) => c.method), ['start']);
    assert.equal(calls[0].options.activationToken, 'invite-123');
    assert.equal(last().step?.name, 'enroll-authenticator');
  });

  it('a registration page resumes a saved registration, but opens the form over a sign-in left at the password', async () => {
    const resumed = drive({ flow: 'register' }, [idx.enrollProfile()], true);
    await resumed.driver.begin();
    await settle();
    assert.deepEqual(resumed.calls.map((c) => c.method), ['proceed']);
    assert.equal(resumed.last().step?.name, 'enroll-profile');

    const over = drive({ flow: 'register' }, [idx.challengePassword(), identifyWithSignUp(), idx.enrollProfile()], true);
    await over.driver.begin();
    await settle();
    assert.deepEqual(over.calls.map((c) => [c.method, c.options.step]), [['proceed', undefined], ['start', undefined], ['proceed', 'select-enroll-profile']]);
    assert.equal(over.last().step?.name, 'enroll-profile');
  });
});
