import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { chooseTheOnlyOption, clickButton, dev, fillAndSubmit, flowShows, latestMessage, MFA_PASSWORD, mountFlow, stepShown, useEmulator } from './e2e-helpers.js';
import type { OktaSuccessEvent } from '../../src/events/okta-success.js';
import type { OktaFlow } from '../../src/flow/okta-flow.js';

/**
 * Self-service registration and progressive profiling through `<okta-flow>`, the real okta-auth-js and the
 * emulator's default config: "Sign up" beside identify, the sign-up form with the password on it (email, first and
 * last name, a department list), then the new user signs in; `profile@example.com` lacks the department its
 * policy requires, and may skip it.
 */

/** A password the default policy accepts (8+, upper, lower, number; none of the profile in it). */
const NEW_PASSWORD = 'Orbit-Lantern-42';
/** The demo user whose profile enrollment policy requires `department`, skippable. */
const PROFILE_USER = { identifier: 'profile@example.com', password: MFA_PASSWORD };

const heading = (flow: OktaFlow): string => flow.querySelector('[active] h2')?.textContent?.trim() ?? '';
const control = <T extends HTMLElement = HTMLInputElement>(flow: OktaFlow, name: string): T => {
  const found = flow.querySelector<T>(`[active] form [name="${name}"]`);
  if (!found) throw new Error(`no control ${name} on the ${flow.state.step?.name} form`);
  return found;
};
const errorOf = (flow: OktaFlow, name: string): string => {
  const ids = control(flow, name).getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
};

/** A unique new email per test run: the emulator keeps new users until its reset, which each test does. */
const newEmail = (tag: string) => `${tag}.${Date.now().toString(36)}@example.com`;

/** "Sign up" on the sign-in form, then the sign-up form. */
async function openSignUp(flow: OktaFlow): Promise<void> {
  await stepShown(flow, 'identify');
  clickButton(flow, 'Sign up');
  await stepShown(flow, 'enroll-profile');
  expect(heading(flow)).to.equal('Create an account');
}

/** Fills the sign-up form (the department list too) and sends it. */
function signUp(flow: OktaFlow, profile: { email: string; firstName: string; lastName: string; department?: string }, password = NEW_PASSWORD): void {
  if (profile.department) control<HTMLSelectElement>(flow, 'userProfile.department').value = profile.department;
  fillAndSubmit(flow, {
    'userProfile.email': profile.email,
    'userProfile.firstName': profile.firstName,
    'userProfile.lastName': profile.lastName,
    'credentials.passcode': password,
    confirmPassword: password,
  });
}

/** Signs in with the username and password on a fresh flow; resolves with the success event. */
async function signIn(issuer: string, identifier: string, password: string): Promise<{ flow: OktaFlow; success: Promise<OktaSuccessEvent> }> {
  const flow = mountFlow(issuer);
  const success = oneEvent(flow, 'okta-success') as Promise<OktaSuccessEvent>;
  await stepShown(flow, 'identify');
  fillAndSubmit(flow, { identifier });
  await stepShown(flow, 'challenge-authenticator', 'okta_password');
  fillAndSubmit(flow, { 'credentials.passcode': password });
  return { flow, success };
}

describe('e2e: self-service registration and progressive profiling through <okta-flow>', () => {
  const emulators = useEmulator();

  it('signs up a new user with the password on the form (tokens at once), who then signs in', async () => {
    const email = newEmail('ada');
    const flow = mountFlow(emulators.issuer);
    const signedUp = oneEvent(flow, 'okta-success') as Promise<OktaSuccessEvent>;
    await openSignUp(flow);
    expect(control(flow, 'userProfile.email').autocomplete).to.equal('email');
    expect(control(flow, 'userProfile.firstName').autocomplete).to.equal('given-name');
    expect(control(flow, 'credentials.passcode').autocomplete).to.equal('new-password');
    signUp(flow, { email, firstName: 'Ada', lastName: 'Lovelace', department: 'engineering' });
    const { tokens } = await signedUp;
    expect(tokens.idToken!.claims.email).to.equal(email);
    flow.remove();
    sessionStorage.clear();

    const again = await signIn(emulators.issuer, email, NEW_PASSWORD);
    expect((await again.success).tokens.idToken!.claims.email).to.equal(email);
  });

  it('refuses an email that has an account, on the email field, keeping what was typed; then a valid one goes through', async () => {
    const flow = mountFlow(emulators.issuer);
    const signedUp = oneEvent(flow, 'okta-success') as Promise<OktaSuccessEvent>;
    await openSignUp(flow);
    signUp(flow, { email: 'demo@example.com', firstName: 'Dana', lastName: 'Again', department: 'sales' });
    await flowShows(flow, () => flow.state.status === 'ready' && errorOf(flow, 'userProfile.email') !== '', 'no error on the email field');
    expect(flow.state.step?.name).to.equal('enroll-profile');
    expect(errorOf(flow, 'userProfile.email')).to.match(/already exists/);
    expect(control(flow, 'userProfile.email').getAttribute('aria-invalid')).to.equal('true');
    expect(document.activeElement).to.equal(control(flow, 'userProfile.email'));
    expect(flow.querySelector('[active] [data-form-error]'), 'the line above the form').not.to.equal(null);
    expect(
      ['userProfile.email', 'userProfile.firstName', 'userProfile.lastName', 'userProfile.department', 'credentials.passcode'].map(
        (name) => control<HTMLInputElement | HTMLSelectElement>(flow, name).value,
      ),
    ).to.deep.equal(['demo@example.com', 'Dana', 'Again', 'sales', NEW_PASSWORD]);

    // An address Okta does not take: its message on the same field.
    signUp(flow, { email: 'not-an-address', firstName: 'Dana', lastName: 'Again' });
    await flowShows(flow, () => flow.state.status === 'ready' && /email address/.test(errorOf(flow, 'userProfile.email')), 'no invalid-email error');

    const email = newEmail('dana');
    signUp(flow, { email, firstName: 'Dana', lastName: 'Again' });
    expect((await signedUp).tokens.idToken!.claims.email).to.equal(email);
  });

  it('"Back to sign in" returns to the sign-in form in the same transaction, where the demo user signs in', async () => {
    const flow = mountFlow(emulators.issuer);
    const success = oneEvent(flow, 'okta-success') as Promise<OktaSuccessEvent>;
    await openSignUp(flow);
    const proceeded: string[] = [];
    flow.addEventListener('okta-proceed', (event) => proceeded.push((event as Event & { step: string }).step));
    clickButton(flow, 'Back to sign in');
    await stepShown(flow, 'identify');
    expect(proceeded).to.deep.equal(['select-identify']);
    expect(flow.querySelector('[active] .okta-links')!.textContent).to.contain('Sign up');
    fillAndSubmit(flow, { identifier: 'demo@example.com' });
    await stepShown(flow, 'challenge-authenticator', 'okta_password');
    fillAndSubmit(flow, { 'credentials.passcode': 'Okta-Demo-2026!' });
    expect((await success).tokens.idToken!.claims.email).to.equal('demo@example.com');
  });

  it('asks a user for the attribute their profile lacks after the password, then issues tokens; not asked again', async () => {
    const { flow, success } = await signIn(emulators.issuer, PROFILE_USER.identifier, PROFILE_USER.password);
    await stepShown(flow, 'profile-update');
    expect(heading(flow)).to.equal('Complete your profile');
    const department = control<HTMLSelectElement>(flow, 'userProfile.department');
    expect([...department.options].map((o) => o.value)).to.deep.equal(['', 'engineering', 'sales', 'support', 'other']);

    // Nothing chosen: refused in the browser, nothing sent.
    fillAndSubmit(flow, {});
    await flowShows(flow, () => department.getAttribute('aria-invalid') === 'true', 'the blank department was not refused');
    expect(flow.state.step?.name).to.equal('profile-update');

    department.value = 'support';
    fillAndSubmit(flow, {});
    expect((await success).tokens.idToken!.claims.email).to.equal(PROFILE_USER.identifier);
    flow.remove();
    sessionStorage.clear();

    // The department is in the profile now: the next sign-in goes straight to the tokens.
    const again = await signIn(emulators.issuer, PROFILE_USER.identifier, PROFILE_USER.password);
    expect((await again.success).tokens.idToken!.claims.email).to.equal(PROFILE_USER.identifier);
  });

  it('"Skip" goes on without the attribute where Okta offers skip; the next sign-in asks again', async () => {
    const { flow, success } = await signIn(emulators.issuer, PROFILE_USER.identifier, PROFILE_USER.password);
    await stepShown(flow, 'profile-update');
    clickButton(flow, 'Skip');
    expect((await success).tokens.idToken!.claims.email).to.equal(PROFILE_USER.identifier);
    flow.remove();
    sessionStorage.clear();

    const again = await signIn(emulators.issuer, PROFILE_USER.identifier, PROFILE_USER.password);
    await stepShown(again.flow, 'profile-update');
  });

  describe('an org whose sign-ups are activated by email', () => {
    /** The emulator with `registration.activationEmail` (web-test-runner.config.mjs). */
    let issuer = '';
    before(async () => {
      issuer = ((await (await fetch('/__emulators.json')).json()) as { activationIssuer: string }).activationIssuer;
    });
    beforeEach(() => dev(issuer, 'reset'));

    it('ends the sign-up with "Check your email"; the emailed link’s activation token then signs the new user in', async () => {
      const email = newEmail('grace');
      const flow = mountFlow(issuer);
      await openSignUp(flow);
      signUp(flow, { email, firstName: 'Grace', lastName: 'Hopper' });
      await flowShows(flow, () => flow.state.status === 'terminal', 'the sign-up did not end');
      const root = flow.shadowRoot!;
      await flowShows(flow, () => root.querySelector('[part~="terminal-heading"]')?.textContent === 'Check your email', 'no "Check your email" heading');
      expect(root.querySelector('[part~="messages"]')!.textContent).to.contain('check your email');
      expect(root.querySelector('[part~="terminal"] button')!.textContent!.trim()).to.equal('Back to sign in');
      expect(flow.querySelector('[active] form'), 'no form left at the end').to.equal(null);
      flow.remove();
      sessionStorage.clear();

      const { magicLink } = await latestMessage(issuer, email);
      const activationToken = new URL(magicLink!).searchParams.get('activation_token');
      expect(activationToken, 'the link carries an activation token').to.be.a('string');
      const activating = mountFlow(issuer, {}, (f) => (f.activationToken = activationToken!));
      const success = oneEvent(activating, 'okta-success') as Promise<OktaSuccessEvent>;
      await stepShown(activating, 'challenge-authenticator', 'okta_password');
      fillAndSubmit(activating, { 'credentials.passcode': NEW_PASSWORD });
      expect((await success).tokens.idToken!.claims.email).to.equal(email);
    });
  });

  describe('an org that verifies the email of a sign-up', () => {
    /** The emulator with `registration.emailVerification` (web-test-runner.config.mjs). */
    let issuer = '';
    before(async () => {
      issuer = ((await (await fetch('/__emulators.json')).json()) as { verifyEmailIssuer: string }).verifyEmailIssuer;
    });
    beforeEach(() => dev(issuer, 'reset'));

    it('asks for the code emailed to the new address after "Sign up", then signs the new user in', async () => {
      const email = newEmail('katherine');
      const flow = mountFlow(issuer);
      const success = oneEvent(flow, 'okta-success') as Promise<OktaSuccessEvent>;
      await openSignUp(flow);
      signUp(flow, { email, firstName: 'Katherine', lastName: 'Johnson' });
      await chooseTheOnlyOption(flow, 'okta_email');
      await stepShown(flow, 'enroll-authenticator', 'okta_email');
      const { code } = await latestMessage(issuer, email);
      expect(code, 'a code was emailed to the address typed at sign-up').to.match(/^\d{6}$/);
      fillAndSubmit(flow, { 'credentials.passcode': code! });
      const { tokens } = await success;
      expect(tokens.idToken!.claims.email).to.equal(email);
    });
  });

  it('from the demo page (npm start) alone: "Sign up", then the new user signs in there', async () => {
    const email = newEmail('demo.signup');
    const frames: HTMLIFrameElement[] = [];
    /** The demo page in a frame, its own <okta-flow> at identify. */
    const openDemo = async (): Promise<{ doc: () => Document; flow: () => OktaFlow }> => {
      const frame = document.createElement('iframe');
      frame.title = 'demo page';
      frame.style.width = '1200px';
      frame.style.height = '900px';
      frame.src = '/demo/index.html';
      document.body.append(frame);
      frames.push(frame);
      const flow = () => frame.contentDocument!.querySelector('okta-flow') as OktaFlow;
      await waitUntil(() => !!frame.contentDocument?.querySelector('okta-flow') && flow().state?.status === 'ready', 'the demo page never started', { timeout: 15000 });
      await stepShown(flow(), 'identify');
      return { doc: () => frame.contentDocument!, flow };
    };
    const signedIn = (doc: Document) => doc.getElementById('result')?.hidden === false;
    try {
      const first = await openDemo();
      clickButton(first.flow(), 'Sign up');
      await stepShown(first.flow(), 'enroll-profile');
      signUp(first.flow(), { email, firstName: 'Demo', lastName: 'Newcomer' });
      await flowShows(first.flow(), () => signedIn(first.doc()), 'the demo never showed the signed-in result after sign-up');
      frames.pop()!.remove();
      sessionStorage.clear();

      const second = await openDemo();
      fillAndSubmit(second.flow(), { identifier: email });
      await stepShown(second.flow(), 'challenge-authenticator', 'okta_password');
      fillAndSubmit(second.flow(), { 'credentials.passcode': NEW_PASSWORD });
      await flowShows(second.flow(), () => signedIn(second.doc()), 'the new user never signed in on the demo page');
      expect(second.doc().getElementById('result-heading')!.textContent).to.contain('Demo Newcomer');
    } finally {
      for (const frame of frames) frame.remove();
    }
  });
});
