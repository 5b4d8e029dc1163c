import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { FlowAuthenticator, FlowStep } from '../state/flow-state.js';
import type { Translate } from '../step/validators.js';
import { codeFieldOf } from './code-fields.js';
import { addEnglish } from '../i18n/localize.js';
import { LoadOnce } from './load-once.js';
import type { AuthenticatorMode, AuthenticatorModule, View } from './types.js';
import { password } from './password.js';

/**
 * The authenticators in the main bundle: what a password sign-in needs (the password's set-up screen is
 * not: `./on-demand.ts` completes the module). Every other one is a line in `./on-demand.ts`. Adding an authenticator is a new file in this folder (an `AuthenticatorModule`) and one
 * line there (or here, for the rare one that every sign-in needs).
 */
const BUNDLED_MODULES: readonly AuthenticatorModule[] = [password];

/**
 * The other authenticators (`./on-demand.ts`): one file beside the bundle, fetched the first time a step
 * needs one of them. A test may replace its `fetch` before anything is loaded.
 */
export const onDemandAuthenticators = new LoadOnce(() => import('./on-demand.js'));

// Their sentences join the catalogue as they arrive, before any view that shows them renders (this
// listener is the first, whoever loads the file).
onDemandAuthenticators.subscribe(() => {
  const loaded = onDemandAuthenticators.value;
  if (loaded) addEnglish(loaded.ON_DEMAND_STRINGS);
});

/** Resolves once every authenticator module is there, starting the load if needed: for tests and stories. */
export function authenticatorsReady(): Promise<void> {
  return onDemandAuthenticators.load().then(() => undefined);
}

/** Every module loaded so far: the bundled ones, then the on-demand ones once they are there. */
export function authenticatorModules(): readonly AuthenticatorModule[] {
  const onDemand = onDemandAuthenticators.value?.ON_DEMAND_MODULES;
  if (!onDemand) return BUNDLED_MODULES;
  // A bundled module that the file completes (the password, with its set-up screen) gives way to it.
  const completed = onDemand.map((module) => module.keys[0]);
  return [...BUNDLED_MODULES.filter((module) => !completed.includes(module.keys[0])), ...onDemand];
}

const byKeyOf = (modules: readonly AuthenticatorModule[]) =>
  new Map(modules.flatMap((module) => module.keys.map((key) => [key, module] as const)));
const bundledByKey = byKeyOf(BUNDLED_MODULES);
let loadedByKey: ReadonlyMap<string, AuthenticatorModule> | undefined;

function moduleByKey(key: string): AuthenticatorModule | undefined {
  if (!onDemandAuthenticators.value) return bundledByKey.get(key);
  loadedByKey ??= byKeyOf(authenticatorModules());
  return loadedByKey.get(key);
}

/** The passcode module, for an authenticator okta-elements does not know; `undefined` until loaded. */
const fallbackModule = (): AuthenticatorModule | undefined => onDemandAuthenticators.value?.FALLBACK_MODULE;

/**
 * Whether showing a step (or an authenticator in a list) must wait for the on-demand modules: they are
 * not loaded yet and the authenticator is not one of the main bundle's (a step naming none may be any), or,
 * given a `mode`, its bundled module has no main view for it (the password's set-up screen comes on demand).
 */
export function needsOnDemandModules(authenticator: FlowAuthenticator | undefined, mode?: AuthenticatorMode): boolean {
  const bundled = authenticator && bundledByKey.get(authenticator.key);
  return !onDemandAuthenticators.value && (!bundled || (mode !== undefined && !bundled[mode]));
}

/** The remediation each mode's main view answers; the steps around it are in each module's `around`. */
const MAIN_STEP: Readonly<Record<AuthenticatorMode, string>> = {
  verify: 'challenge-authenticator',
  enroll: 'enroll-authenticator',
};

/**
 * The module of an authenticator, by its key. An authenticator okta-elements does not know gets the
 * passcode module when its step asks for a code (`credentials.passcode` or `credentials.totp`).
 */
export function authenticatorModule(authenticator: FlowAuthenticator | undefined, step?: FlowStep): AuthenticatorModule | undefined {
  const known = authenticator ? moduleByKey(authenticator.key) : undefined;
  if (known) return known;
  return step && codeFieldOf(step) ? fallbackModule() : undefined;
}

/** A module's view of a step in a mode, if it has one. */
export function viewOf(module: AuthenticatorModule, step: FlowStep, mode: AuthenticatorMode): View | undefined {
  if (step.name === MAIN_STEP[mode]) return mode === 'verify' ? module.verify : module.enroll;
  return module.around?.[mode]?.[step.name];
}

export interface ResolvedView {
  readonly module: AuthenticatorModule;
  readonly view: View;
}

/**
 * The module and view that show a step: the step's own authenticator, else `current` (the one the flow
 * is verifying or setting up). A step that names no authenticator falls back on the module that has a
 * view for it (Okta Verify's polling steps, say). `undefined` when none loaded so far can: then the generic
 * form shows it, unless `needsOnDemandModules(step.authenticator, mode)` says the other modules are still to come.
 */
export function resolveView(step: FlowStep, mode: AuthenticatorMode, current?: FlowAuthenticator): ResolvedView | undefined {
  const module = authenticatorModule(step.authenticator ?? current, step);
  const view = module && viewOf(module, step, mode);
  if (module && view) return { module, view };
  if (step.authenticator) return undefined;
  for (const candidate of authenticatorModules()) {
    const around = candidate.around?.[mode]?.[step.name];
    if (around) return { module: candidate, view: around };
  }
  return undefined;
}

/** An authenticator's name for people: the server's display name, else its module's, else `fallback`. */
export function authenticatorName(
  t: Translate,
  authenticator: FlowAuthenticator | undefined,
  fallback: string,
  module = authenticatorModule(authenticator),
): string {
  return authenticator?.displayName || module?.name(t, authenticator) || fallback;
}

/**
 * A line icon drawn in currentColor, hidden from assistive technology (the name is next to it). Like
 * `authenticatorAction`, complete once `needsOnDemandModules(authenticator)` is false: a list waits till then.
 */
export function authenticatorIcon(authenticator: FlowAuthenticator | undefined): SVGTemplateResult {
  // An authenticator okta-elements does not know gets the passcode module's generic icon.
  const module = authenticatorModule(authenticator) ?? fallbackModule();
  return svg`<svg class="okta-icon" viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor"
    stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${
      module?.icon(authenticator) ?? nothing
    }</svg>`;
}

/** What choosing an authenticator will do; an unknown one is described as a code app is. */
export function authenticatorAction(t: Translate, authenticator: FlowAuthenticator | undefined, enrolling: boolean): string {
  return (authenticatorModule(authenticator) ?? fallbackModule())?.action(t, authenticator, enrolling) ?? '';
}
