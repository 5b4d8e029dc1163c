import { expect, oneEvent } from '@open-wc/testing';
import { clickButton, flowShows, latestMessage, MFA_PASSWORD, mountFlow, stepShown, fillAndSubmit, useEmulator } from './e2e-helpers.js';
import type { OktaSuccessEvent } from '../../src/events/okta-success.js';
import type { OktaFlow } from '../../src/flow/okta-flow.js';

/** The demo user who starts locked out and has an email to unlock with (the emulator's default config). */
const LOCKED = { identifier: 'unlockme@example.com', password: MFA_PASSWORD };
/** A demo user who is not locked and has an email: signs in with the password alone. */
const RECOVER = { identifier: 'recover@example.com', password: MFA_PASSWORD };
/** Wrong passwords the lockout emulator takes before it locks the user (its passwordPolicy.lockout.maxAttempts). */
const LOCKOUT_ATTEMPTS = 3;

const heading = (flow: OktaFlow): string => flow.querySelector('[active] h2')?.textContent?.trim() ?? '';
const shownText = (flow: OktaFlow): string => `${flow.shadowRoot?.textContent ?? ''} ${flow.textContent ?? ''}`;

/** Sends a password on a fresh flow and waits for the answer: signed in, or refused on the password step. */
async function tryPassword(issuer: string, identifier: string, password: string): Promise<{ flow: OktaFlow; signedIn: boolean }> {
  const flow = mountFlow(issuer);
  let signedIn = false;
  flow.addEventListener('okta-success', () => (signedIn = true));
  await stepShown(flow, 'identify');
  fillAndSubmit(flow, { identifier });
  await stepShown(flow, 'challenge-authenticator', 'okta_password');
  fillAndSubmit(flow, { 'credentials.passcode': password });
  await flowShows(flow, () => signedIn || (flow.state.status === 'ready' && /Password is incorrect/.test(shownText(flow))), 'the password was neither accepted nor refused');
  return { flow, signedIn };
}

/** Wrong passwords up to the policy's limit, each on a fresh flow (Okta counts them per user, not per transaction). */
async function lockOut(issuer: string, identifier: string, attempts: number): Promise<void> {
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    const { flow, signedIn } = await tryPassword(issuer, identifier, `Wrong-Guess-${attempt}!`);
    expect(signedIn, `wrong password ${attempt}`).to.equal(false);
    flow.remove();
    sessionStorage.clear();
  }
}

/** The unlock form: Okta's select-authenticator-unlock-account (the username and how to verify). */
async function unlockFormShown(flow: OktaFlow): Promise<void> {
  await stepShown(flow, 'select-authenticator-unlock-account');
  expect(heading(flow)).to.equal('Unlock account');
}

/** Fills the username, picks Email, and enters the code the emulator "sent". */
async function unlockByEmail(flow: OktaFlow, identifier: string): Promise<void> {
  await unlockFormShown(flow);
  const input = flow.querySelector<HTMLInputElement>('[active] input[name="identifier"]')!;
  expect(input, 'the username field').not.to.equal(null);
  input.value = identifier;
  input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  const email = flow.querySelector<HTMLButtonElement>('[active] [data-authenticator="okta_email"] button');
  expect(email, 'Email among the ways to unlock').not.to.equal(null);
  email!.click();
  await flowShows(
    flow,
    () => flow.state.status === 'ready' && flow.querySelector('[active] form') !== null && /^(authenticator-verification-data|challenge-authenticator)$/.test(flow.state.step?.name ?? ''),
    'no email step after choosing Email',
  );
  if (flow.state.step?.name === 'authenticator-verification-data') clickButton(flow, 'Send me an email');
  await stepShown(flow, 'challenge-authenticator', 'okta_email');
  const { code } = await latestMessage(flow.getAttribute('issuer')!, identifier);
  fillAndSubmit(flow, { 'credentials.passcode': code });
}

/**
 * Okta's two ends of an unlock: a terminal "Account unlocked" with the way back to sign in, or (the policy lets
 * the email verification count) straight on to the password. Either way the person then signs in.
 */
async function afterUnlock(flow: OktaFlow, identifier: string, password: string): Promise<OktaSuccessEvent> {
  await flowShows(
    flow,
    () => flow.state.status === 'terminal' || (flow.state.status === 'ready' && flow.state.step?.authenticator?.key === 'okta_password' && flow.querySelector('[active] form') !== null),
    'the unlock neither ended nor went on to the password',
  );
  if (flow.state.status === 'terminal') {
    expect(shownText(flow)).to.contain('Account unlocked');
    expect(shownText(flow)).to.contain('You can log in using your existing username and password');
    const again = [...flow.shadowRoot!.querySelectorAll<HTMLButtonElement>('button'), ...flow.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
      /back to sign in|sign in/i.test(b.textContent ?? ''),
    );
    expect(again, 'a way back to sign in').not.to.equal(undefined);
    again!.click();
    await stepShown(flow, 'identify');
    fillAndSubmit(flow, { identifier });
  }
  await stepShown(flow, 'challenge-authenticator', 'okta_password');
  const succeeded = oneEvent(flow, 'okta-success') as Promise<OktaSuccessEvent>;
  fillAndSubmit(flow, { 'credentials.passcode': password });
  const event = await succeeded;
  expect(event.tokens.idToken!.claims.email).to.equal(identifier);
  return event;
}

