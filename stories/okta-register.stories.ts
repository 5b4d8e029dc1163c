import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { stepArgTypes, renderFlow, type FlowArgs } from './flow-story.js';
import * as states from '../test/fixtures/registration-states.js';
import { defaultLocalizer } from '../src/i18n/localize.js';
import type { FlowState } from '../src/state/flow-state.js';

// `<okta-register>` inside `<okta-flow>`, which renders the given state with no server: self-service
// registration (`enroll-profile`: the org's profile attributes, a password where the policy sets one at
// sign-up) and progressive profiling (`profile-update`: the attributes a signed-in person lacks).
// (The docs page text and the API table come from custom-elements.json.)
const meta = {
  title: 'Steps/okta-register',
  component: 'okta-register',
  argTypes: stepArgTypes,
  args: { state: states.registration },
  render: (args) => renderFlow(args, html`<okta-register heading=${ifDefined(args.heading)}></okta-register>`),
} satisfies Meta<FlowArgs>;

export default meta;
type Story = StoryObj<FlowArgs>;

/** A page-level error, as the root shows when a request fails (the service could not be reached). */
const withNetworkError = (state: FlowState): FlowState => {
  const text = defaultLocalizer.t('error.network');
  return { ...state, messages: [{ text, level: 'error' }], error: { code: 'network-error', message: text } };
};

// ---- Sign-up ----

/** `enroll-profile`: "Create an account" with Okta's default attributes (email, first and last name). */
export const Default: Story = {};

/** The policy sets the password at sign-up: the rules ticked as you type, and a confirmation. */
export const WithPassword: Story = { args: { state: states.registrationWithPassword } };

/** An org's own attributes: a list (a select), a whole number, a checkbox, an optional middle name. */
export const WithOptions: Story = { args: { state: states.registrationWithOptions } };

/** A request is in flight ("Signing up…"). */
export const Busy: Story = { args: { state: states.registrationSubmitting } };

/** The server refused an attribute: both of Okta's messages on the email field, and the line above the form. */
export const FieldErrors: Story = { args: { state: states.registrationInvalidEmail } };

/** An account with that email exists: Okta's message on the email field. */
export const DuplicateAccount: Story = { args: { state: states.registrationDuplicate } };

/** A page-level error while signing up. */
export const PageError: Story = { args: { state: withNetworkError(states.registration) } };

// ---- Progressive profiling ----

/** `profile-update`: "Complete your profile" with the attributes the profile lacks (required: no "Skip"). */
export const ProfileUpdate: Story = { args: { state: states.profileUpdate } };

/** The missing attributes are optional: Okta offers `skip` ("Skip"). */
export const ProfileUpdateWithSkip: Story = { args: { state: states.profileUpdateWithSkip } };

/** Saving the profile. */
export const ProfileUpdateBusy: Story = { args: { state: states.profileUpdateSubmitting } };

/** A page-level error while saving the profile. */
export const ProfileUpdatePageError: Story = { args: { state: withNetworkError(states.profileUpdateWithSkip) } };

/** `theme="dark"` on the root, with the password. */
export const Dark: Story = { args: { state: states.registrationWithPassword, theme: 'dark' } };
