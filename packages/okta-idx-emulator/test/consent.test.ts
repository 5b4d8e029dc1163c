// App consent (idx/consent.ts): `consent` and `granular-consent` after authentication, grants remembered per user,
// app and server, a declined consent's terminal answer; over HTTP and through the unmodified okta-auth-js 8.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { IdxTransaction } from '@okta/okta-auth-js';
import { startEmulator, type RunningEmulator } from '../src/index.js';
import type { Emulator, EmulatorConfig } from '../src/core/index.js';
import {
  DEMO,
  ORIGIN,
  authClient,
  exchange,
  field,
  formRequest,
  interactParams,
  interactionCodeOf,
  jsonRequest,
  newEmulator,
  pkcePair,
  remediation,
  remediationNames,
  send,
  start,
  submit,
  type Loose,
} from './helpers.js';

const CONSENT_CLIENT = 'okta-elements-consent';
const READ = 'openid profile email notes.read';
const READ_WRITE = 'openid profile email notes.read notes.write';

/** Identify and password for the default config's demo user, on `client` with `scope`; the answer to the password. */
async function authenticate(emulator: Emulator, scope: string, client = CONSENT_CLIENT) {
  const started = await start(emulator, { client_id: client, scope });
  await submit(emulator, started.stateHandle, '/idp/idx/identify', { identifier: DEMO.identifier });
  const answered = await submit(emulator, started.stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: DEMO.password } });
  return { ...started, answered };
}

/** The scopes of the tokens an interaction code is exchanged for (the token response's `scope`). */
async function tokenScopes(emulator: Emulator, doc: Loose, verifier: string, client = CONSENT_CLIENT): Promise<string[]> {
  const tokens = await exchange(emulator, interactionCodeOf(doc), verifier, { client_id: client });
  assert.equal(tokens.status, 200, JSON.stringify(tokens.body));
  return tokens.body.scope.split(' ');
}

const devGet = async (emulator: Emulator, path: string) => send(emulator, new Request(ORIGIN + path));

