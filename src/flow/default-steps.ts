import { StepElement } from '../step/step-element.js';

/**
 * The steps `<okta-flow>` shows when the app composes none of its own (their modules are imported by okta-flow.ts).
 *
 * They are added to the light DOM (where password managers see the forms) only once the flow has a step to show:
 * after the first server answer, or when a state is set for a preview. Never when the element upgrades or
 * connects: a server-rendered `<okta-flow>` must keep exactly the children the server sent until the framework
 * has hydrated it (React throws error #418 on unexpected children), and the first answer comes a network round
 * trip later. Until then the "Loading…" line lives in the shadow root, which hydration never sees.
 */
export const DEFAULT_STEPS = [
  'okta-identify',
  'okta-select-authenticator',
  'okta-challenge',
  'okta-enroll',
  'okta-reset-password',
  'okta-register',
  'okta-consent',
  'okta-redirect-idp',
  'okta-generic-step',
] as const;

/** The step that renders any remediation, chosen when no other child handles the current one. */
export const FALLBACK_TAG = 'okta-generic-step';

const DEFAULT_MARK = 'data-okta-default';

/**
 * One of the app's own steps: a step element it put inside the flow, or a custom element of its own not defined
 * yet (its module may still be loading; once defined it announces itself). Other children (a paragraph, a
 * framework's placeholder) are not steps and do not keep the defaults away.
 */
export function isOwnStep(child: Element): boolean {
  if (child.hasAttribute(DEFAULT_MARK)) return false;
  return child instanceof StepElement || (child.localName.includes('-') && !customElements.get(child.localName));
}

/** Whether the flow has any step of the app's own. */
export function hasOwnSteps(flow: Element): boolean {
  return Array.from(flow.children).some(isOwnStep);
}

/** A step element added by the flow itself, marked so that the app's own steps can replace it. */
export function createDefaultStep(tag: string): HTMLElement {
  const step = document.createElement(tag);
  step.setAttribute(DEFAULT_MARK, '');
  return step;
}

/** Adds the default steps the flow lacks, in one append, so no step is chosen before the fallback is there. */
export function addDefaultSteps(flow: Element): void {
  const present = new Set(
    Array.from(flow.children)
      .filter((child) => child.hasAttribute(DEFAULT_MARK))
      .map((child) => child.localName),
  );
  const missing = DEFAULT_STEPS.filter((tag) => !present.has(tag)).map(createDefaultStep);
  if (missing.length > 0) flow.append(...missing);
}

/** Removes the steps the flow added itself (the app's own arrived). */
export function removeDefaultSteps(flow: Element): void {
  flow.querySelectorAll(`:scope > [${DEFAULT_MARK}]`).forEach((node) => node.remove());
}
