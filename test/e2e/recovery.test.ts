import { expect, oneEvent } from '@open-wc/testing';
import {
  choose,
  clickButton,
  fillAndSubmit,
  flowShows,
  latestMessage,
  MFA_PASSWORD,
  mountFlow,
  stepShown,
  useEmulator,
} from './e2e-helpers.js';
import { createAuthClient } from './oauth-helpers.js';
import type { OktaSuccessEvent } from '../../src/events/okta-success.js';
import type { OktaStepChangeEvent } from '../../src/events/okta-step-change.js';
import type { OktaFlow } from '../../src/flow/okta-flow.js';

/** The demo user who can recover a forgotten password by email (the emulator's default config). */
const RECOVER = { identifier: 'recover@example.com', password: MFA_PASSWORD };
/** Meets the default policy (8+, upper, lower, digit, symbol, no username or name in it). */
const NEW_PASSWORD = 'Bright-Meadow-73!';

const heading = (flow: OktaFlow): string => flow.querySelector('[active] h2')?.textContent?.trim() ?? '';

/** The password step's "Forgot password?", then the recovery's identify step ("Reset your password"). */
async function forgotPasswordFromThePasswordStep(flow: OktaFlow, identifier: string): Promise<void> {
  await stepShown(flow, 'identify');
  fillAndSubmit(flow, { identifier });
  await stepShown(flow, 'challenge-authenticator', 'okta_password');
  clickButton(flow, 'Forgot password?');
}

/**
 * To the new-password step: the username when Okta asks whose password (identify-recovery: a recovery started
 * before the user is known), the list of authenticators the policy allows for recovery (never the password
 * being reset), Email, and the code from the outbox.
 */
async function verifyByEmail(flow: OktaFlow, identifier: string, { asksWho }: { asksWho: boolean }): Promise<void> {
  if (asksWho) {
    // Okta's identify-recovery, or (an identifier-first org offers no `recover` before the user is known) its
    // identify, shown as the start of a reset: either way the person reads "Reset your password".
    await flowShows(
      flow,
      () => flow.state.status === 'ready' && /^identify(-recovery)?$/.test(flow.state.step?.name ?? '') && flow.querySelector('[active] form') !== null,
      'no username step',
    );
    expect(heading(flow)).to.equal('Reset your password');
    fillAndSubmit(flow, { identifier });
  }
  await flowShows(
    flow,
    () => flow.state.status === 'ready' && flow.state.step?.name === 'select-authenticator-authenticate' && flow.querySelector('[active] .okta-option') !== null,
    'no list of recovery authenticators',
  );
  expect(heading(flow)).to.equal('Reset your password');
  const offered = [...flow.querySelectorAll('[active] .okta-option')].map((option) => option.getAttribute('data-authenticator'));
  expect(offered, 'the password being reset cannot verify the person').not.to.include('okta_password');
  await choose(flow, 'okta_email');
  await enterEmailCode(flow, identifier);
}

/** Okta may ask first whether to send the email (authenticator-verification-data); then the code from the outbox. */
async function enterEmailCode(flow: OktaFlow, identifier: string): Promise<void> {
  await flowShows(
    flow,
    () => flow.state.status === 'ready' && flow.querySelector('[active] form') !== null && /^(authenticator-verification-data|challenge-authenticator)$/.test(flow.state.step?.name ?? ''),
    'no email step',
  );
  if (flow.state.step?.name === 'authenticator-verification-data') clickButton(flow, 'Send me an email');
  await stepShown(flow, 'challenge-authenticator', 'okta_email');
  const { code } = await latestMessage(flow.getAttribute('issuer')!, identifier);
  fillAndSubmit(flow, { 'credentials.passcode': code });
}

