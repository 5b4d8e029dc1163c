import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { stepArgTypes, flowStates, renderFlow, type FlowArgs } from './flow-story.js';

// `<okta-generic-step>` inside `<okta-flow>`: the fallback form built from the remediation's inputs.
// These stories show `select-authenticator-authenticate` as the fallback renders it, with no other child
// (in the default set, `<okta-select-authenticator>` handles it).
// (The docs page text and the API table come from custom-elements.json.)
const meta = {
  title: 'Steps/okta-generic-step',
  component: 'okta-generic-step',
  argTypes: stepArgTypes,
  args: { state: flowStates.genericSelect },
  render: (args) => renderFlow(args, html`<okta-generic-step></okta-generic-step>`),
} satisfies Meta<FlowArgs>;

export default meta;
type Story = StoryObj<FlowArgs>;

/** A choice of authenticators, rendered as radio buttons. */
export const Default: Story = {};

/** A request is in flight. */
export const Submitting: Story = { args: { state: flowStates.genericSubmitting } };

/** The server put an error on the choice. */
export const FieldError: Story = { args: { state: flowStates.genericFieldError } };

/** A page-level error: too many requests. */
export const PageError: Story = { args: { state: flowStates.genericPageError } };

/** `theme="dark"` on the root. */
export const Dark: Story = { args: { theme: 'dark' } };
