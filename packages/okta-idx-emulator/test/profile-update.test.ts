import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startEmulator, type RunningEmulator } from '../src/index.js';
import type { EmulatorConfig } from '../src/core/index.js';
import { authClient, choose, field, interactionCodeOf, newEmulator, remediation, remediationNames, start, submit, type Loose } from './helpers.js';

const PROFILE = 'profile@example.com';
/** Raw IDX values for the generic remediator (okta-auth-js's ProceedOptions does not list `userProfile`). */
const raw = (values: { step: string } & Record<string, unknown>) => values;
const PASSWORD = 'Okta-Demo-2026!';

/** Identify and the password, as any sign-in; answers what follows the password. */
async function afterPassword(emulator: Awaited<ReturnType<typeof newEmulator>>['emulator'], identifier = PROFILE) {
  const started = await start(emulator);
  await submit(emulator, started.stateHandle, '/idp/idx/identify', { identifier });
  const reply = await submit(emulator, started.stateHandle, '/idp/idx/challenge/answer', { credentials: { passcode: PASSWORD } });
  return { stateHandle: started.stateHandle, reply };
}

const attributesOf = (doc: Loose) => field(remediation(doc, 'profile-update'), 'userProfile').form.value;
const keysOn = (doc: Loose, name: string) =>
  attributesOf(doc).find((a: Loose) => a.name === name)?.messages?.value.map((m: Loose) => m.i18n.key);

describe('progressive profiling (profile-update)', () => {
  it('asks a signed-in user for the required attribute they lack, posting to /idp/idx/enroll/new, with skip where allowed', async () => {
    const { emulator } = await newEmulator();
    const { reply } = await afterPassword(emulator);
    assert.equal(reply.status, 200);
    assert.deepEqual(remediationNames(reply.body), ['profile-update', 'skip']);
    const form = remediation(reply.body, 'profile-update');
    assert.equal(new URL(form.href).pathname, '/idp/idx/enroll/new');
    assert.deepEqual(form.value.map((f: Loose) => f.name), ['userProfile', 'stateHandle']);
    const [department] = attributesOf(reply.body);
    assert.deepEqual([department.name, department.label, department.required], ['department', 'Department', true]);
    assert.deepEqual(department.options.map((o: Loose) => o.label), ['Engineering', 'Sales', 'Support', 'Other']);
    assert.equal(reply.body.user.value.identifier, PROFILE);
    assert.equal(reply.body.successWithInteractionCode, undefined);
  });

  it('keeps the answer in the profile: the code now, and no question at the next sign-in', async () => {
    const { emulator } = await newEmulator();
    const { stateHandle } = await afterPassword(emulator);
    const done = await submit(emulator, stateHandle, '/idp/idx/enroll/new', { userProfile: { department: 'support' } });
    assert.equal(done.status, 200);
    assert.ok(interactionCodeOf(done.body));
    const next = await afterPassword(emulator);
    assert.ok(interactionCodeOf(next.reply.body));
  });

  it('refuses a blank answer or a value that is not an option, on the field, with 400', async () => {
    const { emulator } = await newEmulator();
    const { stateHandle } = await afterPassword(emulator);
    const blank = await submit(emulator, stateHandle, '/idp/idx/enroll/new', { userProfile: { department: '' } });
    assert.equal(blank.status, 400);
    assert.deepEqual(keysOn(blank.body, 'department'), ['model.validation.field.blank']);
    const wrong = await submit(emulator, stateHandle, '/idp/idx/enroll/new', { userProfile: { department: 'legal' } });
    assert.equal(wrong.status, 400);
    assert.deepEqual(keysOn(wrong.body, 'department'), ['emulator.registration.notAnOption']);
    assert.deepEqual(remediationNames(wrong.body), ['profile-update', 'skip']);
  });

  it('skip goes on to the code without the attribute, and the next sign-in asks again', async () => {
    const { emulator } = await newEmulator();
    const { stateHandle } = await afterPassword(emulator);
    const skipped = await submit(emulator, stateHandle, '/idp/idx/skip');
    assert.ok(interactionCodeOf(skipped.body));
    const next = await afterPassword(emulator);
    assert.deepEqual(remediationNames(next.reply.body), ['profile-update', 'skip']);
  });

  it('the org\'s policy without skip: no skip remediation, and /idp/idx/skip is refused', async () => {
    const config: EmulatorConfig = { profileEnrollment: { requiredAttributes: ['department'] } };
    const { emulator } = await newEmulator(config);
    // demo@ lacks a department too: the org's policy applies to every user without one of their own.
    const { stateHandle, reply } = await afterPassword(emulator, 'demo@example.com');
    assert.deepEqual(remediationNames(reply.body), ['profile-update']);
    const refused = await submit(emulator, stateHandle, '/idp/idx/skip');
    assert.equal(refused.status, 400);
    assert.deepEqual(remediationNames(refused.body), ['profile-update']);
  });

  it('asks only for what is missing, after every other step, and not users who have it', async () => {
    const config: EmulatorConfig = {
      profileEnrollment: { requiredAttributes: ['firstName', 'department'] },
      users: [
        { identifier: 'complete@example.com', password: PASSWORD, profile: { firstName: 'Cam', department: 'sales' } },
        { identifier: 'partial@example.com', password: PASSWORD, profile: { firstName: 'Pia' }, policy: { signOn: ['okta_password'], enroll: ['security_question'] } },
      ],
    };
    const { emulator } = await newEmulator(config);
    assert.ok(interactionCodeOf((await afterPassword(emulator, 'complete@example.com')).reply.body));
    const partial = await afterPassword(emulator, 'partial@example.com');
    // The required enrollment comes first; profile-update is the last thing before the code.
    assert.deepEqual(remediationNames(partial.reply.body), ['select-authenticator-enroll']);
    await choose(emulator, partial.stateHandle, partial.reply.body, 'security_question');
    const enrolled = await submit(emulator, partial.stateHandle, '/idp/idx/challenge/answer', {
      credentials: { questionKey: 'disliked_food', answer: 'broccoli' },
    });
    assert.equal(enrolled.status, 200, JSON.stringify(enrolled.body.messages));
    assert.deepEqual(remediationNames(enrolled.body), ['profile-update']);
    assert.deepEqual(attributesOf(enrolled.body).map((a: Loose) => a.name), ['department']);
  });

  it('a user who just signed up is not asked in the same transaction', async () => {
    const { emulator } = await newEmulator({ profileEnrollment: { requiredAttributes: ['department'] } });
    const started = await start(emulator);
    await submit(emulator, started.stateHandle, '/idp/idx/enroll');
    const done = await submit(emulator, started.stateHandle, '/idp/idx/enroll/new', {
      userProfile: { email: 'nora@example.com', firstName: 'Nora', lastName: 'Newman' },
      credentials: { passcode: 'Sign-Up-2026!' },
    });
    assert.ok(interactionCodeOf(done.body));
  });
});

