import { AuthenticatorStepElement } from '../authenticators/authenticator-step.js';
import type { AuthenticatorMode } from '../authenticators/types.js';
import { defineElement } from '../internal/define.js';

/**
 * Sets up an authenticator (IDX remediation `enroll-authenticator`) and the data steps around it: a
 * password with the policy's requirements checked as the person types; a code sent by email, SMS or
 * voice (with the phone number asked first); Google Authenticator's QR code and shared secret; Okta
 * Verify's QR code while the root waits for the app, or a setup link; a security question (predefined
 * or your own); a passkey or security key. What each authenticator shows is its module's `enroll` view
 * (src/authenticators/).
 *
 * @customElement okta-enroll
 * @summary Enrollment of a new authenticator.
 * @fires okta-proceed - Asks `<okta-flow>` to send what was set up.
 * @fires okta-show-step - Asks `<okta-flow>` to show the authenticator list ("Choose another method").
 * @fires okta-restart - Asks `<okta-flow>` to start over ("Back to sign in").
 */
export class OktaEnroll extends AuthenticatorStepElement {
  static override readonly modes: Readonly<Record<string, AuthenticatorMode>> = {
    'enroll-authenticator': 'enroll',
    'authenticator-enrollment-data': 'enroll',
    'enroll-poll': 'enroll',
    'select-enrollment-channel': 'enroll',
    'enrollment-channel-data': 'enroll',
  };
}

defineElement('okta-enroll', OktaEnroll);

declare global {
  interface HTMLElementTagNameMap {
    'okta-enroll': OktaEnroll;
  }
}
