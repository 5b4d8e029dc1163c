import { waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { OktaFlow } from '../../src/flow/okta-flow.js';

export interface Emulators {
  issuer: string;
  untrustedIssuer: string;
  /** An emulator whose users must enroll email, phone or Okta Verify (test/e2e/enrollment-users.json). */
  enrollmentIssuer: string;
}

let cached: Emulators | undefined;

/** The emulators the test runner started (see web-test-runner.config.mjs). */
export async function emulators(): Promise<Emulators> {
  cached ??= (await (await fetch('/__emulators.json')).json()) as Emulators;
  return cached;
}

export const CLIENT_ID = 'okta-elements-demo';

/** Calls one of the emulator's dev endpoints (reset, expire transactions, fail the next request). */
export async function dev(issuer: string, path: string, body?: unknown): Promise<void> {
  const response = await fetch(`${new URL(issuer).origin}/dev/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`dev/${path} answered ${response.status}`);
}

const mounted: HTMLElement[] = [];

/** Puts a configured `<okta-flow>` on the page, as an app would. */
export function mountFlow(issuer: string, attributes: Record<string, string> = {}): OktaFlow {
  const flow = document.createElement('okta-flow');
  flow.setAttribute('issuer', issuer);
  flow.setAttribute('client-id', CLIENT_ID);
  for (const [name, value] of Object.entries(attributes)) flow.setAttribute(name, value);
  document.body.append(flow);
  mounted.push(flow);
  return flow;
}

export function unmountAll(): void {
  for (const element of mounted.splice(0)) element.remove();
  sessionStorage.clear();
}

/** Waits until the flow shows the named step, ready for input. */
export async function stepShown(flow: OktaFlow, name: string): Promise<void> {
  await waitUntil(
    () => flow.state.status === 'ready' && flow.state.step?.name === name,
    `step ${name} never showed (status ${flow.state.status}, step ${flow.state.step?.name})`,
    { timeout: 10000 },
  );
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Fills the active form's named inputs, then presses its submit button. */
export function fillAndSubmit(flow: OktaFlow, values: Record<string, string>): void {
  const form = flow.querySelector<HTMLFormElement>('[active] form');
  if (!form) throw new Error('no active form');
  for (const [name, value] of Object.entries(values)) {
    const input = form.querySelector<HTMLInputElement>(`input[name="${name}"]`);
    if (!input) throw new Error(`no input ${name}`);
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }
  form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
}

export function alertText(flow: OktaFlow): string {
  return flow.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? '';
}

/** Each test starts from a reset emulator and a page with no flow and no saved transaction. */
export function useEmulator(): Readonly<Emulators> {
  const context: Emulators = { issuer: '', untrustedIssuer: '', enrollmentIssuer: '' };
  before(async () => {
    Object.assign(context, await emulators());
  });
  beforeEach(async () => {
    unmountAll();
    await Promise.all([dev(context.issuer, 'reset'), dev(context.enrollmentIssuer, 'reset')]);
  });
  afterEach(() => unmountAll());
  return context;
}

/** Reads one of the emulator's dev endpoints (outbox, pending pushes, TOTP secrets). */
export async function devGet<T>(issuer: string, path: string): Promise<T> {
  const response = await fetch(`${new URL(issuer).origin}/dev/${path}`);
  if (!response.ok) throw new Error(`dev/${path} answered ${response.status}`);
  return (await response.json()) as T;
}

export interface OutboxMessage {
  channel: string;
  to: string;
  code: string;
  magicLink?: string;
}

/** The newest message the emulator "sent" to an address, phone or login. */
export const latestMessage = (issuer: string, to: string) => devGet<OutboxMessage>(issuer, `outbox/latest?to=${encodeURIComponent(to)}`);

export const MFA_PASSWORD = 'Okta-Demo-2026!';

/** Identifies and passes the password step, up to the second factor. */
export async function passwordFirst(flow: OktaFlow, identifier: string): Promise<void> {
  await stepShown(flow, 'identify');
  fillAndSubmit(flow, { identifier });
  await stepShown(flow, 'challenge-authenticator');
  fillAndSubmit(flow, { 'credentials.passcode': MFA_PASSWORD });
  await waitUntil(
    () => flow.state.status === 'ready' && flow.state.step?.authenticator?.key !== 'okta_password',
    'never left the password step',
    { timeout: 10000 },
  );
}

/** Clicks a button of the active step by its visible text. */
export function clickButton(flow: OktaFlow, text: string): void {
  const button = [...flow.querySelectorAll<HTMLButtonElement>('[active] button')].find((b) => b.textContent!.trim() === text);
  if (!button) throw new Error(`no button "${text}"`);
  button.click();
}

/** Picks an authenticator when the server shows its list (to verify or to set up); otherwise does nothing. */
export async function chooseIfListed(flow: OktaFlow, key: string): Promise<void> {
  const list = flow.state.step?.name;
  if (list !== 'select-authenticator-authenticate' && list !== 'select-authenticator-enroll') return;
  flow.querySelector<HTMLButtonElement>(`[active] [data-authenticator="${key}"] button`)!.click();
  await waitUntil(() => flow.state.status === 'ready' && flow.state.step?.name !== list, `${key} was not taken`, { timeout: 10000 });
}
