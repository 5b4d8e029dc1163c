import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { flowStates, renderFlow, type FlowArgs } from './flow-story.js';
import { authenticatorsReady } from '../src/authenticators/registry.js';

/** Properties and attributes that configure the transaction with a server. */
const SERVER_SETTINGS = [
  'issuer',
  'clientId',
  'client-id',
  'redirectUri',
  'redirect-uri',
  'scopes',
  'storeTokens',
  'store-tokens',
  'authClient',
  'requestTimeout',
  'request-timeout',
  'transactionStorage',
  'transaction-storage',
];

/** The usual children: one element per step, as an app writes them. */
const steps = html`<okta-identify></okta-identify>
  <okta-select-authenticator></okta-select-authenticator>
  <okta-challenge></okta-challenge>
  <okta-enroll></okta-enroll>
  <okta-generic-step></okta-generic-step>`;

// The root in preview mode: its `state` property is set, so it renders that state with no server
// (in an app it gets the state from Okta through `issuer` and `client-id`). Edit `state` in the
// Controls panel to try any state.
// (The docs page text and the API table come from custom-elements.json.)
const meta = {
  title: 'okta-flow',
  component: 'okta-flow',
  argTypes: {
    state: { control: 'object' },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    // The server settings do nothing in preview mode: documented in the table, without controls.
    ...Object.fromEntries(SERVER_SETTINGS.map((name) => [name, { control: false as const }])),
    // What the steps ask of the root, shown in the Actions panel.
    onOktaProceed: { action: 'okta-proceed', table: { disable: true } },
    onOktaRestart: { action: 'okta-restart', table: { disable: true } },
  },
  args: { state: flowStates.identify },
  render: (args) => renderFlow(args, steps),
} satisfies Meta<FlowArgs>;

export default meta;
type Story = StoryObj<FlowArgs>;

/** The first step of sign-in, shown by `<okta-identify>`. */
export const Default: Story = {};

/** A request is in flight: the step stays on screen, its button shows progress. */
export const Submitting: Story = { args: { state: flowStates.identifySubmitting } };

/**
 * The server refused the password. Okta says so at the top level of its answer ("Password is incorrect",
 * `incorrectPassword`), with the field bare; okta-elements puts it on the password field: marked invalid,
 * described by the message, emptied and focused.
 */
export const FieldError: Story = { args: { state: flowStates.challengeWrongPassword } };

/** A page-level error, rendered by the root above the step (an alert for screen readers). */
export const PageError: Story = { args: { state: flowStates.identifyNetworkError } };

/** The transaction expired: a terminal state with the server's message and "Start over". */
export const Expired: Story = { args: { state: flowStates.expired } };

/**
 * A policy denied access (HTTP 403, `security.access_denied`): the server's message, focused, and "Back to
 * sign in"; `okta-error` fires with code `access-denied`.
 */
export const AccessDenied: Story = { args: { state: flowStates.accessDenied } };

/** The transaction ended because the user is not assigned to the app: Okta's sentence and "Back to sign in". */
export const NotAssigned: Story = { args: { state: flowStates.userNotAssigned } };

/** The end of a password recovery (`idx.recovery.completed`): "Your password has been reset", Okta's message, and "Sign in". */
export const PasswordReset: Story = { args: { state: flowStates.recoveryCompleted } };

/** The end of an account unlock (`oie.selfservice.unlock_user.success.message`): "Account unlocked", Okta's message, and "Sign in". */
export const AccountUnlocked: Story = {
  args: { state: flowStates.unlockCompleted },
  // Its heading comes with the on-demand modules, which the unlock's verification always loaded before this end.
  loaders: [() => authenticatorsReady()],
};

/** Unlocked, and the sign-in goes on: Okta's sentence above the password step. */
export const UnlockedOnToSignIn: Story = { args: { state: flowStates.unlockedOnToSignIn } };

/**
 * Okta's rate limit (HTTP 429, `E0000047`) when its reset time cannot be read (hidden by CORS, or by the
 * app's own OktaAuth): the step stays with what was typed, and the message says to wait a minute.
 */
export const RateLimitedWithoutReset: Story = { args: { state: flowStates.identifyRateLimited } };

/** The transaction is starting: "Loading…". */
export const Starting: Story = { args: { state: flowStates.starting } };

/**
 * The server refused this page's origin (CORS): the root explains the fix. With no transaction
 * (preview mode) there is no "Try again" button.
 */
export const CorsError: Story = { args: { state: flowStates.corsError } };

/** A request got no answer within `request-timeout`: the step stays on screen with what was typed. */
export const TimedOut: Story = { args: { state: flowStates.challengeTimedOut } };

/** A 429 with `Retry-After`: the root counts the seconds down and refuses submits until then. */
export const RateLimited: Story = { args: { state: flowStates.challengeRateLimitedCountdown } };

/**
 * The token exchange failed: the transaction is gone, so the next attempt starts a new one ("Try again" and
 * "Start over" appear with a live transaction; preview mode has none).
 */
export const TransactionLost: Story = { args: { state: flowStates.transactionLost } };

/** Signed in: the tokens went to the app in `okta-success`. */
export const Success: Story = { args: { state: flowStates.success } };

/** Self-service registration's `enroll-profile`, shown by `<okta-register>` (see its own stories). */
export const UnhandledStep: Story = { args: { state: flowStates.unhandledProfile } };

/** Multi-factor: the list of authenticators, rendered by `<okta-select-authenticator>`. */
export const ChooseAuthenticator: Story = { args: { state: flowStates.selectVerify } };

/** Multi-factor: an Okta Verify push with a number challenge, rendered by `<okta-challenge>`. */
export const PushNumberChallenge: Story = { args: { state: flowStates.challengePushNumber } };

/** With no children, the root adds the default steps itself (`<okta-identify>`, `<okta-challenge>`...). */
export const NoChildren: Story = {
  args: { state: flowStates.challengePassword },
  render: (args) =>
    html`<okta-flow
      .state=${args.state}
      theme=${ifDefined(args.theme)}
      @okta-proceed=${args.onOktaProceed}
      @okta-restart=${args.onOktaRestart}
    ></okta-flow>`,
};

/**
 * `strings`: the app replaces any sentence by its catalogue key (here the identify heading and button); every
 * other key keeps its default.
 */
export const CustomStrings: Story = {
  args: { state: flowStates.identify, strings: { 'identify.heading': 'Welcome back', 'step.next': 'Continue' } },
};

/** `theme="dark"`: the root's colours switch, and the steps inside follow. */
export const Dark: Story = { args: { state: flowStates.identifyNetworkError, theme: 'dark' } };

/** The terminal state in the dark theme. */
export const DarkExpired: Story = { args: { state: flowStates.expired, theme: 'dark' } };

/** Access denied in the dark theme. */
export const DarkAccessDenied: Story = { args: { state: flowStates.accessDenied, theme: 'dark' } };
