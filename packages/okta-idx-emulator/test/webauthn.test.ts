import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Emulator } from '../src/core/index.js';
import { APP_ORIGIN, choiceOf, choose, interactionCodeOf, jsonRequest, newEmulator, remediationNames, send, start, submit } from './helpers.js';
import { SoftAuthenticator } from './webauthn-helper.js';

const PASSWORD = 'Okta-Demo-2026!';
const PASSKEY = 'passkey@example.com';
const fromApp = { origin: APP_ORIGIN };

describe('WebAuthn', () => {
  let emulator: Emulator;
  before(async () => {
    ({ emulator } = await newEmulator());
  });

  /** Identify, the password, then the passkey in the one-option list Okta offers to enroll. */
  async function afterPassword() {
    const started = await start(emulator);
    await submit(emulator, started.stateHandle, '/idp/idx/identify', { identifier: PASSKEY });
    const listed = await submit(emulator, started.stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: PASSWORD } });
    assert.equal(listed.status, 200);
    assert.deepEqual(remediationNames(listed.body), ['select-authenticator-enroll']);
    const reply = await choose(emulator, started.stateHandle, listed.body, 'webauthn');
    assert.equal(reply.status, 200);
    return { ...started, doc: reply.body };
  }

  it('enrolls a real credential on first sign-in and verifies an assertion next time', async () => {
    emulator.reset();
    const device = await SoftAuthenticator.create();
    const first = await afterPassword();
    assert.deepEqual(remediationNames(first.doc), ['enroll-authenticator', 'select-authenticator-enroll']);
    const activationData = first.doc.currentAuthenticator.value.contextualData.activationData;
    assert.equal(activationData.rp.id, 'localhost');
    assert.ok(activationData.challenge);
    assert.ok(activationData.user.id);
    assert.deepEqual(activationData.pubKeyCredParams.map((p: { alg: number }) => p.alg).includes(-7), true);

    // A forged attestation (wrong challenge) is refused.
    const forged = await device.attestation({ ...activationData, challenge: 'AAAA' }, 'http://localhost:4999');
    const refused = await submit(emulator, first.stateHandle, '/idp/idx/challenge/answer', { credentials: forged });
    assert.equal(refused.status, 400);

    const credentials = await device.attestation(activationData, 'http://localhost:4999');
    const enrolled = await submit(emulator, first.stateHandle, '/idp/idx/challenge/answer', { credentials });
    assert.equal(enrolled.status, 200, JSON.stringify(enrolled.body.messages));
    assert.ok(interactionCodeOf(enrolled.body));

    // Second sign-in from the app's origin: a challenge with challengeData and the credential id.
    const started = await start(emulator);
    await submit(emulator, started.stateHandle, '/idp/idx/identify', { identifier: PASSKEY });
    const listed = await submitFromApp(emulator, started.stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: PASSWORD } });
    assert.deepEqual(remediationNames(listed.body), ['select-authenticator-authenticate']);
    const { path, authenticator } = choiceOf(listed.body, 'webauthn');
    const second = await submitFromApp(emulator, started.stateHandle, path, { authenticator });
    assert.deepEqual(remediationNames(second.body), ['challenge-authenticator']);
    const challengeData = second.body.currentAuthenticator.value.contextualData.challengeData;
    const enrollment = second.body.authenticatorEnrollments.value.find((e: { key: string }) => e.key === 'webauthn');
    assert.equal(enrollment.credentialId, Buffer.from(device.credentialId).toString('base64url'));
    // The relying party is now the app (its Origin header), and the credential was made for localhost: same rpId.
    const wrongOrigin = await device.assertion(challengeData, 'http://evil.example');
    assert.equal((await submitFromApp(emulator, started.stateHandle, '/idp/idx/challenge/answer', { credentials: wrongOrigin })).status, 400);
    const assertion = await device.assertion(challengeData, APP_ORIGIN);
    const done = await submitFromApp(emulator, started.stateHandle, '/idp/idx/challenge/answer', { credentials: assertion });
    assert.equal(done.status, 200, JSON.stringify(done.body.messages));
    assert.ok(interactionCodeOf(done.body));
  });
});

const submitFromApp = (e: Emulator, stateHandle: string, path: string, body: Record<string, unknown>) =>
  send(e, jsonRequest(path, { ...body, stateHandle }, fromApp));