describe('consent over HTTP (default config: okta-elements-consent asks, notes.read / notes.write need consent)', () => {
  it('a TRUSTED app is never asked: the demo client gets notes.read without consent', async () => {
    const { emulator } = await newEmulator();
    const { answered, verifier } = await authenticate(emulator, READ, 'okta-elements-demo');
    assert.equal(answered.status, 200);
    assert.ok(answered.body.successWithInteractionCode, `got ${remediationNames(answered.body)}`);
    assert.deepEqual(await tokenScopes(emulator, answered.body, verifier, 'okta-elements-demo'), READ.split(' '));
  });

  it('a REQUIRED app asking only for scopes with implicit consent is not asked', async () => {
    const { emulator } = await newEmulator();
    const { answered } = await authenticate(emulator, 'openid profile email');
    assert.ok(answered.body.successWithInteractionCode, `got ${remediationNames(answered.body)}`);
  });

  it('asks with `consent` as Okta does: the scopes beside the form, Allow Access / Don\'t Allow, the app with its links', async () => {
    const { emulator } = await newEmulator();
    const { answered } = await authenticate(emulator, READ);
    assert.equal(answered.status, 200);
    assert.deepEqual(remediationNames(answered.body), ['consent']);
    const consent = remediation(answered.body, 'consent');
    assert.equal(new URL(consent.href).pathname, '/idp/idx/consent');
    assert.deepEqual(consent.scopes, [
      { name: 'notes.read', label: 'Read your notes', desc: 'The app can read the notes you keep.', value: 'notes.read' },
    ]);
    assert.deepEqual(field(consent, 'consent'), {
      name: 'consent',
      type: 'boolean',
      required: true,
      options: [
        { label: 'Allow Access', value: true },
        { label: "Don't Allow", value: false },
      ],
    });
    assert.equal(answered.body.successWithInteractionCode, undefined, 'no code before consent');
    assert.deepEqual(answered.body.app.value, {
      name: 'oidc_client',
      label: 'okta-elements notes',
      id: CONSENT_CLIENT,
      termsOfService: { href: 'https://example.com/terms', rel: ['terms-of-service'] },
      privacyPolicy: { href: 'https://example.com/privacy', rel: ['privacy-policy'] },
    });
    assert.equal(answered.body.user.value.identifier, DEMO.identifier);
    assert.equal(answered.body.cancel.name, 'cancel');
  });

  it('consent: true gives the code and tokens with the scopes; the grant is remembered until revoked', async () => {
    const { emulator } = await newEmulator();
    const first = await authenticate(emulator, READ);
    const allowed = await submit(emulator, first.stateHandle, '/idp/idx/consent', { consent: true });
    assert.equal(allowed.status, 200);
    assert.deepEqual(await tokenScopes(emulator, allowed.body, first.verifier), READ.split(' '));

    const grants = await devGet(emulator, `/dev/users/${DEMO.identifier}/grants`);
    assert.deepEqual(grants.body, { identifier: DEMO.identifier, grants: [{ clientId: CONSENT_CLIENT, issuer: '/oauth2/default', scopes: ['notes.read'] }] });

    const second = await authenticate(emulator, READ);
    assert.ok(second.answered.body.successWithInteractionCode, 'the next sign-in is not asked again');

    // Another authorization server is another grant (okta-elements custom server declares no notes scopes: refused there).
    const revoked = await send(emulator, new Request(`${ORIGIN}/dev/users/${DEMO.identifier}/grants`, { method: 'DELETE' }));
    assert.deepEqual(revoked.body, { identifier: DEMO.identifier, revoked: 1 });
    const third = await authenticate(emulator, READ);
    assert.deepEqual(remediationNames(third.answered.body), ['consent'], 'asked again after the revoke');
  });

  it('a new scope is asked for alone: what was granted before is not listed again', async () => {
    const { emulator } = await newEmulator({ authorizationServers: [{ id: 'default', scopes: [
      { name: 'notes.read', consent: 'REQUIRED' },
      { name: 'notes.share', displayName: 'Share your notes', consent: 'REQUIRED' },
    ] }] });
    const first = await authenticate(emulator, READ);
    await submit(emulator, first.stateHandle, '/idp/idx/consent', { consent: true });
    const second = await authenticate(emulator, `${READ} notes.share`);
    assert.deepEqual(remediation(second.answered.body, 'consent').scopes.map((s: Loose) => s.name), ['notes.share']);
  });

  it('consent: false ends the transaction: 403, idx.operation.cancelled.by.user, no remediation, the handle dead', async () => {
    const { emulator } = await newEmulator();
    const { stateHandle } = await authenticate(emulator, READ);
    const declined = await submit(emulator, stateHandle, '/idp/idx/consent', { consent: false });
    assert.equal(declined.status, 403);
    assert.equal(declined.body.remediation, undefined);
    assert.equal(declined.body.successWithInteractionCode, undefined);
    assert.equal(declined.body.stateHandle, stateHandle);
    assert.deepEqual(declined.body.messages.value, [
      { message: 'Operation cancelled by user.', i18n: { key: 'idx.operation.cancelled.by.user' }, class: 'ERROR' },
    ]);
    const after = await send(emulator, jsonRequest('/idp/idx/introspect', { stateHandle }));
    assert.equal(after.status, 401);
    const grants = await devGet(emulator, `/dev/users/${DEMO.identifier}/grants`);
    assert.deepEqual(grants.body.grants, [], 'nothing granted');
  });

  it('an answer without a boolean `consent` is refused on the field, and the question stays', async () => {
    const { emulator } = await newEmulator();
    const { stateHandle } = await authenticate(emulator, READ);
    const blank = await submit(emulator, stateHandle, '/idp/idx/consent', {});
    assert.equal(blank.status, 400);
    const messages = field(remediation(blank.body, 'consent'), 'consent').messages.value;
    assert.deepEqual(messages.map((m: Loose) => m.i18n.key), ['model.validation.field.blank']);
    const allowed = await submit(emulator, stateHandle, '/idp/idx/consent', { consent: true });
    assert.ok(allowed.body.successWithInteractionCode);
  });

  it('/idp/idx/consent is refused before authentication (no consent step offered)', async () => {
    const { emulator } = await newEmulator();
    const { stateHandle } = await start(emulator, { client_id: CONSENT_CLIENT, scope: READ });
    const early = await submit(emulator, stateHandle, '/idp/idx/consent', { consent: true });
    assert.equal(early.status, 400);
    assert.deepEqual(early.body.messages.value.map((m: Loose) => m.i18n.key), ['emulator.remediation.unavailable']);
    assert.ok(remediationNames(early.body).includes('identify'));
    assert.equal(early.body.successWithInteractionCode, undefined);
  });

  it('granular-consent when a scope is optional: each scope a checkbox, the optional one mutable; left out, it is not in the tokens', async () => {
    const { emulator } = await newEmulator();
    const { answered, stateHandle, verifier } = await authenticate(emulator, READ_WRITE);
    assert.deepEqual(remediationNames(answered.body), ['granular-consent']);
    const granular = remediation(answered.body, 'granular-consent');
    assert.equal(new URL(granular.href).pathname, '/idp/idx/consent');
    assert.deepEqual(field(granular, 'consent'), { name: 'consent', type: 'boolean', visible: false, required: true });
    assert.deepEqual(field(granular, 'optedScopes').form.value, [
      { name: 'openid', type: 'boolean', required: true, value: true, visible: true, mutable: false },
      { name: 'notes.read', label: 'Read your notes', desc: 'The app can read the notes you keep.', type: 'boolean', required: true, value: true, visible: true, mutable: false },
      { name: 'notes.write', label: 'Change your notes', desc: 'The app can add, edit and delete your notes.', type: 'boolean', required: true, value: true, visible: true, mutable: true },
    ]);
    // notes.read is not optional: sending false for it does not leave it out.
    const allowed = await submit(emulator, stateHandle, '/idp/idx/consent', { consent: true, optedScopes: { 'notes.read': false, 'notes.write': false } });
    assert.equal(allowed.status, 200);
    assert.deepEqual(await tokenScopes(emulator, allowed.body, verifier), READ.split(' '));
    const grants = await devGet(emulator, `/dev/users/${DEMO.identifier}/grants`);
    assert.deepEqual(grants.body.grants[0].scopes, ['notes.read']);

    // The scope left out is asked for again next time (it was not granted).
    const again = await authenticate(emulator, READ_WRITE);
    const opted = field(remediation(again.answered.body, 'granular-consent'), 'optedScopes').form.value;
    assert.deepEqual(opted.map((f: Loose) => f.name), ['openid', 'notes.write']);
    const both = await submit(emulator, again.stateHandle, '/idp/idx/consent', { consent: true, optedScopes: { 'notes.write': true } });
    assert.deepEqual(await tokenScopes(emulator, both.body, again.verifier), READ_WRITE.split(' '));
  });

  it('an OIDC scope redeclared with consent REQUIRED is asked for in Okta\'s words', async () => {
    const config: EmulatorConfig = { authorizationServers: [{ id: 'default', scopes: [{ name: 'email', consent: 'REQUIRED' }] }] };
    const { emulator } = await newEmulator(config);
    const { answered } = await authenticate(emulator, 'openid email');
    assert.deepEqual(remediation(answered.body, 'consent').scopes, [
      { name: 'email', label: 'View your email address.', desc: 'This allows the app to view your email address.', value: 'email' },
    ]);
  });

  it('a scope no server declares is still refused at /v1/interact; a declared one only at the server declaring it', async () => {
    const { emulator } = await newEmulator();
    await assert.rejects(start(emulator, { client_id: CONSENT_CLIENT, scope: 'openid notes.delete' }), /invalid_scope/);
    const { challenge } = await pkcePair();
    const other = await send(emulator, formRequest('/oauth2/aus0kta3lements0demo/v1/interact', interactParams(challenge, { client_id: CONSENT_CLIENT, scope: READ })));
    assert.equal(other.status, 400);
    assert.equal(other.body.error, 'invalid_scope');
  });

  it('the consent step resumes on introspect (a reload) with the same question', async () => {
    const { emulator } = await newEmulator();
    const { interactionHandle } = await authenticate(emulator, READ);
    const resumed = await send(emulator, jsonRequest('/idp/idx/introspect', { interactionHandle }));
    assert.deepEqual(remediationNames(resumed.body), ['consent']);
  });
});