describe('account unlock end to end (real okta-auth-js, real emulator, real HTTP)', () => {
  const emulator = useEmulator();

  it('too many wrong passwords lock the user: the right one is then refused; "Unlock account?", username, Email, the code: unlocked, and the password signs in', async () => {
    const issuer = emulator.lockoutIssuer;
    await lockOut(issuer, RECOVER.identifier, LOCKOUT_ATTEMPTS);

    const locked = await tryPassword(issuer, RECOVER.identifier, RECOVER.password);
    expect(locked.signedIn, 'a locked user cannot sign in with the right password').to.equal(false);
    expect(shownText(locked.flow).replaceAll(RECOVER.identifier, ''), 'nothing says the account is locked').not.to.match(/lock/i);
    locked.flow.remove();
    sessionStorage.clear();

    const unlocking = mountFlow(issuer);
    await stepShown(unlocking, 'identify');
    clickButton(unlocking, 'Unlock account?');
    await unlockByEmail(unlocking, RECOVER.identifier);
    await afterUnlock(unlocking, RECOVER.identifier, RECOVER.password);
  });

  it('fewer wrong passwords than the limit do not lock: the right one still signs in', async () => {
    await lockOut(emulator.lockoutIssuer, RECOVER.identifier, LOCKOUT_ATTEMPTS - 1);
    const { signedIn } = await tryPassword(emulator.lockoutIssuer, RECOVER.identifier, RECOVER.password);
    expect(signedIn).to.equal(true);
  });

  it('the demo user who starts locked: "Unlock account?" on identify, Email, the code, then signed in', async () => {
    const before = await tryPassword(emulator.issuer, LOCKED.identifier, LOCKED.password);
    expect(before.signedIn, 'unlockme@ starts locked').to.equal(false);
    before.flow.remove();
    sessionStorage.clear();

    const flow = mountFlow(emulator.issuer);
    await stepShown(flow, 'identify');
    clickButton(flow, 'Unlock account?');
    await unlockByEmail(flow, LOCKED.identifier);
    await afterUnlock(flow, LOCKED.identifier, LOCKED.password);
  });

  it('flow="unlock" opens at the unlock form', async () => {
    const flow = mountFlow(emulator.issuer, { flow: 'unlock' });
    await unlockByEmail(flow, LOCKED.identifier);
    await afterUnlock(flow, LOCKED.identifier, LOCKED.password);
  });

  it('flow="unlock" in a tab where a sign-in was left at the password opens the unlock, not the saved sign-in', async () => {
    const signIn = mountFlow(emulator.issuer);
    await stepShown(signIn, 'identify');
    fillAndSubmit(signIn, { identifier: LOCKED.identifier });
    await stepShown(signIn, 'challenge-authenticator', 'okta_password');
    signIn.remove();
    const flow = mountFlow(emulator.issuer, { flow: 'unlock' });
    await unlockByEmail(flow, LOCKED.identifier);
    await afterUnlock(flow, LOCKED.identifier, LOCKED.password);
  });

  it('a user who is not locked gets the same answers as a locked one (Okta does not reveal the account state), and can still sign in', async () => {
    const steps = async (identifier: string): Promise<string[]> => {
      const flow = mountFlow(emulator.issuer, { flow: 'unlock' });
      const shown: string[] = [];
      flow.addEventListener('okta-step-change', (e: Event) => shown.push((e as CustomEvent & { step: string }).step));
      await unlockByEmail(flow, identifier);
      await flowShows(
        flow,
        () => flow.state.status === 'terminal' || (flow.state.status === 'ready' && flow.state.step?.authenticator?.key === 'okta_password'),
        `${identifier}: the unlock did not end`,
      );
      shown.push(flow.state.status);
      flow.remove();
      sessionStorage.clear();
      return shown;
    };
    const forLocked = await steps(LOCKED.identifier);
    const forActive = await steps(RECOVER.identifier);
    expect(forActive).to.deep.equal(forLocked);
    const { signedIn } = await tryPassword(emulator.issuer, RECOVER.identifier, RECOVER.password);
    expect(signedIn).to.equal(true);
  });
});
