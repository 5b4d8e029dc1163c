import { expect, waitUntil } from '@open-wc/testing';
import { chooseTheOnlyOption, choose, clickButton, dev, emulators, fillAndSubmit, passwordFirst, providerStateToken, stepShown, useEmulator } from './e2e-helpers.js';
import type { OktaFlow } from '../../src/flow/okta-flow.js';

const DEMO = { identifier: 'demo@example.com', password: 'Okta-Demo-2026!' };

/** The demo page (demo/index.html, what `npm start` shows), in a frame, signed in through its own <okta-flow>. */
async function signInOnDemoPage(): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.title = 'demo page';
  frame.style.width = '1200px';
  frame.style.height = '900px';
  frame.src = '/demo/index.html';
  document.body.append(frame);
  const flow = () => frame.contentDocument?.querySelector('okta-flow') as OktaFlow | null;
  const ready = (step: string) => flow()?.state?.status === 'ready' && flow()?.state.step?.name === step && flow()!.querySelector('[active] form') !== null;
  await waitUntil(() => ready('identify'), 'the demo page never showed identify', { timeout: 15000 });
  fillAndSubmit(flow()!, { identifier: DEMO.identifier });
  await waitUntil(() => ready('challenge-authenticator'), 'no password step', { timeout: 10000 });
  fillAndSubmit(flow()!, { 'credentials.passcode': DEMO.password });
  const doc = frame.contentDocument!;
  await waitUntil(() => doc.getElementById('result')?.hidden === false, 'the demo never showed the signed-in result', { timeout: 10000 });
  return { frame, doc };
}

/** Waits until the profile's status line says what `expected` matches; fails naming what it said. */
async function profileStatus(doc: Document, expected: RegExp): Promise<void> {
  const status = () => doc.getElementById('profile-status')!.textContent ?? '';
  try {
    await waitUntil(() => expected.test(status()), '', { timeout: 10000 });
  } catch {
    throw new Error(`the profile status never matched ${expected}: "${status()}"`);
  }
}

/** A description list as "term: detail" lines. */
function entries(list: Element): Record<string, string> {
  return Object.fromEntries([...list.querySelectorAll('dt')].map((dt) => [dt.textContent!, dt.nextElementSibling!.textContent!]));
}

describe('the demo page (npm start) shows the profile as real Okta provides it', () => {
  const emulator = useEmulator();
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('reads the profile from /v1/userinfo with the access token; the ID token is thin', async () => {
    const page = await signInOnDemoPage();
    frame = page.frame;
    const { doc } = page;
    await profileStatus(doc, /^Read from \/v1\/userinfo with the access token\.$/);
    expect(doc.getElementById('result-heading')!.textContent).to.equal('Signed in as Dana Demo');
    const profile = entries(doc.getElementById('profile')!);
    expect(profile['Given name'], 'given_name, from userinfo').to.equal('Dana');
    expect(profile['Family name']).to.equal('Demo');
    expect(profile['Locale']).to.equal('en_US');
    expect(profile['Email']).to.equal(DEMO.identifier);
    const idClaims = entries(doc.getElementById('claims')!);
    expect(idClaims, 'the ID token does not carry it').not.to.have.property('given_name');
    expect(idClaims.name).to.equal('Dana Demo');
    // Tokens are shown nowhere on the page.
    expect(doc.body.textContent).not.to.match(/eyJ[\w-]{10,}\.[\w-]{10,}\./);
  });

  it('says so when /v1/userinfo fails, and shows what the ID token carries', async () => {
    await dev(emulator.issuer, 'fail-next', { status: 503, count: 1, path: '/oauth2/default/v1/userinfo' });
    const page = await signInOnDemoPage();
    frame = page.frame;
    const { doc } = page;
    await profileStatus(doc, /^Could not read \/v1\/userinfo/);
    const profile = entries(doc.getElementById('profile')!);
    expect(profile['Name']).to.equal('Dana Demo');
    expect(profile['Email']).to.equal(DEMO.identifier);
    expect(profile, 'nothing invented where userinfo did not answer').not.to.have.property('Given name');
  });
});