describe('okta-auth-js through progressive profiling', () => {
  let running: RunningEmulator;
  before(async () => {
    running = await startEmulator({ port: 0, log: () => {} });
  });
  after(() => running.close());

  it('the generic remediator: profile-update with userProfile, then tokens; skip on the next sign-in', async () => {
    const auth = authClient(running.issuer, { idx: { useGenericRemediator: true } } as never);
    await auth.idx.start();
    await auth.idx.proceed({ step: 'identify', identifier: PROFILE });
    let tx = await auth.idx.proceed({ step: 'challenge-authenticator', credentials: { passcode: PASSWORD } });
    assert.equal(tx.nextStep?.name, 'profile-update');
    assert.deepEqual(tx.neededToProceed.map((r) => r.name), ['profile-update', 'skip']);
    const refused = await auth.idx.proceed(raw({ step: 'profile-update', userProfile: { department: 'nope' } }));
    assert.equal(refused.requestDidSucceed, false);
    tx = await auth.idx.proceed(raw({ step: 'profile-update', userProfile: { department: 'engineering' } }));
    assert.equal(tx.status, 'SUCCESS');
    assert.equal(tx.tokens?.idToken?.claims.preferred_username, PROFILE);
    await fetch(`${running.origin}/dev/reset`, { method: 'POST' });

    const again = authClient(running.issuer, { idx: { useGenericRemediator: true } } as never);
    await again.idx.start();
    await again.idx.proceed({ step: 'identify', identifier: PROFILE });
    await again.idx.proceed({ step: 'challenge-authenticator', credentials: { passcode: PASSWORD } });
    const skipped = await again.idx.proceed({ step: 'skip' });
    assert.equal(skipped.status, 'SUCCESS');
  });
});
