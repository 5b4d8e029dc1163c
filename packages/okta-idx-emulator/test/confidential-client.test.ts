import assert from 'node:assert/strict';
import { before, beforeEach, describe, it } from 'node:test';
import type { Emulator } from '../src/core/index.js';
import { CLIENT_ID, REDIRECT_URI, interactParams, newEmulator, pkcePair } from './helpers.js';
import { CONFIDENTIAL, basic, post, signInAt } from './oauth-helpers.js';

const AUTH_FAILED = {
  error: 'invalid_client',
  error_description: 'Client authentication failed. Either the client or the client credentials are invalid.',
};
const WRONG_SECRET = { error: 'invalid_client', error_description: 'The client secret supplied for a confidential client is invalid.' };

describe('confidential clients (client_secret_basic, client_secret_post)', () => {
  let emulator: Emulator;
  before(async () => {
    // The shipped default config: okta-elements-demo (public) and okta-elements-web (confidential).
    ({ emulator } = await newEmulator());
  });
  beforeEach(() => emulator.reset());

  /** A confidential sign-in up to the interaction code (the secret sent to /v1/interact, as okta-auth-js does). */
  const signInConfidential = () =>
    signInAt(emulator, { interact: { client_id: CONFIDENTIAL.clientId, client_secret: CONFIDENTIAL.secret } });
  const codeParams = (code: string, verifier: string, extra: Record<string, string> = {}) => ({
    redirect_uri: REDIRECT_URI, grant_type: 'interaction_code', code_verifier: verifier, interaction_code: code, ...extra,
  });

  it('redeems the code with the secret in HTTP Basic', async () => {
    const { code, verifier } = await signInConfidential();
    const reply = await post(emulator, 'default', 'token', codeParams(code, verifier), basic(CONFIDENTIAL.clientId, CONFIDENTIAL.secret));
    assert.equal(reply.status, 200);
    assert.equal(typeof reply.body.id_token, 'string');
  });

  it('redeems the code with the secret in the form', async () => {
    const { code, verifier } = await signInConfidential();
    const reply = await post(emulator, 'default', 'token', codeParams(code, verifier, {
      client_id: CONFIDENTIAL.clientId, client_secret: CONFIDENTIAL.secret,
    }));
    assert.equal(reply.status, 200);
  });

  it('refuses a missing or wrong secret with 401 invalid_client, in Okta’s words', async () => {
    const { code, verifier } = await signInConfidential();
    const missing = await post(emulator, 'default', 'token', codeParams(code, verifier, { client_id: CONFIDENTIAL.clientId }));
    assert.equal(missing.status, 401);
    assert.deepEqual(missing.body, AUTH_FAILED);
    const wrongPost = await post(emulator, 'default', 'token', codeParams(code, verifier, { client_id: CONFIDENTIAL.clientId, client_secret: 'guess' }));
    assert.equal(wrongPost.status, 401);
    assert.deepEqual(wrongPost.body, WRONG_SECRET);
    const wrongBasic = await post(emulator, 'default', 'token', codeParams(code, verifier), basic(CONFIDENTIAL.clientId, 'guess'));
    assert.deepEqual(wrongBasic.body, WRONG_SECRET);
    // A refused client authentication does not burn the code.
    const right = await post(emulator, 'default', 'token', codeParams(code, verifier), basic(CONFIDENTIAL.clientId, CONFIDENTIAL.secret));
    assert.equal(right.status, 200);
  });

  it('refuses credentials in both the header and the form', async () => {
    const { code, verifier } = await signInConfidential();
    const reply = await post(emulator, 'default', 'token',
      codeParams(code, verifier, { client_id: CONFIDENTIAL.clientId, client_secret: CONFIDENTIAL.secret }),
      basic(CONFIDENTIAL.clientId, CONFIDENTIAL.secret));
    assert.equal(reply.status, 401);
    assert.equal(reply.body.error, 'invalid_request');
    assert.match(reply.body.error_description, /^Cannot supply multiple client credentials/);
  });

  it('refuses a public client that presents a secret, in the form or in Basic', async () => {
    const { code, verifier } = await signInAt(emulator);
    const posted = await post(emulator, 'default', 'token', codeParams(code, verifier, { client_id: CLIENT_ID, client_secret: 'anything' }));
    assert.equal(posted.status, 401);
    assert.deepEqual(posted.body, AUTH_FAILED);
    const header = await post(emulator, 'default', 'token', codeParams(code, verifier), basic(CLIENT_ID, 'anything'));
    assert.deepEqual(header.body, AUTH_FAILED);
    assert.equal((await post(emulator, 'default', 'token', codeParams(code, verifier, { client_id: CLIENT_ID }))).status, 200);
  });

  it('refuses a malformed Basic header and a client_id that differs from Basic', async () => {
    const { code, verifier } = await signInConfidential();
    const malformed = await post(emulator, 'default', 'token', codeParams(code, verifier), { authorization: 'Basic !!!' });
    assert.deepEqual(malformed.body, AUTH_FAILED);
    const differing = await post(emulator, 'default', 'token', codeParams(code, verifier, { client_id: CLIENT_ID }),
      basic(CONFIDENTIAL.clientId, CONFIDENTIAL.secret));
    assert.deepEqual(differing.body, AUTH_FAILED);
  });

  it('checks the secret at /v1/interact too, and still requires PKCE', async () => {
    const { challenge } = await pkcePair();
    const interact = (extra: Record<string, string>, headers: Record<string, string> = {}) =>
      post(emulator, 'default', 'interact', interactParams(challenge, { client_id: CONFIDENTIAL.clientId, ...extra }), headers);
    assert.equal((await interact({ client_secret: CONFIDENTIAL.secret })).status, 200);
    assert.equal((await interact({}, basic(CONFIDENTIAL.clientId, CONFIDENTIAL.secret))).status, 200);
    assert.deepEqual((await interact({})).body, AUTH_FAILED);
    assert.deepEqual((await interact({ client_secret: 'guess' })).body, WRONG_SECRET);
    const noPkce = interactParams(challenge, { client_id: CONFIDENTIAL.clientId, client_secret: CONFIDENTIAL.secret }) as Record<string, string>;
    delete noPkce.code_challenge;
    const reply = await post(emulator, 'default', 'interact', noPkce);
    assert.equal(reply.status, 400);
    assert.equal(reply.body.error, 'invalid_request');
    const publicWithSecret = await post(emulator, 'default', 'interact', interactParams(challenge, { client_secret: 'x' }));
    assert.deepEqual(publicWithSecret.body, AUTH_FAILED);
  });
});