/** Types into the new-password field as a person does (one input event), without sending. */
function typeNewPassword(flow: OktaFlow, value: string): void {
  const input = flow.querySelector<HTMLInputElement>('[active] input[name="credentials.passcode"]')!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

const rules = (flow: OktaFlow) => [...flow.querySelectorAll<HTMLLIElement>('[active] .okta-requirements li')];

/**
 * The reset step: the policy's rules shown and ticked as the person types; a password from the history refused
 * on the field; then the new one, which signs the person in.
 */
async function resetPassword(flow: OktaFlow, identifier: string, previous: string): Promise<OktaSuccessEvent> {
  await stepShown(flow, 'reset-authenticator', 'okta_password');
  expect(heading(flow)).to.equal('Reset your password');
  expect(rules(flow).length, 'the policy’s rules are listed').to.be.greaterThan(3);
  // Okta's revokeSessions, offered with the reset: a labelled checkbox, left as the person chooses.
  const revoke = flow.querySelector<HTMLInputElement>('[active] input[type="checkbox"][name="credentials.revokeSessions"]');
  expect(revoke, 'the option to sign out other sessions').not.to.equal(null);
  expect(revoke!.labels?.[0]?.textContent?.trim()).to.equal('Sign me out of all other devices');
  expect(rules(flow).filter((rule) => rule.hasAttribute('data-met')), 'nothing typed, nothing met').to.have.length(0);
  typeNewPassword(flow, 'short');
  await flowShows(flow, () => rules(flow).some((rule) => rule.hasAttribute('data-met')), 'no rule ticked as the password was typed');
  expect(rules(flow).every((rule) => rule.hasAttribute('data-met')), 'not every rule is met by "short"').to.equal(false);
  typeNewPassword(flow, NEW_PASSWORD);
  await flowShows(flow, () => rules(flow).every((rule) => rule.hasAttribute('data-met')), 'a password that meets every rule did not tick them all');

  // The current password meets the rules, but the policy remembers it: refused on the field, both fields cleared.
  fillAndSubmit(flow, { 'credentials.passcode': previous, confirmPassword: previous });
  await flowShows(flow, () => flow.querySelector('[active] input[aria-invalid="true"]') !== null, 'a password from the history was not refused on the field');
  const field = flow.querySelector<HTMLInputElement>('[active] input[name="credentials.passcode"]')!;
  expect(field.getAttribute('aria-invalid')).to.equal('true');
  const error = field.getAttribute('aria-describedby')!.split(' ').map((id) => flow.querySelector(`#${CSS.escape(id)}`)).find((el) => el?.classList.contains('okta-field-error'));
  expect(error?.textContent, 'the history rule, named on the field').to.match(/cannot be any of your last \d+ passwords/);
  expect(flow.state.step?.name).to.equal('reset-authenticator');

  const succeeded = oneEvent(flow, 'okta-success') as Promise<OktaSuccessEvent>;
  fillAndSubmit(flow, { 'credentials.passcode': NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
  const event = await succeeded;
  expect(event.tokens.idToken!.claims.email).to.equal(identifier);
  expect(event.tokens.accessToken!.accessToken).to.be.a('string');
  return event;
}

/**
 * A fresh flow, identified, with the password sent. The request is in flight when this returns, so a listener
 * added then still hears its `okta-success`.
 */
async function signInWith(issuer: string, identifier: string, password: string): Promise<OktaFlow> {
  const flow = mountFlow(issuer);
  await stepShown(flow, 'identify');
  fillAndSubmit(flow, { identifier });
  await stepShown(flow, 'challenge-authenticator', 'okta_password');
  fillAndSubmit(flow, { 'credentials.passcode': password });
  return flow;
}

describe('password recovery end to end (real okta-auth-js, real emulator, real HTTP)', () => {
  const emulator = useEmulator();

  it('"Forgot password?" on the password step: Email, the code, a new password with its rules, signed in; the new password works next time and the old one does not', async () => {
    const flow = mountFlow(emulator.issuer);
    const steps: string[] = [];
    flow.addEventListener('okta-step-change', (e: OktaStepChangeEvent) => steps.push(e.step));
    await forgotPasswordFromThePasswordStep(flow, RECOVER.identifier);
    // The user is known: Okta lists the ways to verify at once (idx-java recover-identify-first-response.json).
    await verifyByEmail(flow, RECOVER.identifier, { asksWho: false });
    await resetPassword(flow, RECOVER.identifier, RECOVER.password);
    expect(steps).to.include.members(['select-authenticator-authenticate', 'challenge-authenticator', 'reset-authenticator']);
    flow.remove();
    sessionStorage.clear();

    const old = await signInWith(emulator.issuer, RECOVER.identifier, RECOVER.password);
    await flowShows(old, () => old.querySelector('[active] input[aria-invalid="true"]') !== null, 'the old password was not refused');
    old.remove();
    sessionStorage.clear();

    const again = await signInWith(emulator.issuer, RECOVER.identifier, NEW_PASSWORD);
    const signedIn = oneEvent(again, 'okta-success') as Promise<OktaSuccessEvent>;
    expect((await signedIn).tokens.idToken!.claims.email).to.equal(RECOVER.identifier);
  });

  it('"Forgot password?" on a sign-in form that asks for the password too: whose password, then Email, the code and the new password', async () => {
    const flow = mountFlow(emulator.singleFormIssuer);
    await stepShown(flow, 'identify');
    expect(flow.querySelector('[active] input[name="credentials.passcode"]'), 'the identify form asks for the password').not.to.equal(null);
    clickButton(flow, 'Forgot password?');
    await stepShown(flow, 'identify-recovery');
    await verifyByEmail(flow, RECOVER.identifier, { asksWho: true });
    await resetPassword(flow, RECOVER.identifier, RECOVER.password);
  });

  it('the email’s magic link verifies the recovery too: the flow polls and moves on to the new password', async () => {
    const flow = mountFlow(emulator.issuer);
    await forgotPasswordFromThePasswordStep(flow, RECOVER.identifier);
    await flowShows(
      flow,
      () => flow.state.status === 'ready' && flow.state.step?.name === 'select-authenticator-authenticate' && flow.querySelector('[active] .okta-option') !== null,
      'no list of recovery authenticators',
    );
    await choose(flow, 'okta_email');
    await flowShows(
      flow,
      () => flow.state.status === 'ready' && flow.querySelector('[active] form') !== null && /^(authenticator-verification-data|challenge-authenticator)$/.test(flow.state.step?.name ?? ''),
      'no email step',
    );
    if (flow.state.step?.name === 'authenticator-verification-data') clickButton(flow, 'Send me an email');
    await stepShown(flow, 'challenge-authenticator', 'okta_email');
    const { magicLink } = await latestMessage(emulator.issuer, RECOVER.identifier);
    expect(magicLink, 'the recovery email carries a link').to.be.a('string');
    await fetch(magicLink!);
    await resetPassword(flow, RECOVER.identifier, RECOVER.password);
  });

  it('any authenticator the policy allows verifies the recovery: the security question of a person with several', async () => {
    const flow = mountFlow(emulator.issuer);
    await forgotPasswordFromThePasswordStep(flow, 'choose@example.com');
    await flowShows(
      flow,
      () => flow.state.status === 'ready' && flow.state.step?.name === 'select-authenticator-authenticate' && flow.querySelector('[active] .okta-option') !== null,
      'no list of recovery authenticators',
    );
    const offered = [...flow.querySelectorAll('[active] .okta-option')].map((option) => option.getAttribute('data-authenticator'));
    expect(offered).to.include.members(['okta_email', 'phone_number', 'security_question']).and.not.include('okta_password');
    await choose(flow, 'security_question');
    await stepShown(flow, 'challenge-authenticator', 'security_question');
    fillAndSubmit(flow, { 'credentials.answer': 'Spinach' });
    await resetPassword(flow, 'choose@example.com', MFA_PASSWORD);
  });

  it('a text message verifies the recovery of a person whose only other authenticator is a phone', async () => {
    const flow = mountFlow(emulator.issuer);
    await forgotPasswordFromThePasswordStep(flow, 'sms.mfa@example.com');
    await flowShows(
      flow,
      () => flow.state.status === 'ready' && /^(select-authenticator-authenticate|authenticator-verification-data)$/.test(flow.state.step?.name ?? '') && flow.querySelector('[active] form') !== null,
      'no phone step',
    );
    // Chosen in the list by its text message button, the phone's step offers that way alone; otherwise it asks how.
    const fromTheList = flow.state.step?.name === 'select-authenticator-authenticate';
    if (fromTheList) await choose(flow, 'phone_number');
    await stepShown(flow, 'authenticator-verification-data', 'phone_number');
    clickButton(flow, fromTheList ? 'Text me a code' : 'Send code');
    await stepShown(flow, 'challenge-authenticator', 'phone_number');
    const { code, channel } = await latestMessage(emulator.issuer, '+15555550100');
    expect(channel).to.equal('sms');
    fillAndSubmit(flow, { 'credentials.passcode': code });
    await resetPassword(flow, 'sms.mfa@example.com', MFA_PASSWORD);
  });

  it('<okta-flow flow="recover"> opens at "Reset your password" and goes through to a signed-in person', async () => {
    const flow = mountFlow(emulator.issuer, { flow: 'recover' });
    await verifyByEmail(flow, RECOVER.identifier, { asksWho: true });
    await resetPassword(flow, RECOVER.identifier, RECOVER.password);
  });

  it('<okta-flow flow="recover"> mounted in a tab where a sign-in was left half-way opens the reset, not that sign-in', async () => {
    const earlier = mountFlow(emulator.issuer);
    await stepShown(earlier, 'identify');
    fillAndSubmit(earlier, { identifier: 'demo@example.com' });
    await stepShown(earlier, 'challenge-authenticator', 'okta_password');
    earlier.remove();
    const flow = mountFlow(emulator.issuer, { flow: 'recover' });
    await verifyByEmail(flow, RECOVER.identifier, { asksWho: true });
    await resetPassword(flow, RECOVER.identifier, RECOVER.password);
  });

  it('a recovery under way survives the element being added again (as after a reload): it resumes at its step', async () => {
    const flow = mountFlow(emulator.issuer, { flow: 'recover' });
    await flowShows(flow, () => flow.state.status === 'ready' && /^identify(-recovery)?$/.test(flow.state.step?.name ?? ''), 'no username step');
    fillAndSubmit(flow, { identifier: RECOVER.identifier });
    await flowShows(flow, () => flow.state.status === 'ready' && flow.state.step?.name === 'select-authenticator-authenticate', 'no recovery list');
    flow.remove();
    const again = mountFlow(emulator.issuer, { flow: 'recover' });
    await flowShows(
      again,
      () => again.state.status === 'ready' && again.state.step?.name === 'select-authenticator-authenticate' && again.querySelector('[active] .okta-option') !== null,
      'the recovery did not resume at its list',
    );
    expect(heading(again)).to.equal('Reset your password');
    await choose(again, 'okta_email');
    await enterEmailCode(again, RECOVER.identifier);
    await resetPassword(again, RECOVER.identifier, RECOVER.password);
  });

  it('a recovery token (the email link’s) opens the flow at the new-password step', async () => {
    const { recoveryToken } = await recoveryTokenFor(emulator.issuer, RECOVER.identifier);
    // Set as a property, as an app does from the link's URL: the token never sits in the DOM.
    const flow = mountFlow(emulator.issuer, {}, (element) => (element.recoveryToken = recoveryToken));
    await resetPassword(flow, RECOVER.identifier, RECOVER.password);
    expect(document.documentElement.outerHTML).not.to.contain(recoveryToken);
    flow.remove();
    sessionStorage.clear();
    // The link works once, as Okta's does.
    const again = mountFlow(emulator.issuer, {}, (element) => (element.recoveryToken = recoveryToken));
    await flowShows(again, () => (again.shadowRoot?.textContent ?? '').includes('This password reset link is no longer valid.'), 'a spent recovery token was not refused');
    expect(again.querySelector('[active] input[name="credentials.passcode"]')).to.equal(null);
  });

  it('a reset link opened in the tab where a sign-in was left half-way opens at the new password, not the old sign-in', async () => {
    // A sign-in left at the password step: okta-auth-js keeps its transaction in this tab's storage.
    const earlier = mountFlow(emulator.issuer);
    await stepShown(earlier, 'identify');
    fillAndSubmit(earlier, { identifier: RECOVER.identifier });
    await stepShown(earlier, 'challenge-authenticator', 'okta_password');
    earlier.remove();
    // The person then opens the emailed link in the same tab: the link is what they asked for.
    const { recoveryToken } = await recoveryTokenFor(emulator.issuer, RECOVER.identifier);
    const flow = mountFlow(emulator.issuer, {}, (element) => (element.recoveryToken = recoveryToken));
    await resetPassword(flow, RECOVER.identifier, RECOVER.password);
  });

  it('a recovery token that the emulator does not know ends in a message, not a form', async () => {
    const flow = mountFlow(emulator.issuer, {}, (element) => (element.recoveryToken = 'not-a-recovery-token'));
    await flowShows(flow, () => flow.state.status === 'terminal' || flow.state.status === 'error', 'no end state');
    expect(flow.querySelector('[active] input[name="credentials.passcode"]')).to.equal(null);
    expect(flow.shadowRoot?.textContent ?? '').to.contain('This password reset link is no longer valid.');
  });
});

describe('password recovery through okta-auth-js alone (authClient.idx.recoverPassword, no elements)', () => {
  const emulator = useEmulator();

  it('identify, then recoverPassword() (the password’s recover action), email verification and reset-authenticator to tokens', async () => {
    const authClient = createAuthClient(emulator.issuer);
    const describe = (t: { status: string; nextStep?: { name: string }; messages?: { message: string }[] }) =>
      `${t.status} at ${t.nextStep?.name ?? '-'}: ${(t.messages ?? []).map((m) => m.message).join('; ')}`;
    // okta-auth-js 8 runs one named step at a time, with the server's own field names (its generic remediator). An identifier-first org offers `recover` on the password,
    // not at identify: the recovery flow identifies first, then takes the password's recover action. (It must
    // be the recovery flow from the start: it sends no cookies, and a sign-in's saved transaction is dropped.)
    let transaction = await authClient.idx.recoverPassword({ step: 'identify', username: RECOVER.identifier });
    expect(transaction.nextStep?.name, describe(transaction)).to.equal('challenge-authenticator');
    transaction = await authClient.idx.recoverPassword();
    expect(transaction.nextStep?.name, describe(transaction)).to.equal('select-authenticator-authenticate');
    const options = (transaction.nextStep?.inputs?.find((input) => input.name === 'authenticator')?.options ?? []) as { relatesTo?: { key?: string } }[];
    const offered = options.map((option) => option.relatesTo?.key);
    expect(offered, 'the email is offered, not the password being reset').to.include('okta_email').and.not.include('okta_password');
    transaction = await authClient.idx.proceed({ step: 'select-authenticator-authenticate', authenticator: 'okta_email' });
    // Okta may ask to send the email first (authenticator-verification-data).
    if (transaction.nextStep?.name === 'authenticator-verification-data') {
      transaction = await authClient.idx.proceed({ step: 'authenticator-verification-data', methodType: 'email' } as never);
    }
    expect(transaction.nextStep?.name, describe(transaction)).to.equal('challenge-authenticator');
    expect((transaction.nextStep?.relatesTo as { value?: { key?: string } } | undefined)?.value?.key).to.equal('okta_email');
    const { code } = await latestMessage(emulator.issuer, RECOVER.identifier);
    transaction = await authClient.idx.proceed({ step: 'challenge-authenticator', credentials: { passcode: code } });
    expect(transaction.nextStep?.name, describe(transaction)).to.equal('reset-authenticator');
    transaction = await authClient.idx.proceed({ step: 'reset-authenticator', credentials: { passcode: RECOVER.password } });
    expect(transaction.nextStep?.name, 'a password from the history is refused').to.equal('reset-authenticator');
    expect(transaction.messages?.map((m) => m.message).join(' ')).to.match(/last \d+ passwords/);
    transaction = await authClient.idx.proceed({ step: 'reset-authenticator', credentials: { passcode: NEW_PASSWORD } });
    expect(transaction.status, describe(transaction)).to.equal('SUCCESS');
    expect(transaction.tokens?.idToken?.claims.email).to.equal(RECOVER.identifier);
  });
});

describe('expired and expiring passwords end to end', () => {
  const emulator = useEmulator();

  it('an expired password: the server asks for a new one before going on, then signs in', async () => {
    const flow = await signInWith(emulator.issuer, 'expired@example.com', MFA_PASSWORD);
    await stepShown(flow, 'reenroll-authenticator', 'okta_password');
    expect(heading(flow)).to.equal('Your password has expired');
    expect(rules(flow).length, 'the policy’s rules are listed').to.be.greaterThan(3);
    const succeeded = oneEvent(flow, 'okta-success') as Promise<OktaSuccessEvent>;
    fillAndSubmit(flow, { 'credentials.passcode': NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    expect((await succeeded).tokens.idToken!.claims.email).to.equal('expired@example.com');
  });

  it('a password that expires soon: the warning says how many days are left, and "Remind me later" signs in', async () => {
    const flow = await signInWith(emulator.issuer, 'expiring@example.com', MFA_PASSWORD);
    await stepShown(flow, 'reenroll-authenticator-warning', 'okta_password');
    expect(heading(flow)).to.match(/^Your password will expire in \d+ days?$/);
    const succeeded = oneEvent(flow, 'okta-success') as Promise<OktaSuccessEvent>;
    clickButton(flow, 'Remind me later');
    expect((await succeeded).tokens.idToken!.claims.email).to.equal('expiring@example.com');
  });

  it('a password that expires soon can be changed there and then', async () => {
    const flow = await signInWith(emulator.issuer, 'expiring@example.com', MFA_PASSWORD);
    await stepShown(flow, 'reenroll-authenticator-warning', 'okta_password');
    const succeeded = oneEvent(flow, 'okta-success') as Promise<OktaSuccessEvent>;
    fillAndSubmit(flow, { 'credentials.passcode': NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    await succeeded;
    flow.remove();
    sessionStorage.clear();
    const again = await signInWith(emulator.issuer, 'expiring@example.com', NEW_PASSWORD);
    const steps: string[] = [];
    again.addEventListener('okta-step-change', (e: OktaStepChangeEvent) => steps.push(e.step));
    // The new password carries no expiry warning: the sign-in ends without another step.
    await oneEvent(again, 'okta-success');
    expect(steps).to.deep.equal([]);
  });
});

interface RecoveryTokenAnswer {
  recoveryToken: string;
  link: string;
}

/** What an admin's "Reset password" does: a recovery token, "emailed" as a link (the emulator's dev API). */
async function recoveryTokenFor(issuer: string, identifier: string, appUrl?: string): Promise<RecoveryTokenAnswer> {
  const origin = new URL(issuer).origin;
  const response = await fetch(`${origin}/dev/users/${encodeURIComponent(identifier)}/recovery-token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(appUrl === undefined ? {} : { appUrl }),
  });
  if (!response.ok) throw new Error(`dev/users/…/recovery-token answered ${response.status}`);
  const body = (await response.json()) as Partial<RecoveryTokenAnswer>;
  if (typeof body.recoveryToken !== 'string') throw new Error(`dev/users/…/recovery-token gave no recoveryToken: ${JSON.stringify(body)}`);
  return body as RecoveryTokenAnswer;
}