/** The `scp` claim of the access token auth-js received (decoded here: auth-js does not decode access tokens). */
function accessTokenScp(tx: IdxTransaction): unknown {
  const jwt = tx.tokens?.accessToken?.accessToken;
  assert.ok(jwt, 'an access token');
  return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString()).scp;
}

describe('consent through okta-auth-js 8', () => {
  let running: RunningEmulator;
  before(async () => {
    running = await startEmulator({ port: 0, log: () => {} });
  });
  after(() => running.close());

  async function toConsent(scopes: string[], useGenericRemediator: boolean) {
    const auth = authClient(running.issuer, { clientId: CONSENT_CLIENT, scopes });
    await auth.idx.start({ useGenericRemediator } as never);
    // The generic remediator sends the forms' own field names (as <okta-flow> does), the default ones auth-js's.
    await auth.idx.proceed(
      (useGenericRemediator ? { step: 'identify', identifier: DEMO.identifier, useGenericRemediator } : { step: 'identify', username: DEMO.identifier }) as never,
    );
    const tx = await auth.idx.proceed(
      (useGenericRemediator
        ? { step: 'challenge-authenticator', credentials: { passcode: DEMO.password }, useGenericRemediator }
        : { step: 'challenge-authenticator', password: DEMO.password }) as never,
    );
    return { auth, tx };
  }

  const revokeAll = () => fetch(`${running.origin}/dev/users/${DEMO.identifier}/grants`, { method: 'DELETE' });

  for (const useGenericRemediator of [false, true]) {
    describe(useGenericRemediator ? 'with useGenericRemediator (as <okta-flow>)' : 'default remediators', () => {
      it('proceed({ step: "consent", consent: true }): SUCCESS, tokens with the consented scope', async () => {
        await revokeAll();
        const { auth, tx } = await toConsent(READ.split(' '), useGenericRemediator);
        assert.equal(tx.status, 'PENDING');
        assert.equal(tx.nextStep?.name, 'consent');
        const raw = tx.rawIdxState as unknown as { remediation: { value: Loose[] } };
        assert.deepEqual(raw.remediation.value[0].scopes.map((s: Loose) => s.name), ['notes.read']);
        const done: IdxTransaction = await auth.idx.proceed({ step: 'consent', consent: true, useGenericRemediator } as never);
        assert.equal(done.status, 'SUCCESS');
        assert.deepEqual(done.tokens?.accessToken?.scopes, READ.split(' '));
        assert.deepEqual(accessTokenScp(done), READ.split(' '));
      });

      it('proceed({ step: "consent", consent: false }): the terminal "Operation cancelled by user.", no tokens', async () => {
        await revokeAll();
        const { auth } = await toConsent(READ.split(' '), useGenericRemediator);
        const declined: IdxTransaction = await auth.idx.proceed({ step: 'consent', consent: false, useGenericRemediator } as never);
        assert.notEqual(declined.status, 'SUCCESS');
        assert.equal(declined.tokens, undefined);
        assert.deepEqual(declined.messages?.map((m) => m.i18n?.key), ['idx.operation.cancelled.by.user']);
      });

      it('granular-consent with notes.write left out: SUCCESS, the access token without it', async () => {
        await revokeAll();
        const { auth, tx } = await toConsent(READ_WRITE.split(' '), useGenericRemediator);
        assert.equal(tx.nextStep?.name, 'granular-consent');
        const done: IdxTransaction = await auth.idx.proceed({
          step: 'granular-consent',
          consent: true,
          optedScopes: { 'notes.write': false },
          useGenericRemediator,
        } as never);
        assert.equal(done.status, 'SUCCESS');
        assert.deepEqual(accessTokenScp(done), READ.split(' '));
      });
    });
  }
});
