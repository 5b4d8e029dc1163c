import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { stepArgTypes, flowStates, renderFlow, type FlowArgs } from './flow-story.js';

// `<okta-challenge>` inside `<okta-flow>`, which renders the given state with no server: the password,
// then one story per authenticator and state (codes, Okta Verify, security question, WebAuthn). Polling
// states show what the person sees while the root would poll; in preview mode nothing is polled.
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

/**
 * The server refused the password: Okta's top-level "Password is incorrect" is shown on the field (marked
 * invalid, described by it, emptied, focused), not only above the form.
 */
export const WrongPassword: Story = { args: { state: flowStates.challengeWrongPassword } };

/** A page-level error: the request could not reach the server. */
export const PageError: Story = { args: { state: flowStates.challengePageError } };

/** `theme="dark"` on the root. */
export const Dark: Story = { args: { theme: 'dark' } };

/** A refused password in the dark theme. */
export const DarkWrongPassword: Story = { args: { state: flowStates.challengeWrongPassword, theme: 'dark' } };

// ---- Email ----

/** `authenticator-verification-data` for email: nothing is sent until the person asks ("Send me an email"). */
export const EmailSend: Story = { args: { state: flowStates.verifyEmailData } };

/** Sending the email. */
export const EmailSendSubmitting: Story = { args: { state: flowStates.verifyEmailDataSubmitting } };

/**
 * The code sent by email, to the masked address. "Resend code" appears after a 30 s cooldown; the root
 * polls meanwhile, for the email's link (`currentAuthenticatorEnrollment-poll`).
 */
export const EmailCode: Story = { args: { state: flowStates.challengeEmail } };

/** The email code of a password recovery: the same screen as at sign-in. */
export const EmailCodeToRecover: Story = { args: { state: flowStates.challengeEmailToRecover } };

/** Checking the email code. */
export const EmailCodeSubmitting: Story = { args: { state: flowStates.challengeEmailSubmitting } };

/** The server refused the email code: the error is on the field. */
export const EmailWrongCode: Story = { args: { state: flowStates.challengeEmailWrongCode } };

// ---- Phone (SMS or voice) ----

/** `authenticator-verification-data` for a phone: a text message or a call, to the masked number. */
export const PhoneMethod: Story = { args: { state: flowStates.verifyPhoneData } };

/** Sending the code. */
export const PhoneMethodSubmitting: Story = { args: { state: flowStates.verifyPhoneDataSubmitting } };

/** Okta refused another text message (its send limit): a page-level error. */
export const PhoneMethodRateLimited: Story = { args: { state: flowStates.verifyPhoneDataRateLimited } };

/** The code texted to the masked number, with "Resend code" after the cooldown. */
export const PhoneCode: Story = { args: { state: flowStates.challengePhone } };

/** Checking the phone code. */
export const PhoneCodeSubmitting: Story = { args: { state: flowStates.challengePhoneSubmitting } };

/** The server refused the phone code. */
export const PhoneWrongCode: Story = { args: { state: flowStates.challengePhoneWrongCode } };

// ---- Google Authenticator ----

/** A code from Google Authenticator (no resend: the app makes the codes). */
export const GoogleAuthenticator: Story = { args: { state: flowStates.challengeGoogle } };

/** Checking the Google Authenticator code. */
export const GoogleAuthenticatorSubmitting: Story = { args: { state: flowStates.challengeGoogleSubmitting } };

/** The server refused the Google Authenticator code. */
export const GoogleAuthenticatorWrongCode: Story = { args: { state: flowStates.challengeGoogleWrongCode } };

// ---- Okta Verify ----

/** A code from Okta Verify (`credentials.totp`). */
export const OktaVerifyCode: Story = { args: { state: flowStates.challengeOktaVerifyTotp } };

/** Checking the Okta Verify code. */
export const OktaVerifyCodeSubmitting: Story = { args: { state: flowStates.challengeOktaVerifyTotpSubmitting } };

/** The server refused the Okta Verify code. */
export const OktaVerifyWrongCode: Story = { args: { state: flowStates.challengeOktaVerifyTotpWrongCode } };

/** A push sent to Okta Verify (`challenge-poll`): the root polls every `refresh` ms until it is answered. */
export const OktaVerifyPush: Story = { args: { state: flowStates.challengePush } };

/** A push with a number challenge: the number to tap on the phone (`contextualData.correctAnswer`). */
export const OktaVerifyPushNumber: Story = { args: { state: flowStates.challengePushNumber } };

/**
 * The push was denied: Okta answers the poll with "You have chosen to reject this login." and a
 * `resend` remediation in place of `challenge-poll`.
 */
export const OktaVerifyPushRejected: Story = { args: { state: flowStates.challengePushRejected } };

// ---- Security question ----

/** The enrolled question (`contextualData.enrolledQuestion`) as the label of the answer field. */
export const SecurityQuestion: Story = { args: { state: flowStates.challengeQuestion } };

/** Checking the answer. */
export const SecurityQuestionSubmitting: Story = { args: { state: flowStates.challengeQuestionSubmitting } };

/** The server refused the answer: the error is on the field. */
export const SecurityQuestionWrongAnswer: Story = { args: { state: flowStates.challengeQuestionWrongAnswer } };

// ---- Passkey or security key (WebAuthn) ----

/** WebAuthn: the button runs `navigator.credentials.get()` with the server's `challengeData`. */
export const Webauthn: Story = { args: { state: flowStates.challengeWebauthn } };

/** Sending the assertion. */
export const WebauthnSubmitting: Story = { args: { state: flowStates.challengeWebauthnSubmitting } };

/** The server could not verify the assertion: a page-level error, and the button to try again. */
export const WebauthnFailed: Story = { args: { state: flowStates.challengeWebauthnFailed } };

// ---- Dark ----

/** An Okta Verify number challenge in the dark theme. */
export const DarkOktaVerifyPushNumber: Story = { args: { state: flowStates.challengePushNumber, theme: 'dark' } };

/** A refused email code in the dark theme. */
export const DarkEmailWrongCode: Story = { args: { state: flowStates.challengeEmailWrongCode, theme: 'dark' } };
