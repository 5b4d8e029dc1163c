// "Stay signed in" (idx/keep-signed-in.ts): the identify form's rememberMe (org "beforeSignIn"), Okta's post-auth
// keep-me-signed-in prompt ("afterSignIn", org-wide or for one user), "off"; each completed sign-in's session with
// the choice at GET /dev/users/<login>/sessions. Over HTTP and through the unmodified okta-auth-js 8.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { IdxTransaction } from '@okta/okta-auth-js';
import { startEmulator, type RunningEmulator } from '../src/index.js';
import type { Emulator } from '../src/core/index.js';
import {
  DEMO,
  ORIGIN,
  authClient,
  field,
  jsonRequest,
  newEmulator,
  remediation,
  remediationNames,
  send,
  start,
  submit,
  type Loose,
} from './helpers.js';

const STAY = { identifier: 'staysignedin@example.com', password: 'Okta-Demo-2026!' };

/** Identify (with `identifyExtra`, e.g. rememberMe) and password; the answer to the password. */
async function authenticate(emulator: Emulator, user = DEMO, identifyExtra: Record<string, unknown> = {}, overrides: Record<string, string> = {}) {
  const started = await start(emulator, overrides);
  const identified = await submit(emulator, started.stateHandle, '/idp/idx/identify', { identifier: user.identifier, ...identifyExtra });
  assert.equal(identified.status, 200, JSON.stringify(identified.body));
  const answered = await submit(emulator, started.stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: user.password } });
  return { ...started, answered };
}

const sessionsOf = async (emulator: Emulator, identifier: string): Promise<Loose[]> =>
  (await send(emulator, new Request(`${ORIGIN}/dev/users/${identifier}/sessions`))).body.sessions;

const identifyForm = (doc: Loose) => remediation(doc, 'identify');

