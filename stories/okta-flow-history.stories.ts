import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { flowStates, type Theme } from './flow-story.js';
import type { FlowState } from '../src/state/flow-state.js';
import type { OktaFlow } from '../src/flow/okta-flow.js';
import type { Strings } from '../src/i18n/localize.js';
import { defaultLocalizer } from '../src/i18n/localize.js';

// `<okta-flow history>`: the browser's Back button. Here the root is in preview mode (no server): it shows `before`,
// then `state` (each gets a history entry), then Back is simulated to `before`'s entry. Where going back means
// cancelling the transaction, the flow asks first, in place of the step: "Start over?" with "Start over" and
// "Stay on this step" (focused; Escape chooses it). In preview mode the answers send nothing.

interface HistoryArgs {
  /** The step Back goes to (its entry comes first). */
  before: FlowState;
  /** The step on screen when Back is pressed. */
  state: FlowState;
  theme?: Theme;
  /** The root's `strings`: the question's keys (`history.leave.*`) worded the app's way. */
  strings?: Strings;
  /** Press Back once the two steps are shown (off: the flow as it is before Back, or a state of its own). */
  back: boolean;
}

/** The entry the simulated Back arrives at: the first step of the flow, written by the same run of the flow. */
const firstEntry = (before: FlowState) => {
  const { run } = (history.state as { oktaFlow: { run: string } }).oktaFlow;
  return { oktaFlow: { n: 0, trail: [{ step: before.step?.name ?? 'identify' }], run } };
};

function renderHistoryFlow(args: HistoryArgs): OktaFlow {
  const flow = document.createElement('okta-flow');
  if (args.theme) flow.setAttribute('theme', args.theme);
  flow.strings = args.strings ?? {};
  flow.history = true;
  flow.state = args.back ? args.before : args.state;
  if (args.back) {
    // Once the Back button's module (it loads on demand) has given `before` its entry: the step on screen, then Back.
    history.replaceState(null, '');
    void recorded().then(() => {
      flow.state = args.state;
      window.dispatchEvent(new PopStateEvent('popstate', { state: firstEntry(args.before) }));
    });
  }
  return flow;
}

/** Resolves once the flow has recorded its first step in the history entry. */
function recorded(): Promise<void> {
  return new Promise((resolve) => {
    const check = () => ((history.state as { oktaFlow?: unknown } | null)?.oktaFlow ? resolve() : setTimeout(check, 20));
    check();
  });
}

const meta = {
  title: 'okta-flow/Back button (history)',
  component: 'okta-flow',
  argTypes: {
    before: { control: 'object', description: 'The step Back goes to.' },
    state: { control: 'object', description: 'The step on screen when Back is pressed.' },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    back: { control: 'boolean' },
  },
  args: { before: flowStates.identify, state: flowStates.selectVerify, back: true },
  render: (args) => renderHistoryFlow(args),
} satisfies Meta<HistoryArgs>;

export default meta;
type Story = StoryObj<HistoryArgs>;

/** Back from the authenticator list to the username: Okta allows it only by cancelling, so the flow asks first. */
export const AskBeforeCancelling: Story = {};

/** The same question from the password step. */
export const FromThePassword: Story = { args: { state: flowStates.challengePassword } };

/** The question in the dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };

/** The app's own words for the question (`strings` by catalogue key). */
export const AppWording: Story = {
  args: {
    strings: {
      'history.leave.heading': 'Leave this sign-in?',
      'history.leave.text': 'You will need to enter your username again.',
      'history.leave.confirm': 'Leave',
      'history.leave.stay': 'Keep going',
    },
  },
};

/** Busy: "Start over" was chosen; the transaction is cancelled and a new one starts. */
export const StartingOver: Story = { args: { state: flowStates.starting, back: false } };

/** Error: the new start failed (the service could not be reached); with a server, "Try again" and "Start over" follow. */
export const StartOverFailed: Story = {
  args: {
    back: false,
    state: {
      ...flowStates.starting,
      status: 'error',
      messages: [{ text: defaultLocalizer.t('error.network'), level: 'error' }],
      error: { code: 'network-error', message: defaultLocalizer.t('error.network') },
    },
  },
};
