/**
 * What the stories share: `<okta-flow>` in preview mode (its `state` set, no server), the args every
 * story has, and the few states the test fixtures do not provide.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ArgTypes } from '@storybook/web-components-vite';
import '../src/index.js';
import type { FlowMessage, FlowState } from '../src/state/flow-state.js';
import type { OktaErrorCode } from '../src/events/okta-error.js';
import { defaultLocalizer, type Strings } from '../src/i18n/localize.js';
import * as states from '../test/fixtures/flow-states.js';

/** Table category of the root's args in step stories. */
const ROOT = 'okta-flow (the root)';

export type Theme = 'light' | 'dark';

/** Args of every story: the root's state and theme, the step's heading, and the step's events (actions). */
export interface FlowArgs {
  state: FlowState;
  theme?: Theme;
  heading?: string;
  /** The root's `strings`: catalogue keys the app words its own way. */
  strings?: Strings;
  onOktaProceed?: (event: Event) => void;
  onOktaRestart?: (event: Event) => void;
  /** "Choose another method": in preview mode the root shows nothing else, the event is logged. */
  onOktaShowStep?: (event: Event) => void;
}

/**
 * Arg types of a step story. The step element's own (heading, events...) come from custom-elements.json;
 * these add the root's state and theme.
 */
export const stepArgTypes: Partial<ArgTypes<FlowArgs & { active: boolean }>> = {
  state: {
    control: 'object',
    description:
      'The `FlowState` given to the root `<okta-flow>` (its `state` property): it renders that state with no server.',
    table: { category: ROOT, type: { summary: 'FlowState' } },
  },
  theme: {
    control: 'inline-radio',
    options: ['light', 'dark'],
    description: 'The `theme` attribute of the root `<okta-flow>`. Unset: the OS preference decides.',
    table: { category: ROOT, type: { summary: "'light' | 'dark'" } },
  },
  // Set by the root on the child that renders the current step: documented, not a control.
  active: { control: false },
};

/**
 * `<okta-flow .state=${state}>` with the given children. Events the steps send to the root are shown
 * in the Actions panel; in preview mode the root sends nothing to a server.
 */
export function renderFlow(args: FlowArgs, children: TemplateResult): TemplateResult {
  return html`<okta-flow
    .state=${args.state}
    theme=${ifDefined(args.theme)}
    .strings=${args.strings ?? {}}
    @okta-proceed=${args.onOktaProceed}
    @okta-restart=${args.onOktaRestart}
    @okta-show-step=${args.onOktaShowStep}
    >${children}</okta-flow
  >`;
}

/** A state with a page-level error, as the root shows when a request fails. */
function withPageError(state: FlowState, code: OktaErrorCode, text: string): FlowState {
  return { ...state, messages: [{ text, level: 'error' }], error: { code, message: text } };
}

/** A state whose field `name` carries the given server message. */
function withFieldError(state: FlowState, name: string, message: FlowMessage, value?: unknown): FlowState {
  const step = state.step!;
  const fields = step.fields.map((field) =>
    field.name === name ? { ...field, messages: [message], ...(value === undefined ? {} : { value }) } : field,
  );
  const withFields = { ...step, fields };
  return { ...state, step: withFields, steps: [withFields, ...state.steps.slice(1)] };
}

// The flow's own wording, from the catalogue.
const NETWORK = defaultLocalizer.t('error.network');
const SERVER = defaultLocalizer.t('error.server');
const RATE_LIMITED = defaultLocalizer.t('error.rateLimited');

/** The fixtures' states, plus the field and page errors they leave out. */
export const flowStates = {
  ...states,
  identifyFieldError: withFieldError(
    states.identify,
    'identifier',
    { text: 'This field cannot be left blank', key: 'model.validation.field.blank', level: 'error' },
  ),
  challengePageError: withPageError(states.challengePassword, 'network-error', NETWORK),
  enrollPageError: withPageError(states.enrollPassword, 'server-error', SERVER),
  genericSubmitting: { ...states.genericSelect, status: 'submitting' } satisfies FlowState,
  genericFieldError: withFieldError(states.genericSelect, 'authenticator', {
    text: 'Select a security method',
    level: 'error',
  }),
  genericPageError: withPageError(states.genericSelect, 'rate-limited', RATE_LIMITED),
  identifyRecoveryPageError: withPageError(states.identifyRecovery, 'network-error', NETWORK),
  selectToRecoverPageError: withPageError(states.selectToRecover, 'server-error', SERVER),
  resetPasswordPageError: withPageError(states.resetPassword, 'network-error', NETWORK),
  expiredPasswordPageError: withPageError(states.expiredPassword, 'server-error', SERVER),
  expiringPasswordPageError: withPageError(states.expiringPassword, 'network-error', NETWORK),
  unlockAccountPageError: withPageError(states.unlockAccount, 'network-error', NETWORK),
};
