import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { stepArgTypes, renderFlow, type FlowArgs } from './flow-story.js';
import * as idp from '../test/fixtures/idp-states.js';
import { idpNavigation } from '../src/step/idp-buttons.js';

// Identity providers (Okta's `redirect-idp`) inside `<okta-flow>`, which renders the given state with no server:
// the buttons on the sign-in form (social providers with their brand, enterprise ones with the org's label), a
// sole provider, Okta's external_idp authenticator, and what a redirect back to the page shows (the email link's
// code to enter where the person started, a provider's refusal). In a story a button logs `okta-idp-redirect`
// and stays on the page.
// (The docs page text and the API table come from custom-elements.json.)
idpNavigation.assign = () => undefined;

type IdpArgs = FlowArgs & { onOktaIdpRedirect?: (event: Event) => void };

const meta = {
  title: 'Steps/okta-redirect-idp',
  component: 'okta-redirect-idp',
  argTypes: stepArgTypes,
  args: { state: idp.identifyWithMixed },
  render: (args) =>
    html`<div @okta-idp-redirect=${(event: Event) => args.onOktaIdpRedirect?.(event)}>
      ${renderFlow(args, html`<okta-identify></okta-identify><okta-redirect-idp heading=${ifDefined(args.heading)}></okta-redirect-idp>`)}
    </div>`,
} satisfies Meta<IdpArgs>;

export default meta;
type Story = StoryObj<IdpArgs>;

// ---- Buttons on the sign-in form ----

/** Google, then the org's SAML and OIDC providers, below the form (the server listed them after `identify`). */
export const Default: Story = {};

/** Every social provider Okta offers, with its brand name and mark. */
export const Social: Story = { args: { state: idp.identifyWithSocial } };

/** Providers the server lists before `identify`: above the username. */
export const Above: Story = { args: { state: idp.identifyWithIdpsAbove } };

/** A request is in flight: the buttons are marked busy and do not leave. */
export const Busy: Story = { args: { state: idp.identifyWithIdpsSubmitting } };

// ---- A provider is the way on ----

/** An org that sends everyone to its provider: the button on the first screen, never a surprise redirect. */
export const SoleProvider: Story = { args: { state: idp.soleProviderState } };

/** Okta's external_idp authenticator: "Verify with Acme SSO", another method, back to sign in. */
export const VerifyWithProvider: Story = { args: { state: idp.verifyWithIdpState } };

// ---- Back from the provider or the email ----

/** Declined at the provider: back at the sign-in form and its providers, the reason on top. */
export const Declined: Story = { args: { state: idp.idpDeclined } };

/** A provider's answer that belongs to no sign-in in this browser (the root's Try again and Start over act on a live flow). */
export const CallbackError: Story = { args: { state: idp.idpStale } };

/** The email link opened in another browser: the code, large, with Copy, to enter where the sign-in started. */
export const ReturnToOriginalTab: Story = { args: { state: idp.codeToTypeElsewhereState } };
