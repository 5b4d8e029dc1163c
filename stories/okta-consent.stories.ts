import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { stepArgTypes, renderFlow, type FlowArgs } from './flow-story.js';
import * as consentStates from '../test/fixtures/consent-states.js';
import { authenticatorsReady } from '../src/authenticators/registry.js';

// `<okta-consent>` inside `<okta-flow>`, which renders the given state with no server: the app (logo and name),
// the scopes it asks for with Okta's labels and descriptions, "Allow" and "Don't allow". The screens load on
// demand; each story waits for them. (The docs page text and the API table come from custom-elements.json.)
const meta = {
  title: 'Steps/okta-consent',
  component: 'okta-consent',
  argTypes: stepArgTypes,
  args: { state: consentStates.consent },
  loaders: [() => authenticatorsReady()],
  render: (args) => renderFlow(args, html`<okta-consent></okta-consent>`),
} satisfies Meta<FlowArgs>;

export default meta;
type Story = StoryObj<FlowArgs>;

/** `consent`: "Allow Acme Reader to access your account?", the scopes, the app's terms and privacy policy. */
export const Default: Story = {};

/** The answer is on the way: both buttons refuse a second press. */
export const Submitting: Story = { args: { state: consentStates.consentSubmitting } };

/** The server refused the answer: its message at the top, the screen stays. */
export const PageError: Story = { args: { state: consentStates.consentError } };

/** Okta named no app (no logo, no links). */
export const UnnamedApp: Story = { args: { state: consentStates.consentUnnamedApp } };

/** `granular-consent`: a checkbox for each scope the person may leave out. */
export const Granular: Story = { args: { state: consentStates.granularConsent } };

/** Okta's "Stay signed in?" after authentication (`keep-me-signed-in`). */
export const StaySignedIn: Story = { args: { state: consentStates.keepSignedIn } };

/** "Stay signed in?" while the answer is on the way. */
export const StaySignedInSubmitting: Story = { args: { state: consentStates.keepSignedInSubmitting } };

/** The dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };
