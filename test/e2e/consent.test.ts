import { expect, oneEvent } from '@open-wc/testing';
import { devGet, fillAndSubmit, flowShows, MFA_PASSWORD, mountFlow, stepShown, useEmulator } from './e2e-helpers.js';
import type { OktaSuccessEvent } from '../../src/events/okta-success.js';
import type { OktaErrorEvent } from '../../src/events/okta-error.js';
import type { OktaFlow } from '../../src/flow/okta-flow.js';

// App consent end to end: <okta-flow>, the real okta-auth-js and the emulator's consent (the default config's
// `okta-elements-consent` client asks for consent to the default server's notes.read and notes.write).

/** The app that asks for consent, and a user who signs in with the password alone. */
const CONSENT_CLIENT = 'okta-elements-consent';
const USER = { identifier: 'recover@example.com', password: MFA_PASSWORD };
const APP_HEADING = 'Allow okta-elements notes to access your account?';

const heading = (flow: OktaFlow) => flow.querySelector('[active] h2')?.textContent?.trim() ?? '';
const buttonNamed = (flow: OktaFlow, name: string) =>
  [...flow.querySelectorAll<HTMLButtonElement>('[active] button')].find((b) => b.textContent!.trim() === name);
const scopeLabels = (flow: OktaFlow) =>
  [...flow.querySelectorAll('[active] .okta-consent-scope-label, [active] .okta-consent-scope label')].map((el) => el.textContent!.trim());

/** A flow for the consent app with these scopes, signed in up to the step after the password. */
async function signIn(issuer: string, scopes: string): Promise<OktaFlow> {
  const flow = mountFlow(issuer, { 'client-id': CONSENT_CLIENT, scopes });
  await stepShown(flow, 'identify');
  fillAndSubmit(flow, { identifier: USER.identifier });
  await stepShown(flow, 'challenge-authenticator', 'okta_password');
  fillAndSubmit(flow, { 'credentials.passcode': USER.password });
  return flow;
}

const scopesOf = (event: OktaSuccessEvent) => (event.tokens.accessToken as unknown as { scopes: string[] }).scopes;

describe('e2e: app consent', () => {
  const env = useEmulator();

  it('asks, Allow gives tokens with the granted scopes, and the next sign-in does not ask again', async () => {
    const flow = await signIn(env.issuer, 'openid profile email notes.read');
    await stepShown(flow, 'consent');
    expect(heading(flow)).to.equal(APP_HEADING);
    expect(scopeLabels(flow)).to.deep.equal(['Read your notes']);
    expect(flow.querySelector('[active] .okta-consent-scope')!.textContent).to.contain('The app can read the notes you keep.');
    expect([...flow.querySelectorAll<HTMLAnchorElement>('[active] a')].map((a) => a.href)).to.deep.equal([
      'https://example.com/terms',
      'https://example.com/privacy',
    ]);
    const success = oneEvent(flow, 'okta-success') as Promise<OktaSuccessEvent>;
    buttonNamed(flow, 'Allow')!.click();
    expect(scopesOf(await success)).to.include('notes.read');
    const { grants } = await devGet<{ grants: { clientId: string; scopes: string[] }[] }>(env.issuer, `users/${USER.identifier}/grants`);
    expect(grants.map((g) => [g.clientId, g.scopes])).to.deep.equal([[CONSENT_CLIENT, ['notes.read']]]);

    // The grant is remembered: the next sign-in goes from the password straight to the tokens.
    flow.remove();
    sessionStorage.clear();
    const again = await signIn(env.issuer, 'openid profile email notes.read');
    const steps: string[] = [];
    again.addEventListener('okta-step-change', (e) => steps.push((e as unknown as { step: string }).step));
    const next = (await oneEvent(again, 'okta-success')) as OktaSuccessEvent;
    expect(scopesOf(next)).to.include('notes.read');
    expect(steps).not.to.include('consent');
  });

  it('Don’t allow ends with "Access not allowed", tells the app, and "Back to sign in" starts again', async () => {
    const flow = await signIn(env.issuer, 'openid profile email notes.read');
    await stepShown(flow, 'consent');
    const failed = oneEvent(flow, 'okta-error') as Promise<OktaErrorEvent>;
    buttonNamed(flow, 'Don’t allow')!.click();
    expect((await failed).code).to.equal('access-denied');
    await flowShows(flow, () => flow.shadowRoot!.querySelector('[part~="terminal-heading"]') !== null, 'no end heading');
    const root = flow.shadowRoot!;
    expect(root.querySelector('[part~="terminal-heading"]')!.textContent).to.equal('Access not allowed');
    expect(root.querySelector('[role="alert"]')!.textContent).to.contain('Operation cancelled by user.');
    expect(root.activeElement).to.equal(root.querySelector('[part~="message"]'));
    const { grants } = await devGet<{ grants: unknown[] }>(env.issuer, `users/${USER.identifier}/grants`);
    expect(grants).to.deep.equal([]);
    root.querySelector<HTMLButtonElement>('[part~="terminal"] button')!.click();
    await stepShown(flow, 'identify');
  });

  it('granular consent: a scope left out is not granted and not in the tokens', async () => {
    const flow = await signIn(env.issuer, 'openid profile email notes.read notes.write');
    await stepShown(flow, 'granular-consent');
    expect(heading(flow)).to.equal(APP_HEADING);
    const optional = flow.querySelector<HTMLInputElement>('[active] input[name="optedScopes.notes.write"]');
    expect(optional, 'notes.write may be left out').not.to.equal(null);
    expect(flow.querySelector('[active] input[name="optedScopes.notes.read"]'), 'notes.read is required').to.equal(null);
    optional!.click();
    const success = oneEvent(flow, 'okta-success') as Promise<OktaSuccessEvent>;
    buttonNamed(flow, 'Allow')!.click();
    const scopes = scopesOf(await success);
    expect(scopes).to.include('notes.read');
    expect(scopes).not.to.include('notes.write');
  });

  it('an app that needs no consent never shows the screen', async () => {
    const flow = mountFlow(env.issuer, { scopes: 'openid profile email' });
    const steps: string[] = [];
    flow.addEventListener('okta-step-change', (e) => steps.push((e as unknown as { step: string }).step));
    await stepShown(flow, 'identify');
    fillAndSubmit(flow, { identifier: USER.identifier });
    await stepShown(flow, 'challenge-authenticator', 'okta_password');
    const success = oneEvent(flow, 'okta-success');
    fillAndSubmit(flow, { 'credentials.passcode': USER.password });
    await success;
    expect(steps.filter((s) => s.includes('consent'))).to.deep.equal([]);
  });
});

