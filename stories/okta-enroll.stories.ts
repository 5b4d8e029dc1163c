import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { stepArgTypes, flowStates, renderFlow, type FlowArgs } from './flow-story.js';

// `<okta-enroll>` inside `<okta-flow>`, which renders the given state with no server. Type a password:
// the org's requirements are checked as you type.
// (The docs page text and the API table come from custom-elements.json.)
const meta = {
  title: 'Steps/okta-enroll',
  component: 'okta-enroll',
  argTypes: stepArgTypes,
  args: { state: flowStates.enrollPassword },
  render: (args) => renderFlow(args, html`<okta-enroll heading=${ifDefined(args.heading)}></okta-enroll>`),
} satisfies Meta<FlowArgs>;

export default meta;
type Story = StoryObj<FlowArgs>;

/** A new password, with the org's requirements and a confirmation field. */
export const Default: Story = {};

/** A request is in flight. */
export const Submitting: Story = { args: { state: flowStates.enrollSubmitting } };

/** The server refused the password as too weak: the error is on the field. */
export const WeakPassword: Story = { args: { state: flowStates.enrollWeakPassword } };

/** A page-level error: the server failed. */
export const PageError: Story = { args: { state: flowStates.enrollPageError } };

/** `theme="dark"` on the root. */
export const Dark: Story = { args: { theme: 'dark' } };

/** A refused password in the dark theme. */
export const DarkWeakPassword: Story = { args: { state: flowStates.enrollWeakPassword, theme: 'dark' } };
