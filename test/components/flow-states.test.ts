import { expect } from '@open-wc/testing';
import { renderFlow } from '../fixtures/render.js';
import * as states from '../fixtures/flow-states.js';
import type { OktaFlow } from '../../src/flow/okta-flow.js';
import type { FlowMessage, FlowState, FlowStep } from '../../src/state/flow-state.js';

/**
 * Every state exported by test/fixtures/flow-states.ts, rendered by `<okta-flow>` in preview mode with its
 * default steps. The module's exports are iterated, so a state added there is covered here with no edit.
 */

/** The default element that shows each remediation; any other one falls to the generic form. */
const ELEMENT_FOR_STEP: Readonly<Record<string, string>> = {
  identify: 'okta-identify',
  'select-authenticator-authenticate': 'okta-select-authenticator',
  'select-authenticator-enroll': 'okta-select-authenticator',
  'select-authenticator-unlock-account': 'okta-select-authenticator',
  'challenge-authenticator': 'okta-challenge',
  'authenticator-verification-data': 'okta-challenge',
  'challenge-poll': 'okta-challenge',
  resend: 'okta-challenge',
  'enroll-authenticator': 'okta-enroll',
  'authenticator-enrollment-data': 'okta-enroll',
  'enroll-poll': 'okta-enroll',
  'select-enrollment-channel': 'okta-enroll',
  'enrollment-channel-data': 'okta-enroll',
  'identify-recovery': 'okta-identify',
  'reset-authenticator': 'okta-reset-password',
  'reenroll-authenticator': 'okta-reset-password',
  'reenroll-authenticator-warning': 'okta-reset-password',
  'enroll-profile': 'okta-register',
  'profile-update': 'okta-register',
};

const isFlowState = (value: unknown): value is FlowState =>
  typeof value === 'object' && value !== null && 'status' in value && Array.isArray((value as FlowState).steps);

const exported = Object.entries(states);

const textOf = (element: Element | null | undefined): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The flow's own message regions (the loading line is a status too, outside them). */
const alertRegion = (flow: OktaFlow) => flow.shadowRoot!.querySelector('[part~="messages"] [role="alert"]');
const statusRegion = (flow: OktaFlow) => flow.shadowRoot!.querySelector('[part~="messages"] [role="status"]');

/** The text of every element an input's aria-describedby names. */
function descriptionOf(input: Element): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => textOf(input.ownerDocument.getElementById(id))).join(' ');
}

/** Error messages by input name: the step's fields and the inputs inside their options (paths relative to the field). */
function fieldErrorsOf(step: FlowStep): Map<string, FlowMessage[]> {
  const found = new Map<string, FlowMessage[]>();
  const add = (name: string, messages: readonly FlowMessage[]) => {
    const errors = messages.filter((m) => m.level === 'error');
    if (errors.length > 0 && !found.has(name)) found.set(name, errors);
  };
  for (const field of step.fields) {
    add(field.name, field.messages);
    for (const option of field.options ?? []) for (const sub of option.fields ?? []) add(`${field.name}.${sub.name}`, sub.messages);
  }
  return found;
}

function expectStepShown(flow: OktaFlow, state: FlowState): Element {
  const step = state.step!;
  const active = [...flow.children].filter((child) => (child as unknown as { active?: boolean }).active);
  expect(active.map((child) => child.localName), 'exactly one step element is active').to.have.length(1);
  expect(active[0].localName, `the element that shows ${step.name}`).to.equal(ELEMENT_FOR_STEP[step.name] ?? 'okta-generic-step');
  const form = active[0].querySelector('form');
  expect(form, `${step.name} is shown in a form`).not.to.equal(null);
  const heading = form!.querySelector('h2');
  expect(textOf(heading), 'the form has a heading').not.to.equal('');
  expect(form!.getAttribute('aria-labelledby'), 'the form is named by its heading').to.equal(heading!.id);
  // The other step elements render nothing.
  for (const child of flow.children) if (child !== active[0]) expect(child.querySelector('form'), child.localName).to.equal(null);
  return active[0];
}

describe('every fixture state, rendered by <okta-flow> with its default steps', () => {
  it('test/fixtures/flow-states.ts exports only states, and many of them', () => {
    for (const [name, value] of exported) expect(isFlowState(value), `${name} is a FlowState`).to.equal(true);
    expect(exported.length).to.be.greaterThan(50);
  });

  for (const [name, value] of exported) {
    const state = value as FlowState;
    it(`${name} (${state.status}${state.step ? `, ${state.step.name}` : ''})`, async () => {
      const flow = await renderFlow(state);
      const errors = state.messages.filter((m) => m.level === 'error');
      const notes = state.messages.filter((m) => m.level !== 'error');

      // Page-level messages: errors are announced as alerts, the others as status, each as its text.
      const alerts = [...alertRegion(flow)!.querySelectorAll('p')].map(textOf);
      const statuses = [...statusRegion(flow)!.querySelectorAll('p')].map(textOf);
      expect(alerts, 'errors in role=alert').to.deep.equal(errors.map((m) => squash(m.text)));
      expect(statuses, 'other messages in role=status').to.deep.equal(notes.map((m) => squash(m.text)));

      if (state.step && (state.status === 'ready' || state.status === 'submitting')) {
        const active = expectStepShown(flow, state);
        const busy = active.querySelectorAll('form button[aria-disabled="true"]');
        if (state.status === 'submitting') expect(busy.length, 'a busy button while submitting').to.be.greaterThan(0);
        else expect(active.querySelector('form button[type="submit"][aria-disabled="true"]'), 'no busy submit while ready').to.equal(null);
        // Field errors: on the field, marked invalid and tied to it by aria-describedby.
        for (const [fieldName, fieldErrors] of fieldErrorsOf(state.step)) {
          const input = active.querySelector(`form [name="${fieldName}"]`);
          expect(input, `the field ${fieldName} with an error is shown`).not.to.equal(null);
          expect(input!.getAttribute('aria-invalid'), `${fieldName} is marked invalid`).to.equal('true');
          for (const message of fieldErrors) expect(descriptionOf(input!), `${fieldName} is described by its error`).to.contain(squash(message.text));
        }
      } else {
        for (const child of flow.children) expect(child.querySelector('form'), `no form while ${state.status}`).to.equal(null);
      }

      const root = flow.shadowRoot!;
      if (state.status === 'starting') expect(root.querySelector('[part="loading"]')!.getAttribute('role')).to.equal('status');
      else expect(root.querySelector('[part="loading"]'), 'no loading line').to.equal(null);
      if (state.status === 'terminal') expect(root.querySelector('[part~="terminal"] button'), 'a way on from a terminal state').not.to.equal(null);
      if (state.status === 'success') expect(root.querySelector('[part="success"]')!.getAttribute('role')).to.equal('status');
      if (state.status === 'error' || (state.status === 'terminal' && state.error)) expect(alerts.length, 'what stopped the flow is said').to.be.greaterThan(0);
      // An end that is no failure (a password reset) is said too, as a status.
      if (state.status === 'terminal' && !state.error) expect(statuses.length, 'how the flow ended is said').to.be.greaterThan(0);

      await expect(flow).to.be.accessible();
    });
  }
});