interface Sessions {
  sessions: { clientId: string; keepMeSignedIn: boolean; chosenAt: string }[];
}

// "Stay signed in": the emulator sets no Okta session cookie, so its visible effect is the session each sign-in
// would start, persistent or not (GET /dev/users/<login>/sessions).
describe('e2e: stay signed in', () => {
  const env = useEmulator();

  it('asked after sign-in (a user whose rule asks then): "Stay signed in" is recorded, and the tokens come', async () => {
    const identifier = 'staysignedin@example.com';
    const flow = mountFlow(env.issuer);
    await stepShown(flow, 'identify');
    fillAndSubmit(flow, { identifier });
    await stepShown(flow, 'challenge-authenticator', 'okta_password');
    fillAndSubmit(flow, { 'credentials.passcode': MFA_PASSWORD });
    await stepShown(flow, 'keep-me-signed-in');
    expect(heading(flow)).to.equal('Stay signed in?');
    const success = oneEvent(flow, 'okta-success');
    buttonNamed(flow, 'Stay signed in')!.click();
    await success;
    const { sessions } = await devGet<Sessions>(env.issuer, `users/${identifier}/sessions`);
    expect(sessions.map((s) => [s.keepMeSignedIn, s.chosenAt])).to.deep.equal([[true, 'keep-me-signed-in']]);
  });

  it('offered on the sign-in form: the "Keep me signed in" checkbox, ticked, is recorded', async () => {
    const flow = mountFlow(env.issuer);
    await stepShown(flow, 'identify');
    const box = flow.querySelector<HTMLInputElement>('[active] input[type="checkbox"][name="rememberMe"]');
    expect(box, 'the checkbox').not.to.equal(null);
    expect(flow.querySelector(`[active] label[for="${box!.id}"]`)!.textContent).to.equal('Keep me signed in');
    box!.click();
    fillAndSubmit(flow, { identifier: USER.identifier });
    await stepShown(flow, 'challenge-authenticator', 'okta_password');
    const success = oneEvent(flow, 'okta-success');
    fillAndSubmit(flow, { 'credentials.passcode': USER.password });
    await success;
    const { sessions } = await devGet<Sessions>(env.issuer, `users/${USER.identifier}/sessions`);
    expect(sessions.map((s) => [s.keepMeSignedIn, s.chosenAt])).to.deep.equal([[true, 'identify']]);
  });
});
