import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { stepArgTypes, flowStates, renderFlow, type FlowArgs } from './flow-story.js';

// `<okta-reset-password>` inside `<okta-flow>`, which renders the given state with no server: the new
// password at the end of a recovery, an expired password, and one that expires soon. Type a password: the
// org's rules are ticked as you type, as when setting one up.
// (The docs page text and the API table come from custom-elements.json.)
const meta = {
  title: 'Steps/okta-reset-password',
  component: 'okta-reset-password',
  argTypes: stepArgTypes,
  args: { state: flowStates.resetPassword },
  render: (args) => renderFlow(args, html`<okta-reset-password heading=${ifDefined(args.heading)}></okta-reset-password>`),
} satisfies Meta<FlowArgs>;

export default meta;
type Story = StoryObj<FlowArgs>;

// ---- Reset (the end of a password recovery) ----

/** `reset-authenticator`: "Reset your password", the rules, a confirmation, and "Sign me out of all other devices". */
export const Default: Story = {};

/** A request is in flight. */
export const Submitting: Story = { args: { state: flowStates.resetPasswordSubmitting } };

/** The server refused the password (one of the last four): the message on the password field. */
export const PasswordRefused: Story = { args: { state: flowStates.resetPasswordRefused } };

/** A page-level error: the service could not be reached. */
export const PageError: Story = { args: { state: flowStates.resetPasswordPageError } };

// ---- Expired ----

/** `reenroll-authenticator`: "Your password has expired", a new one before going on. */
export const Expired: Story = { args: { state: flowStates.expiredPassword } };

/** Changing the expired password. */
export const ExpiredSubmitting: Story = { args: { state: flowStates.expiredPasswordSubmitting } };

/** The server refused the new password. */
export const ExpiredRefused: Story = { args: { state: flowStates.expiredPasswordRefused } };

/** A page-level error while changing it. */
export const ExpiredPageError: Story = { args: { state: flowStates.expiredPasswordPageError } };

// ---- Expiring soon ----

/** `reenroll-authenticator-warning`: the days left, "Change password" and "Remind me later" (`skip`). */
export const Expiring: Story = { args: { state: flowStates.expiringPassword } };

/** The password expires today (`daysToExpiry: 0`). */
export const ExpiringToday: Story = { args: { state: flowStates.expiringPasswordToday } };

/** Okta sent no number of days. */
export const ExpiringSoon: Story = { args: { state: flowStates.expiringPasswordSoon } };

/** Okta sent no sentence about the expiry: the form says why itself. */
export const ExpiringWithoutMessage: Story = { args: { state: flowStates.expiringPasswordWithoutMessage } };

/** Changing it now. */
export const ExpiringSubmitting: Story = { args: { state: flowStates.expiringPasswordSubmitting } };

/** A page-level error while changing it. */
export const ExpiringPageError: Story = { args: { state: flowStates.expiringPasswordPageError } };

/** `theme="dark"` on the root. */
export const Dark: Story = { args: { theme: 'dark' } };

/** A refused password in the dark theme. */
export const DarkRefused: Story = { args: { state: flowStates.resetPasswordRefused, theme: 'dark' } };
