import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { stepArgTypes, flowStates, renderFlow, type FlowArgs } from './flow-story.js';

// `<okta-challenge>` inside `<okta-flow>`, which renders the given state with no server.
// (The docs page text and the API table come from custom-elements.json.)
const meta = {
  title: 'Steps/okta-challenge',
  component: 'okta-challenge',
  argTypes: stepArgTypes,
  args: { state: flowStates.challengePassword },
  render: (args) => renderFlow(args, html`<okta-challenge heading=${ifDefined(args.heading)}></okta-challenge>`),
} satisfies Meta<FlowArgs>;

export default meta;
type Story = StoryObj<FlowArgs>;

/** The password challenge for a known user, with "Forgot password?" (the server offers recovery). */
export const Default: Story = {};

/** The server offers no password recovery: no "Forgot password?" link. */
export const WithoutRecovery: Story = { args: { state: flowStates.challengePasswordNoRecovery } };

/** A request is in flight. */
export const Submitting: Story = { args: { state: flowStates.challengeSubmitting } };

/** The server refused the password: the error is on the field. */
export const WrongPassword: Story = { args: { state: flowStates.challengeWrongPassword } };

/** A page-level error: the request could not reach the server. */
export const PageError: Story = { args: { state: flowStates.challengePageError } };

/** `theme="dark"` on the root. */
export const Dark: Story = { args: { theme: 'dark' } };

/** A refused password in the dark theme. */
export const DarkWrongPassword: Story = { args: { state: flowStates.challengeWrongPassword, theme: 'dark' } };
