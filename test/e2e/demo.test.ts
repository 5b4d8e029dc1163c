import { expect, waitUntil } from '@open-wc/testing';
import { dev, fillAndSubmit, useEmulator } from './e2e-helpers.js';
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
