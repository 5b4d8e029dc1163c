import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { stepArgTypes, flowStates, renderFlow, type FlowArgs } from './flow-story.js';

// `<okta-select-authenticator>` inside `<okta-flow>`, which renders the given state with no server.
// Choose an option: the element's `okta-proceed` event (with `{ authenticator: { id, methodType } }`)
// shows in the Actions panel.
// (The docs page text and the API table come from custom-elements.json.)
const meta = {
  title: 'Steps/okta-select-authenticator',
  component: 'okta-select-authenticator',
  argTypes: stepArgTypes,
  args: { state: flowStates.selectVerify },
  render: (args) =>
    renderFlow(args, html`<okta-select-authenticator heading=${ifDefined(args.heading)}></okta-select-authenticator>`),
} satisfies Meta<FlowArgs>;

export default meta;
type Story = StoryObj<FlowArgs>;

/**
 * `select-authenticator-authenticate`: every kind of authenticator the person has, each with its icon,
 * its name and what choosing it does (with the masked address or number). The phone offers a text
 * message or a call.
 */
export const Default: Story = {};

/** "Choose another method" beside an email challenge: the list the server sent with it. */
export const ChooseAnother: Story = { args: { state: flowStates.chooseAnother } };

/** A request is in flight: the buttons stay focusable (`aria-disabled`) and a second choice is ignored. */
export const Submitting: Story = { args: { state: flowStates.selectVerifySubmitting } };

/** A page-level error from the server: the chosen authenticator cannot be used. */
export const PageError: Story = { args: { state: flowStates.selectVerifyUnavailable } };

/**
 * `select-authenticator-enroll` with `skip` offered: the authenticators to set up and "Set up later"
 * (the emulator's `policy.optional`).
 */
export const Enroll: Story = { args: { state: flowStates.selectEnroll } };

/** Setting up, a request in flight. */
export const EnrollSubmitting: Story = { args: { state: flowStates.selectEnrollSubmitting } };

/** `theme="dark"` on the root. */
export const Dark: Story = { args: { theme: 'dark' } };

/** The enrollment list in the dark theme. */
export const DarkEnroll: Story = { args: { state: flowStates.selectEnroll, theme: 'dark' } };

/** The `heading` property (or attribute) replaces the default. */
export const CustomHeading: Story = { args: { heading: 'One more step' } };

// ---- Password recovery ----

/** The methods the recovery policy allows, worded for a reset ("Reset your password"). */
export const Recovery: Story = { args: { state: flowStates.selectToRecover } };

/** Sending the choice. */
export const RecoverySubmitting: Story = { args: { state: flowStates.selectToRecoverSubmitting } };

/** A page-level error while choosing. */
export const RecoveryPageError: Story = { args: { state: flowStates.selectToRecoverPageError } };

// ---- Account unlock (`select-authenticator-unlock-account`) ----

/** "Unlock account": the username, the methods the unlock policy allows, and "Back to sign in". */
export const Unlock: Story = { args: { state: flowStates.unlockAccount } };

/** Sending the username and the choice. */
export const UnlockSubmitting: Story = { args: { state: flowStates.unlockAccountSubmitting } };

/** Okta does not know the username: its message on the username field. */
export const UnlockUnknownUser: Story = { args: { state: flowStates.unlockAccountUnknownUser } };

/** A page-level error while unlocking. */
export const UnlockPageError: Story = { args: { state: flowStates.unlockAccountPageError } };
