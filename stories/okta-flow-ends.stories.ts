import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { flowStates, renderFlow, type FlowArgs } from './flow-story.js';
import { ends } from '../test/fixtures/consent-states.js';
import { authenticatorsReady } from '../src/authenticators/registry.js';

// The ends of the account flows, as `<okta-flow>` shows them without a server: a heading, Okta's message (an
// alert for a refusal, a status for news) and the button that goes on. Their headings arrive with the
// on-demand modules (an end loads them if nothing did before), so each story waits for them.
const meta = {
  title: 'okta-flow ends',
  component: 'okta-flow',
  argTypes: { state: { control: 'object' }, theme: { control: 'inline-radio', options: ['light', 'dark'] } },
  args: { state: ends.checkEmail.state },
  loaders: [() => authenticatorsReady()],
  render: (args) => renderFlow(args, html``),
} satisfies Meta<FlowArgs>;

export default meta;
type Story = StoryObj<FlowArgs>;

/** A sign-up activated by email (`idx.email.verification.required`): "Check your email", "Back to sign in". */
export const Default: Story = {};

/** The button was pressed: the root starts a new sign-in ("Loading…"). */
export const Busy: Story = { args: { state: flowStates.starting } };

/** Starting the new sign-in failed: "Try again" and "Start over". */
export const StartError: Story = { args: { state: flowStates.corsError } };

/** `idx.return.to.original.tab`: an email link opened in another tab or browser. */
export const ReturnToOriginalTab: Story = { args: { state: ends.returnToTab.state } };

/** `idx.return.link.expired`: an email link opened too late. */
export const LinkExpired: Story = { args: { state: ends.linkExpired.state } };

/** `security.access_denied`: a policy refused the sign-in. */
export const AccessDenied: Story = { args: { state: ends.accessDenied.state } };

/** A user not assigned to the app (Okta's sentence has no key): read as access denied. */
export const NotAssigned: Story = { args: { state: flowStates.userNotAssigned } };

/** `idx.operation.cancelled.by.user`: "Don't allow" on the consent screen. */
export const ConsentDeclined: Story = { args: { state: ends.consentDeclined.state } };

/** `idx.recovery.completed`: "Your password has been reset", "Sign in". */
export const PasswordReset: Story = { args: { state: flowStates.recoveryCompleted } };

/** `oie.selfservice.unlock_user.success.message`: "Account unlocked", "Sign in". */
export const AccountUnlocked: Story = { args: { state: flowStates.unlockCompleted } };

/** The dark theme. */
export const Dark: Story = { args: { state: ends.accessDenied.state, theme: 'dark' } };