describe('keep me signed in over HTTP', () => {
  it('default ("beforeSignIn"): identify carries rememberMe; the choice is the session\'s, no prompt after', async () => {
    const { emulator } = await newEmulator();
    const { doc } = await start(emulator);
    assert.deepEqual(field(identifyForm(doc), 'rememberMe'), { name: 'rememberMe', label: 'Keep me signed in', type: 'boolean' });

    const kept = await authenticate(emulator, DEMO, { rememberMe: true });
    assert.ok(kept.answered.body.successWithInteractionCode, `got ${remediationNames(kept.answered.body)}`);
    const notKept = await authenticate(emulator, DEMO);
    assert.ok(notKept.answered.body.successWithInteractionCode);
    const sessions = await sessionsOf(emulator, DEMO.identifier);
    assert.deepEqual(
      sessions.map((s) => [s.keepMeSignedIn, s.chosenAt, s.clientId]),
      [
        [true, 'identify', 'okta-elements-demo'],
        [false, 'identify', 'okta-elements-demo'],
      ],
    );
    assert.ok(!Number.isNaN(Date.parse(sessions[0].createdAt)));
  });

  it('a user whose rule is "afterSignIn" (staysignedin@) is asked after the password with Okta\'s keep-me-signed-in', async () => {
    const { emulator } = await newEmulator();
    const { answered, stateHandle } = await authenticate(emulator, STAY);
    assert.equal(answered.status, 200);
    assert.deepEqual(remediationNames(answered.body), ['keep-me-signed-in']);
    assert.equal(answered.body.successWithInteractionCode, undefined, 'no code before the answer');
    const prompt = remediation(answered.body, 'keep-me-signed-in');
    assert.equal(new URL(prompt.href).pathname, '/idp/idx/keep-me-signed-in');
    assert.deepEqual(field(prompt, 'keepMeSignedIn'), {
      name: 'keepMeSignedIn',
      type: 'boolean',
      label: 'Stay signed in',
      required: true,
      value: false,
      mutable: true,
    });
    assert.equal(answered.body.user.value.identifier, STAY.identifier);
    assert.equal(answered.body.user.value.profile.firstName, 'Stella');
    assert.equal(answered.body.cancel.name, 'cancel');

    const stayed = await submit(emulator, stateHandle, '/idp/idx/keep-me-signed-in', { keepMeSignedIn: true });
    assert.equal(stayed.status, 200);
    assert.ok(stayed.body.successWithInteractionCode);
    assert.deepEqual((await sessionsOf(emulator, STAY.identifier)).map((s) => [s.keepMeSignedIn, s.chosenAt]), [[true, 'keep-me-signed-in']]);

    // "Don't stay signed in" is recorded as such, and the next sign-in asks again.
    const again = await authenticate(emulator, STAY);
    assert.deepEqual(remediationNames(again.answered.body), ['keep-me-signed-in']);
    const declined = await submit(emulator, again.stateHandle, '/idp/idx/keep-me-signed-in', { keepMeSignedIn: false });
    assert.ok(declined.body.successWithInteractionCode);
    assert.deepEqual((await sessionsOf(emulator, STAY.identifier)).map((s) => s.keepMeSignedIn), [true, false]);
  });

  it('an answer without a boolean is refused on the field and the prompt stays; a reload (introspect) shows it again', async () => {
    const { emulator } = await newEmulator();
    const { stateHandle, interactionHandle } = await authenticate(emulator, STAY);
    const blank = await submit(emulator, stateHandle, '/idp/idx/keep-me-signed-in', { keepMeSignedIn: 'yes' });
    assert.equal(blank.status, 400);
    const messages = field(remediation(blank.body, 'keep-me-signed-in'), 'keepMeSignedIn').messages.value;
    assert.deepEqual(messages.map((m: Loose) => m.i18n.key), ['model.validation.field.blank']);
    const resumed = await send(emulator, jsonRequest('/idp/idx/introspect', { interactionHandle }));
    assert.deepEqual(remediationNames(resumed.body), ['keep-me-signed-in']);
    assert.deepEqual(await sessionsOf(emulator, STAY.identifier), [], 'no session before the sign-in completes');
  });

  it('staysignedin@ who ticked rememberMe on the identify form is not asked again', async () => {
    const { emulator } = await newEmulator();
    const { answered } = await authenticate(emulator, STAY, { rememberMe: true });
    assert.ok(answered.body.successWithInteractionCode, `got ${remediationNames(answered.body)}`);
    assert.deepEqual((await sessionsOf(emulator, STAY.identifier)).map((s) => [s.keepMeSignedIn, s.chosenAt]), [[true, 'identify']]);
  });

  it('org "afterSignIn": no rememberMe on identify, every user is asked after authentication', async () => {
    const { emulator } = await newEmulator({ keepMeSignedIn: 'afterSignIn' });
    const { doc } = await start(emulator);
    assert.equal(field(identifyForm(doc), 'rememberMe'), undefined);
    const { answered, stateHandle } = await authenticate(emulator, DEMO);
    assert.deepEqual(remediationNames(answered.body), ['keep-me-signed-in']);
    await submit(emulator, stateHandle, '/idp/idx/keep-me-signed-in', { keepMeSignedIn: true });
    assert.deepEqual((await sessionsOf(emulator, DEMO.identifier)).map((s) => [s.keepMeSignedIn, s.chosenAt]), [[true, 'keep-me-signed-in']]);
  });

  it('org "off": neither the checkbox nor the prompt (a user\'s own "off" too); sessions say it was not offered', async () => {
    const { emulator } = await newEmulator({ keepMeSignedIn: 'off' });
    const { doc } = await start(emulator);
    assert.equal(field(identifyForm(doc), 'rememberMe'), undefined);
    // staysignedin@ keeps their own "afterSignIn" rule in the default users, so they are still asked.
    const demo = await authenticate(emulator, DEMO, { rememberMe: true });
    assert.ok(demo.answered.body.successWithInteractionCode);
    assert.deepEqual((await sessionsOf(emulator, DEMO.identifier)).map((s) => [s.keepMeSignedIn, s.chosenAt]), [[false, 'not-offered']]);
    const stay = await authenticate(emulator, STAY);
    assert.deepEqual(remediationNames(stay.answered.body), ['keep-me-signed-in']);
  });

  it('comes before the app\'s consent: keep-me-signed-in, then consent, then the code', async () => {
    const { emulator } = await newEmulator();
    const { answered, stateHandle } = await authenticate(emulator, STAY, {}, { client_id: 'okta-elements-consent', scope: 'openid notes.read' });
    assert.deepEqual(remediationNames(answered.body), ['keep-me-signed-in']);
    const next = await submit(emulator, stateHandle, '/idp/idx/keep-me-signed-in', { keepMeSignedIn: false });
    assert.deepEqual(remediationNames(next.body), ['consent']);
    const done = await submit(emulator, stateHandle, '/idp/idx/consent', { consent: true });
    assert.ok(done.body.successWithInteractionCode);
  });

  it('/dev/reset forgets the sessions and the consent grants', async () => {
    const { emulator } = await newEmulator();
    const { stateHandle } = await authenticate(emulator, DEMO, {}, { client_id: 'okta-elements-consent', scope: 'openid notes.read' });
    await submit(emulator, stateHandle, '/idp/idx/consent', { consent: true });
    assert.equal((await sessionsOf(emulator, DEMO.identifier)).length, 1);
    await send(emulator, new Request(`${ORIGIN}/dev/reset`, { method: 'POST' }));
    assert.deepEqual(await sessionsOf(emulator, DEMO.identifier), []);
    assert.deepEqual((await send(emulator, new Request(`${ORIGIN}/dev/users/${DEMO.identifier}/grants`))).body.grants, []);
  });

  it('the dev endpoints answer 404 for an unknown user', async () => {
    const { emulator } = await newEmulator();
    assert.equal((await send(emulator, new Request(`${ORIGIN}/dev/users/nobody@example.com/sessions`))).status, 404);
    assert.equal((await send(emulator, new Request(`${ORIGIN}/dev/users/nobody@example.com/grants`, { method: 'DELETE' }))).status, 404);
  });
});

