import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { stepArgTypes, flowStates, renderFlow, type FlowArgs } from './flow-story.js';

// `<okta-identify>` inside `<okta-flow>`, which renders the given state with no server. Type in the
// form and press the button: the element's `okta-proceed` event shows in the Actions panel.
// (The docs page text and the API table come from custom-elements.json.)
const meta = {
  title: 'Steps/okta-identify',
  component: 'okta-identify',
  argTypes: stepArgTypes,
  args: { state: flowStates.identify },
  render: (args) => renderFlow(args, html`<okta-identify heading=${ifDefined(args.heading)}></okta-identify>`),
} satisfies Meta<FlowArgs>;

export default meta;
type Story = StoryObj<FlowArgs>;

/** The first step: the username, and "Keep me signed in" when the org offers it. */
export const Default: Story = {};

/** The org asks for the username and the password on one form; "Forgot password?" appears when recovery is offered. */
export const WithPassword: Story = { args: { state: flowStates.identifyWithPassword } };

/** A request is in flight: the button shows progress and stays focusable (`aria-disabled`). */
export const Submitting: Story = { args: { state: flowStates.identifySubmitting } };

/** The server put an error on the username field. */
export const FieldError: Story = { args: { state: flowStates.identifyFieldError } };

/** Older orgs: no account has this username, said as information (Okta's class INFO), with what was typed kept. */
export const UnknownUser: Story = { args: { state: flowStates.identifyUnknownUser } };

/** Newer orgs: "Authentication failed" (`errors.E0000004`), which does not say whether the account exists. */
export const AuthenticationFailed: Story = { args: { state: flowStates.identifyAuthenticationFailed } };

/** The user is not assigned to the app: Okta's error above the form, from which someone else can sign in. */
export const NotAssigned: Story = { args: { state: flowStates.identifyNotAssigned } };

/** A page-level error from the browser: the request could not reach the server. */
export const NetworkError: Story = { args: { state: flowStates.identifyNetworkError } };

/** `theme="dark"` on the root. */
export const Dark: Story = { args: { state: flowStates.identifyWithPassword, theme: 'dark' } };

/** Errors in the dark theme. */
export const DarkWithError: Story = { args: { state: flowStates.identifyAuthenticationFailed, theme: 'dark' } };

/** The `heading` property (or attribute) replaces the default "Sign in". */
export const CustomHeading: Story = { args: { heading: 'Sign in to Acme' } };

// ---- Password recovery (`identify-recovery`) ----

/** Whose password to reset: "Reset your password", the username, Next and "Back to sign in". */
export const Recovery: Story = { args: { state: flowStates.identifyRecovery } };

/** Sending the username. */
export const RecoverySubmitting: Story = { args: { state: flowStates.identifyRecoverySubmitting } };

/** Okta's answer to an unknown username (older orgs): its message as a status; the form stays. */
export const RecoveryUnknownUser: Story = { args: { state: flowStates.identifyRecoveryUnknownUser } };

/** A page-level error while starting the recovery. */
export const RecoveryPageError: Story = { args: { state: flowStates.identifyRecoveryPageError } };

// ---- Account unlock ----

/** Where Okta offers `unlock-account`: "Unlock account?" under the form. */
export const WithUnlock: Story = { args: { state: flowStates.identifyWithUnlock } };
