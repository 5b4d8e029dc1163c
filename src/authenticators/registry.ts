import { svg, type SVGTemplateResult } from 'lit';
import type { FlowAuthenticator, FlowStep } from '../state/flow-state.js';
import type { Translate } from '../step/validators.js';
import { codeFieldOf } from './code-views.js';
import type { AuthenticatorMode, AuthenticatorModule, View } from './types.js';
import { password } from './password.js';
import { email } from './email.js';
import { phone } from './phone.js';
import { passcode } from './passcode.js';
import { oktaVerify } from './okta-verify.js';
import { securityQuestion } from './security-question.js';
import { securityKey } from './security-key.js';

/**
 * Every authenticator okta-elements shows, by module. Adding one is a new file in this folder (an
 * `AuthenticatorModule`) and one line here.
 */
export const AUTHENTICATOR_MODULES: readonly AuthenticatorModule[] = [
  password,
  email,
  phone,
  passcode,
  oktaVerify,
  securityQuestion,
  securityKey,
];

const byKey = new Map(AUTHENTICATOR_MODULES.flatMap((module) => module.keys.map((key) => [key, module] as const)));

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
  const known = authenticator ? byKey.get(authenticator.key) : undefined;
  if (known) return known;
  return step && codeFieldOf(step) ? passcode : undefined;
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
 * view for it (Okta Verify's polling steps, say). `undefined` when none can: the generic form shows it.
 */
export function resolveView(step: FlowStep, mode: AuthenticatorMode, current?: FlowAuthenticator): ResolvedView | undefined {
  const module = authenticatorModule(step.authenticator ?? current, step);
  const view = module && viewOf(module, step, mode);
  if (module && view) return { module, view };
  if (step.authenticator) return undefined;
  for (const candidate of AUTHENTICATOR_MODULES) {
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

/** A line icon drawn in currentColor, hidden from assistive technology (the name is next to it). */
export function authenticatorIcon(authenticator: FlowAuthenticator | undefined): SVGTemplateResult {
  // An authenticator okta-elements does not know gets the passcode module's generic icon.
  const module = authenticatorModule(authenticator) ?? passcode;
  return svg`<svg class="okta-icon" viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor"
    stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${
      module.icon(authenticator)
    }</svg>`;
}

/** What choosing an authenticator will do; an unknown one is described as a code app is. */
export function authenticatorAction(t: Translate, authenticator: FlowAuthenticator | undefined, enrolling: boolean): string {
  return (authenticatorModule(authenticator) ?? passcode).action(t, authenticator, enrolling);
}