describe('the demo page (npm start) opens a reset-password link at the new password', () => {
  const emulator = useEmulator();
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('takes ?recovery_token= out of the address bar and starts the flow at reset-authenticator', async () => {
    const appUrl = new URL('/demo/index.html', location.origin).href;
    const response = await fetch(`${new URL(emulator.issuer).origin}/dev/users/recover%40example.com/recovery-token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ appUrl }),
    });
    expect(response.status, 'the emulator issues a reset link').to.equal(200);
    const { link, recoveryToken } = (await response.json()) as { link: string; recoveryToken: string };
    expect(link.startsWith(`${appUrl}?`)).to.equal(true);
    frame = document.createElement('iframe');
    frame.title = 'demo page';
    frame.style.width = '1200px';
    frame.style.height = '900px';
    frame.src = link;
    document.body.append(frame);
    const flow = () => frame!.contentDocument?.querySelector('okta-flow') as OktaFlow | null;
    await waitUntil(
      () => flow()?.state?.status === 'ready' && flow()?.state.step?.name === 'reset-authenticator' && flow()!.querySelector('[active] form') !== null,
      `the link did not open at the new password (status ${flow()?.state?.status}, step ${flow()?.state?.step?.name})`,
      { timeout: 15000 },
    );
    expect(frame.contentWindow!.location.search, 'the token is gone from the address bar').not.to.contain(recoveryToken);
    expect(frame.contentDocument!.documentElement.outerHTML, 'nor is it in the DOM').not.to.contain(recoveryToken);
  });
});

describe('the demo page (npm start) walks a person through a forgotten password', () => {
  useEmulator();
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('"Reset a password instead", the username, Email, the code from "Show latest code", a new password: signed in', async () => {
    frame = document.createElement('iframe');
    frame.title = 'demo page';
    frame.style.width = '1200px';
    frame.style.height = '900px';
    frame.src = '/demo/index.html';
    document.body.append(frame);
    const doc = () => frame!.contentDocument!;
    const flow = () => doc().querySelector('okta-flow') as OktaFlow | null;
    const shows = (step: RegExp) => flow()?.state?.status === 'ready' && step.test(flow()!.state.step?.name ?? '') && flow()!.querySelector('[active] form') !== null;
    await waitUntil(() => shows(/^identify$/), 'the demo page never showed identify', { timeout: 15000 });
    // Half-way through a sign-in (its transaction saved in this tab), the person switches to a reset.
    fillAndSubmit(flow()!, { identifier: 'demo@example.com' });
    await waitUntil(() => shows(/^challenge-authenticator$/), 'no password step', { timeout: 10000 });
    const switchFlow = doc().querySelector<HTMLButtonElement>('#switch-flow')!;
    expect(switchFlow.textContent).to.equal('Reset a password instead');
    switchFlow.click();
    await waitUntil(() => shows(/^identify(-recovery)?$/) && flow()!.querySelector('[active] h2')?.textContent === 'Reset your password', 'Reset a password instead did not start a recovery', { timeout: 10000 });
    expect(switchFlow.textContent).to.equal('Sign in instead');
    fillAndSubmit(flow()!, { identifier: 'recover@example.com' });
    await waitUntil(() => shows(/^select-authenticator-authenticate$/), 'no list of recovery authenticators', { timeout: 10000 });
    flow()!.querySelector<HTMLButtonElement>('[active] [data-authenticator="okta_email"] button')!.click();
    await waitUntil(() => shows(/^(authenticator-verification-data|challenge-authenticator)$/) && flow()!.state.step?.authenticator?.key === 'okta_email', 'no email step', { timeout: 10000 });
    if (flow()!.state.step?.name === 'authenticator-verification-data') {
      [...flow()!.querySelectorAll<HTMLButtonElement>('[active] button')].find((b) => b.textContent!.trim() === 'Send me an email')!.click();
      await waitUntil(() => shows(/^challenge-authenticator$/), 'no code step', { timeout: 10000 });
    }
    // The page's emulator tools know whose code to show: the user the flow is on.
    expect(doc().querySelector<HTMLInputElement>('#tools-username')!.value).to.equal('recover@example.com');
    doc().querySelector<HTMLButtonElement>('button[data-action="code"]')!.click();
    const output = () => doc().getElementById('tools-output')!.textContent ?? '';
    await waitUntil(() => /Code \(email to recover@example\.com\): \d{6}/.test(output()), `no code shown: "${output()}"`, { timeout: 10000 });
    fillAndSubmit(flow()!, { 'credentials.passcode': /: (\d{6})/.exec(output())![1] });
    await waitUntil(() => shows(/^reset-authenticator$/), 'no new-password step', { timeout: 10000 });
    fillAndSubmit(flow()!, { 'credentials.passcode': 'Bright-Meadow-73!', confirmPassword: 'Bright-Meadow-73!' });
    await waitUntil(() => doc().getElementById('result')?.hidden === false, 'the demo never showed the signed-in result', { timeout: 10000 });
    expect(doc().getElementById('result-heading')!.textContent).to.equal('Signed in as Rita Recover');
  });

  it('"Unlock an account instead", the username, Email, the code from "Show latest code": "Account unlocked", then signed in with the password', async () => {
    frame = document.createElement('iframe');
    frame.title = 'demo page';
    frame.style.width = '1200px';
    frame.style.height = '900px';
    frame.src = '/demo/index.html';
    document.body.append(frame);
    const doc = () => frame!.contentDocument!;
    const flow = () => doc().querySelector('okta-flow') as OktaFlow | null;
    const shows = (step: RegExp) => flow()?.state?.status === 'ready' && step.test(flow()!.state.step?.name ?? '') && flow()!.querySelector('[active] form') !== null;
    await waitUntil(() => shows(/^identify$/), 'the demo page never showed identify', { timeout: 15000 });
    const unlockFlow = doc().querySelector<HTMLButtonElement>('#unlock-flow')!;
    expect(unlockFlow.textContent).to.equal('Unlock an account instead');
    unlockFlow.click();
    await waitUntil(() => shows(/^select-authenticator-unlock-account$/), 'Unlock an account instead did not open the unlock form', { timeout: 10000 });
    expect(unlockFlow.hidden, 'no unlock offered during an unlock').to.equal(true);
    expect(doc().querySelector<HTMLButtonElement>('#switch-flow')!.textContent).to.equal('Sign in instead');
    const username = flow()!.querySelector<HTMLInputElement>('[active] input[name="identifier"]')!;
    username.value = 'unlockme@example.com';
    username.dispatchEvent(new InputEvent('input', { bubbles: true }));
    flow()!.querySelector<HTMLButtonElement>('[active] [data-authenticator="okta_email"] button')!.click();
    await waitUntil(() => shows(/^(authenticator-verification-data|challenge-authenticator)$/) && flow()!.state.step?.authenticator?.key === 'okta_email', 'no email step', { timeout: 10000 });
    if (flow()!.state.step?.name === 'authenticator-verification-data') {
      [...flow()!.querySelectorAll<HTMLButtonElement>('[active] button')].find((b) => b.textContent!.trim() === 'Send me an email')!.click();
      await waitUntil(() => shows(/^challenge-authenticator$/), 'no code step', { timeout: 10000 });
    }
    expect(doc().querySelector<HTMLInputElement>('#tools-username')!.value).to.equal('unlockme@example.com');
    doc().querySelector<HTMLButtonElement>('button[data-action="code"]')!.click();
    const output = () => doc().getElementById('tools-output')!.textContent ?? '';
    await waitUntil(() => /Code \(email to unlockme@example\.com\): \d{6}/.test(output()), `no code shown: "${output()}"`, { timeout: 10000 });
    fillAndSubmit(flow()!, { 'credentials.passcode': /: (\d{6})/.exec(output())![1] });
    await waitUntil(() => flow()!.state.status === 'terminal' || shows(/^challenge-authenticator$/), 'the unlock did not end', { timeout: 10000 });
    if (flow()!.state.status === 'terminal') {
      expect(flow()!.shadowRoot!.textContent).to.contain('Account unlocked');
      doc().querySelector<HTMLButtonElement>('#switch-flow')!.click();
      await waitUntil(() => shows(/^identify$/), 'Sign in instead did not open the sign-in', { timeout: 10000 });
      fillAndSubmit(flow()!, { identifier: 'unlockme@example.com' });
      await waitUntil(() => shows(/^challenge-authenticator$/), 'no password step', { timeout: 10000 });
    }
    fillAndSubmit(flow()!, { 'credentials.passcode': 'Okta-Demo-2026!' });
    await waitUntil(() => doc().getElementById('result')?.hidden === false, 'the demo never showed the signed-in result', { timeout: 10000 });
    expect(doc().getElementById('result-heading')!.textContent).to.equal('Signed in as Unlock Demo');
  });

  it('"Lock account" in the emulator tools locks the user: the right password is then refused', async () => {
    frame = document.createElement('iframe');
    frame.title = 'demo page';
    frame.src = '/demo/index.html';
    document.body.append(frame);
    const doc = () => frame!.contentDocument!;
    const flow = () => doc().querySelector('okta-flow') as OktaFlow | null;
    const shows = (step: RegExp) => flow()?.state?.status === 'ready' && step.test(flow()!.state.step?.name ?? '') && flow()!.querySelector('[active] form') !== null;
    await waitUntil(() => shows(/^identify$/), 'the demo page never showed identify', { timeout: 15000 });
    doc().querySelector<HTMLInputElement>('#tools-username')!.value = 'demo@example.com';
    doc().querySelector<HTMLButtonElement>('button[data-action="lock"]')!.click();
    const output = () => doc().getElementById('tools-output')!.textContent ?? '';
    await waitUntil(() => output().includes('demo@example.com is locked out'), `not locked: "${output()}"`, { timeout: 10000 });
    fillAndSubmit(flow()!, { identifier: 'demo@example.com' });
    await waitUntil(() => shows(/^challenge-authenticator$/), 'no password step', { timeout: 10000 });
    fillAndSubmit(flow()!, { 'credentials.passcode': 'Okta-Demo-2026!' });
    await waitUntil(() => shows(/^challenge-authenticator$/) && (flow()!.textContent ?? '').includes('Password is incorrect'), 'the right password was not refused', { timeout: 10000 });
    expect(doc().getElementById('result')!.hidden).to.equal(true);
  });
});

/** The demo page in a frame, its own <okta-flow> at identify. */
async function openDemo(src = '/demo/index.html'): Promise<{ frame: HTMLIFrameElement; doc: () => Document; flow: () => OktaFlow }> {
  const frame = document.createElement('iframe');
  frame.title = 'demo page';
  frame.style.width = '1200px';
  frame.style.height = '900px';
  frame.src = src;
  document.body.append(frame);
  const flow = () => frame.contentDocument!.querySelector('okta-flow') as OktaFlow;
  await waitUntil(() => !!frame.contentDocument?.querySelector('okta-flow') && flow().state?.status === 'ready', 'the demo page never started', { timeout: 15000 });
  return { frame, doc: () => frame.contentDocument!, flow };
}

/** Runs one of the page's emulator tools for `username` and waits until its output matches `expected`. */
async function useTool(doc: Document, action: string, username: string, expected: RegExp): Promise<HTMLElement> {
  doc.querySelector<HTMLInputElement>('#tools-username')!.value = username;
  doc.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!.click();
  const output = doc.getElementById('tools-output')!;
  await waitUntil(() => expected.test(output.textContent ?? ''), `the ${action} tool said "${output.textContent}"`, { timeout: 10000 });
  return output;
}

const signedIn = (doc: Document) => doc.getElementById('result')?.hidden === false;

describe('the demo page (npm start) alone: consent, an invitation, a profile update, an authenticator reset', () => {
  useEmulator();
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('"Create an account instead" opens the sign-up form', async () => {
    const page = await openDemo();
    frame = page.frame;
    page.doc().querySelector<HTMLButtonElement>('#register-flow')!.click();
    await stepShown(page.flow(), 'enroll-profile');
    expect(page.doc().querySelector<HTMLButtonElement>('#register-flow')!.hidden).to.equal(true);
    expect(page.doc().querySelector('#switch-flow')!.textContent).to.equal('Sign in instead');
  });

  it('"Sign in to an app that asks for consent": the app asks, Allow, signed in', async () => {
    const page = await openDemo();
    frame = page.frame;
    const toggle = page.doc().querySelector<HTMLInputElement>('#consent-app')!;
    expect(toggle.closest('label')!.hidden, 'offered').to.equal(false);
    toggle.click();
    await waitUntil(() => page.flow()?.clientId === 'okta-elements-consent', 'the flow is not for the consent app', { timeout: 10000 });
    await stepShown(page.flow(), 'identify');
    fillAndSubmit(page.flow(), { identifier: DEMO.identifier });
    await stepShown(page.flow(), 'challenge-authenticator', 'okta_password');
    fillAndSubmit(page.flow(), { 'credentials.passcode': DEMO.password });
    // notes.write is optional, so Okta asks scope by scope (granular consent).
    await stepShown(page.flow(), 'granular-consent');
    expect(page.flow().textContent, 'the app’s scopes are named').to.contain('Change your notes');
    clickButton(page.flow(), 'Allow');
    await waitUntil(() => signedIn(page.doc()), 'the demo never showed the signed-in result', { timeout: 10000 });
    const scopes = entries(page.doc().getElementById('claims')!).aud;
    expect(scopes, 'the ID token is the consent app’s').to.equal('okta-elements-consent');
  });

  it('"Email an invitation", the link, a password: the invited person is signed in', async () => {
    const page = await openDemo();
    frame = page.frame;
    const output = await useTool(page.doc(), 'invite', 'invited@example.com', /Emailed to invited@example\.com/);
    const link = output.querySelector('a')!;
    expect(link.textContent).to.equal('Open the invitation');
    const token = new URL(link.href).searchParams.get('activation_token');
    link.click();
    const flow = () => page.flow();
    await waitUntil(
      () => !!flow() && flow().state?.status === 'ready' && /^(select-authenticator-enroll|enroll-authenticator)$/.test(flow().state.step?.name ?? '') && !!flow().querySelector('[active] form'),
      'the invitation did not open at setting up the account',
      { timeout: 15000 },
    );
    expect(frame.contentWindow!.location.search, 'the token is gone from the address bar').to.equal('');
    expect(page.doc().documentElement.outerHTML, 'nor is it in the DOM').not.to.contain(token);
    if (flow().state.step?.name === 'select-authenticator-enroll') await choose(flow(), 'okta_password');
    await stepShown(flow(), 'enroll-authenticator', 'okta_password');
    fillAndSubmit(flow(), { 'credentials.passcode': 'Welcome-2026-Aboard!', confirmPassword: 'Welcome-2026-Aboard!' });
    await waitUntil(() => signedIn(page.doc()), 'the demo never showed the signed-in result', { timeout: 10000 });
    expect(entries(page.doc().getElementById('claims')!).email).to.equal('invited@example.com');
  });

  it('a forgotten password by the email’s link: "Show latest code", "Open the email’s link in this tab", a new password', async () => {
    const page = await openDemo();
    frame = page.frame;
    page.doc().querySelector<HTMLButtonElement>('#switch-flow')!.click();
    await waitUntil(() => page.flow().state?.status === 'ready' && page.flow().querySelector('[active] h2')?.textContent === 'Reset your password', 'no reset', { timeout: 10000 });
    fillAndSubmit(page.flow(), { identifier: 'recover@example.com' });
    await stepShown(page.flow(), 'select-authenticator-authenticate');
    await choose(page.flow(), 'okta_email');
    if (page.flow().state.step?.name === 'authenticator-verification-data') clickButton(page.flow(), 'Send me an email');
    await stepShown(page.flow(), 'challenge-authenticator', 'okta_email');
    const output = await useTool(page.doc(), 'code', 'recover@example.com', /Open the email’s link in this tab/);
    [...output.querySelectorAll('a')].find((a) => a.textContent === 'Open the email’s link in this tab')!.click();
    await waitUntil(
      () => !!page.doc().querySelector('okta-flow') && page.flow().state?.status === 'ready' && page.flow().state.step?.name === 'reset-authenticator' && !!page.flow().querySelector('[active] form'),
      'the link did not open at the new password',
      { timeout: 15000 },
    );
    fillAndSubmit(page.flow(), { 'credentials.passcode': 'Linked-Reset-2026!', confirmPassword: 'Linked-Reset-2026!' });
    await waitUntil(() => signedIn(page.doc()), 'the demo never showed the signed-in result', { timeout: 10000 });
    expect(page.doc().getElementById('result-heading')!.textContent).to.equal('Signed in as Rita Recover');
  });

  it('profile@ is asked for the missing Department, gives it, and is signed in', async () => {
    const page = await openDemo();
    frame = page.frame;
    await stepShown(page.flow(), 'identify');
    fillAndSubmit(page.flow(), { identifier: 'profile@example.com' });
    await stepShown(page.flow(), 'challenge-authenticator', 'okta_password');
    fillAndSubmit(page.flow(), { 'credentials.passcode': DEMO.password });
    await stepShown(page.flow(), 'profile-update');
    page.flow().querySelector<HTMLSelectElement>('[active] select[name="userProfile.department"]')!.value = 'support';
    fillAndSubmit(page.flow(), {});
    await waitUntil(() => signedIn(page.doc()), 'the demo never showed the signed-in result', { timeout: 10000 });
  });

  it('"Reset authenticator app": the next sign-in sets Google Authenticator up again, with a QR code', async () => {
    const page = await openDemo();
    frame = page.frame;
    await useTool(page.doc(), 'reset-totp', 'totp.reset@example.com', /Google Authenticator reset for totp\.reset@example\.com/);
    await passwordFirst(page.flow(), 'totp.reset@example.com');
    await chooseTheOnlyOption(page.flow(), 'google_otp');
    await stepShown(page.flow(), 'enroll-authenticator', 'google_otp');
    expect(page.flow().querySelector('[active] img.okta-qr'), 'the QR code').not.to.equal(null);
  });
});

describe('the demo page (npm start) alone: the identity provider, then the email and its link', () => {
  let idpIssuer = '';
  let win: Window | null = null;
  before(async () => {
    idpIssuer = (await emulators()).idpIssuer ?? '';
    if (!idpIssuer) throw new Error('no emulator with identity providers (idpIssuer in web-test-runner.config.mjs)');
  });
  beforeEach(async () => {
    sessionStorage.clear();
    await dev(idpIssuer, 'reset');
  });
  afterEach(() => win?.close());

  it('"Sign in with Google" (Felix, federated.mfa@), Email, the link from "Show latest code" opened here: signed in', async () => {
    // A window of its own: the provider's page refuses to be framed. /demo-idp/ is the demo page on the emulator
    // with the demo's providers, as npm start runs it.
    win = window.open('/demo-idp/index.html', '_blank', 'width=1200,height=900');
    if (!win) throw new Error('the browser refused to open the demo window');
    const opened = win;
    const doc = () => {
      try {
        return opened.location.origin === location.origin && opened.document.readyState !== 'loading' ? opened.document : undefined;
      } catch {
        return undefined; // At the provider: another origin.
      }
    };
    const flow = () => doc()?.querySelector('okta-flow') as OktaFlow | null | undefined;
    const google = () => [...(flow()?.querySelectorAll<HTMLButtonElement>('[active] .okta-idps button') ?? [])].find((b) => b.textContent!.trim() === 'Sign in with Google');
    await waitUntil(() => flow()?.state?.status === 'ready' && !!google(), 'no "Sign in with Google" on the demo page', { timeout: 15000 });
    let leaving: (Event & { url?: string }) | undefined;
    doc()!.addEventListener('okta-idp-redirect', (event) => (leaving = event as Event & { url?: string }));
    google()!.click();
    await waitUntil(() => !!leaving && !doc(), 'the page did not leave for the provider', { timeout: 10000 });
    // At the provider, the person picks Felix (the emulator's dev API does what the page's button does).
    const stateToken = await providerStateToken(leaving!.url!);
    const response = await fetch(`${new URL(idpIssuer).origin}/dev/idps/0oa1googledemo000001/choose`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ stateToken, user: 'federated.mfa@example.com' }),
    });
    expect(response.status, await response.clone().text()).to.equal(200);
    const { location: back } = (await response.json()) as { location: string };
    expect(new URL(back).pathname, 'back to the demo page').to.equal('/demo-idp/index.html');
    opened.location.href = back;
    await waitUntil(() => flow()?.state?.status === 'ready' && /^select-authenticator-authenticate$/.test(flow()!.state.step?.name ?? ''), 'Okta did not ask for more after the provider', { timeout: 15000 });
    await chooseTheOnlyOption(flow()!, 'okta_email');
    if (flow()!.state.step?.name === 'authenticator-verification-data') clickButton(flow()!, 'Send me an email');
    await stepShown(flow()!, 'challenge-authenticator', 'okta_email');
    expect(doc()!.querySelector<HTMLInputElement>('#tools-username')!.value, 'the tools know who').to.equal('federated.mfa@example.com');
    doc()!.querySelector<HTMLButtonElement>('button[data-action="code"]')!.click();
    const open = () => [...doc()!.querySelectorAll<HTMLAnchorElement>('#tools-output a')].find((a) => a.textContent === 'Open the email’s link in this tab');
    await waitUntil(() => !!open(), `no email link shown: "${doc()?.getElementById('tools-output')?.textContent}"`, { timeout: 10000 });
    const copy = doc()!.querySelector<HTMLInputElement>('#tools-output input.tools-link')!;
    expect(copy.value, 'the same link to copy into another browser').to.equal(open()!.href);
    expect(new URL(copy.value).searchParams.has('otp')).to.equal(true);
    open()!.click();
    await waitUntil(() => doc()?.getElementById('result')?.hidden === false, 'the link did not sign in on the demo page', { timeout: 15000 });
    expect(entries(doc()!.getElementById('claims')!).email).to.equal('federated.mfa@example.com');
    expect(opened.location.search, 'the link’s otp and state are gone').to.equal('');
  });
});
