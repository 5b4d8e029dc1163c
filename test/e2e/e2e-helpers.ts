import { waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { OktaFlow } from '../../src/flow/okta-flow.js';

export interface Emulators {
  issuer: string;
  untrustedIssuer: string;
  /**
   * An emulator for users the default config lacks (test/e2e/enrollment-users.json): users who must enroll
   * email, phone or Okta Verify, and a push user with a number challenge.
   */
  enrollmentIssuer: string;
  /** The default config with `identifierFirst: false`: the identify form asks for the password too. */
  singleFormIssuer: string;
  /** The default config locking a user after 3 wrong passwords (`passwordPolicy.lockout.maxAttempts`), with self-service unlock. */
  lockoutIssuer: string;
  /** The default config with the demo's identity providers (Google, Acme SSO) and their federated users. */
  idpIssuer?: string;
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

/**
 * Puts a configured `<okta-flow>` on the page, as an app would. `configure` runs before it is connected, for
 * properties an app sets in script rather than in the DOM (a recovery token from the link's URL).
 */
export function mountFlow(issuer: string, attributes: Record<string, string> = {}, configure?: (flow: OktaFlow) => void): OktaFlow {
  const flow = document.createElement('okta-flow');
  flow.setAttribute('issuer', issuer);
  flow.setAttribute('client-id', CLIENT_ID);
  for (const [name, value] of Object.entries(attributes)) flow.setAttribute(name, value);
  configure?.(flow);
  document.body.append(flow);
  mounted.push(flow);
  return flow;
}

export function unmountAll(): void {
  for (const element of mounted.splice(0)) element.remove();
  sessionStorage.clear();
}

/** What the flow shows now, for a failure message. */
export const describeFlow = (flow: OktaFlow): string =>
  `status ${flow.state.status}, step ${flow.state.step?.name}, authenticator ${flow.state.step?.authenticator?.key}`;

/**
 * Waits until `condition` holds; on timeout fails with `what` and what the flow shows by then (a message built
 * before the wait would name the state at its start).
 */
export async function flowShows(flow: OktaFlow, condition: () => boolean, what: string, timeout = 10000): Promise<void> {
  try {
    await waitUntil(condition, '', { timeout });
  } catch {
    throw new Error(`${what} (${describeFlow(flow)})`);
  }
}

/**
 * Waits until the flow shows the named step (for the named authenticator, when given), ready for input;
 * fails, naming what was shown instead, when the server offered another step.
 */
export async function stepShown(flow: OktaFlow, name: string, authenticatorKey?: string): Promise<void> {
  const expected = authenticatorKey ? `${name} (${authenticatorKey})` : name;
  await flowShows(
    flow,
    () =>
      flow.state.status === 'ready' &&
      flow.state.step?.name === name &&
      (authenticatorKey === undefined || flow.state.step.authenticator?.key === authenticatorKey) &&
      // Its form, not "Loading…": authenticators other than the password arrive on demand.
      flow.querySelector('[active] form') !== null,
    `step ${expected} never showed`,
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
  const context: Emulators = { issuer: '', untrustedIssuer: '', enrollmentIssuer: '', singleFormIssuer: '', lockoutIssuer: '' };
  before(async () => {
    Object.assign(context, await emulators());
  });
  beforeEach(async () => {
    unmountAll();
    await Promise.all(
      [context.issuer, context.enrollmentIssuer, context.singleFormIssuer, context.lockoutIssuer].map((issuer) => dev(issuer, 'reset')),
    );
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

/**
 * Picks an authenticator from the list the active step shows (to verify or to set up). Fails when no list is
 * shown or the authenticator is not in it: a test that chooses must see the list.
 */
export async function choose(flow: OktaFlow, key: string): Promise<void> {
  const list = flow.state.step?.name;
  if (flow.state.status !== 'ready' || (list !== 'select-authenticator-authenticate' && list !== 'select-authenticator-enroll')) {
    throw new Error(`expected an authenticator list to choose ${key} from, but the flow shows ${list} (${flow.state.status})`);
  }
  const button = flow.querySelector<HTMLButtonElement>(`[active] [data-authenticator="${key}"] button`);
  if (!button) throw new Error(`${key} is not in the list ${list}`);
  button.click();
  await waitUntil(() => flow.state.status === 'ready' && flow.state.step?.name !== list, `${key} was not taken`, { timeout: 10000 });
}

/**
 * Okta offers the next authenticator as a list even when it is the only one, and waits for the choice
 * (idx-swift MFA-SOP/05: Email alone after the password; MFA-SOP/07: one method to set up). Waits for that
 * list, fails unless `key` is its one option, and chooses it.
 */
export async function chooseTheOnlyOption(flow: OktaFlow, key: string): Promise<void> {
  await flowShows(
    flow,
    () => flow.state.status === 'ready' && /^select-authenticator-(authenticate|enroll)$/.test(flow.state.step?.name ?? '') &&
      flow.querySelector('[active] .okta-option') !== null,
    'no authenticator list showed',
  );
  const offered = [...flow.querySelectorAll('[active] .okta-option')].map((option) => option.getAttribute('data-authenticator'));
  if (offered.length !== 1 || offered[0] !== key) throw new Error(`expected a list of ${key} alone, got ${offered.join(', ')}`);
  await choose(flow, key);
}

/**
 * Records the page's pending `setTimeout` timers, so a test can wait until every timer pending at one moment has
 * run or been cleared: proof that work scheduled before then (such as the next poll) has had its chance to happen.
 */
export function trackTimers(): { pendingIds(minDelay?: number): number[]; settled(ids: number[]): boolean; restore(): void } {
  const originalSet = window.setTimeout;
  const originalClear = window.clearTimeout;
  const pending = new Map<number, number>();
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    const id: number = originalSet(
      (...callArgs: unknown[]) => {
        pending.delete(id);
        if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...callArgs);
      },
      delay,
      ...args,
    );
    pending.set(id, delay ?? 0);
    return id;
  }) as typeof setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) pending.delete(id);
    originalClear(id);
  }) as typeof clearTimeout;
  return {
    pendingIds: (minDelay = 0) => [...pending].filter(([, delay]) => delay >= minDelay).map(([id]) => id),
    settled: (ids) => ids.every((id) => !pending.has(id)),
    restore() {
      window.setTimeout = originalSet;
      window.clearTimeout = originalClear;
    },
  };
}

/**
 * The stateHandle behind a `redirect-idp` href, for the emulator's `POST /dev/idps/<id>/choose {stateToken}`: the
 * href carries only an opaque `request_uri` (as on Okta), so it is read from the provider page's form, as the
 * page's own buttons send it.
 */
export async function providerStateToken(href: string): Promise<string> {
  const html = await (await fetch(href)).text();
  const token = /name="stateToken" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error(`no stateToken on the provider page ${href}`);
  return token;
}

/** Puts an `<okta-flow>` on the page with no configuration yet, as a framework does before it applies its bindings. */
export function mountUnconfigured(): OktaFlow {
  const flow = document.createElement('okta-flow');
  document.body.append(flow);
  mounted.push(flow);
  return flow;
}
