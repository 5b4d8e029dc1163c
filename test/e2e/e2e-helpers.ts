import { waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { OktaFlow } from '../../src/flow/okta-flow.js';

export interface Emulators {
  issuer: string;
  untrustedIssuer: string;
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
  const context: Emulators = { issuer: '', untrustedIssuer: '' };
  before(async () => {
    Object.assign(context, await emulators());
  });
  beforeEach(async () => {
    unmountAll();
    await dev(context.issuer, 'reset');
  });
  afterEach(() => unmountAll());
  return context;
}