describe('keep me signed in through okta-auth-js 8', () => {
  let running: RunningEmulator;
  before(async () => {
    running = await startEmulator({ port: 0, log: () => {} });
  });
  after(() => running.close());

  it('with useGenericRemediator (as <okta-flow>): nextStep keep-me-signed-in, proceed with keepMeSignedIn, SUCCESS', async () => {
    const auth = authClient(running.issuer);
    // A fresh options object per call: auth-js keeps and changes the one given to start().
    const generic = () => ({ useGenericRemediator: true });
    await auth.idx.start(generic() as never);
    await auth.idx.proceed({ step: 'identify', identifier: STAY.identifier, ...generic() } as never);
    const tx = await auth.idx.proceed({ step: 'challenge-authenticator', credentials: { passcode: STAY.password }, ...generic() } as never);
    assert.equal(tx.nextStep?.name, 'keep-me-signed-in');
    assert.deepEqual(tx.nextStep?.inputs?.map((i) => [i.name, i.type, i.label]), [['keepMeSignedIn', 'boolean', 'Stay signed in']]);
    const done: IdxTransaction = await auth.idx.proceed({ step: 'keep-me-signed-in', keepMeSignedIn: true, ...generic() } as never);
    assert.equal(done.status, 'SUCCESS');
    assert.equal(done.tokens?.idToken?.claims.preferred_username, STAY.identifier);
    const sessions = await (await fetch(`${running.origin}/dev/users/${STAY.identifier}/sessions`)).json();
    assert.equal(sessions.sessions.at(-1).keepMeSignedIn, true);
  });

  it('the default remediators: proceed({ step: "keep-me-signed-in", keepMeSignedIn: false }) reaches SUCCESS too', async () => {
    const auth = authClient(running.issuer);
    await auth.idx.start();
    await auth.idx.proceed({ step: 'identify', username: STAY.identifier });
    const tx = await auth.idx.proceed({ step: 'challenge-authenticator', password: STAY.password });
    assert.equal(tx.nextStep?.name, 'keep-me-signed-in');
    const done: IdxTransaction = await auth.idx.proceed({ step: 'keep-me-signed-in', keepMeSignedIn: false } as never);
    assert.equal(done.status, 'SUCCESS');
  });
});
