import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { stepArgTypes, flowStates, renderFlow, type FlowArgs } from './flow-story.js';

// `<okta-enroll>` inside `<okta-flow>`, which renders the given state with no server. Type a password:
// the org's requirements are checked as you type. Then one story per authenticator and state (codes,
// Google Authenticator, Okta Verify, security question, WebAuthn).
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

// ---- Email ----

/** A code sent to the profile email, with "Resend code" after a 30 s cooldown (the root also polls for the email's link). */
export const EmailCode: Story = { args: { state: flowStates.enrollEmail } };

/** Checking the email code. */
export const EmailCodeSubmitting: Story = { args: { state: flowStates.enrollEmailSubmitting } };

/** The server refused the email code: the error is on the field. */
export const EmailWrongCode: Story = { args: { state: flowStates.enrollEmailWrongCode } };

// ---- Phone (SMS or voice) ----

/** `authenticator-enrollment-data`: the phone number, and a text message or a call. */
export const PhoneNumber: Story = { args: { state: flowStates.enrollPhoneData } };

/** Sending the first code. */
export const PhoneNumberSubmitting: Story = { args: { state: flowStates.enrollPhoneDataSubmitting } };

/** Okta refused the number: its page-level message, and the same message on the field. */
export const PhoneNumberInvalid: Story = { args: { state: flowStates.enrollPhoneDataInvalid } };

/** The code sent to the new number, with "Resend code" after the cooldown. */
export const PhoneCode: Story = { args: { state: flowStates.enrollPhone } };

/** Checking the phone code. */
export const PhoneCodeSubmitting: Story = { args: { state: flowStates.enrollPhoneSubmitting } };

/** The server refused the phone code. */
export const PhoneWrongCode: Story = { args: { state: flowStates.enrollPhoneWrongCode } };

// ---- Google Authenticator ----

/** The QR code to scan (`contextualData.qrcode`), the key to type instead (`sharedSecret`), then a code from the app. */
export const GoogleAuthenticator: Story = { args: { state: flowStates.enrollGoogle } };

/** Checking the first code. */
export const GoogleAuthenticatorSubmitting: Story = { args: { state: flowStates.enrollGoogleSubmitting } };

/** The server refused the code. */
export const GoogleAuthenticatorWrongCode: Story = { args: { state: flowStates.enrollGoogleWrongCode } };

// ---- Okta Verify ----

/**
 * `enroll-poll`: the QR code to scan in Okta Verify (`currentAuthenticator.contextualData.qrcode`) while the
 * root polls every `refresh` ms until the app is activated.
 */
export const OktaVerify: Story = { args: { state: flowStates.enrollOktaVerify } };

// ---- Security question ----

/** One of Okta's questions (`contextualData.questions`) or "Write my own question", and the answer. */
export const SecurityQuestion: Story = { args: { state: flowStates.enrollQuestion } };

/** Saving the question. */
export const SecurityQuestionSubmitting: Story = { args: { state: flowStates.enrollQuestionSubmitting } };

/** The server refused the answer as too short (on the answer field of the server's form). */
export const SecurityQuestionShortAnswer: Story = { args: { state: flowStates.enrollQuestionShortAnswer } };

// ---- Passkey or security key (WebAuthn) ----

/** WebAuthn: the button runs `navigator.credentials.create()` with the server's `activationData`. */
export const Webauthn: Story = { args: { state: flowStates.enrollWebauthn } };

/** Sending the new credential. */
export const WebauthnSubmitting: Story = { args: { state: flowStates.enrollWebauthnSubmitting } };

/** The server could not verify the new credential: a page-level error, and the button to try again. */
export const WebauthnFailed: Story = { args: { state: flowStates.enrollWebauthnFailed } };

// ---- Dark ----

/** Google Authenticator's QR code and key in the dark theme. */
export const DarkGoogleAuthenticator: Story = { args: { state: flowStates.enrollGoogle, theme: 'dark' } };
