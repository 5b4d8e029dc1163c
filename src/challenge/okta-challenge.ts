import { AuthenticatorStepElement } from '../authenticators/authenticator-step.js';
import type { AuthenticatorMode } from '../authenticators/types.js';
import { defineElement } from '../internal/define.js';

/**
 * Verifies the person with an authenticator they already have: the password, a code (email, SMS or
 * voice, Google Authenticator, Okta Verify, any other passcode authenticator), a security question, an
 * Okta Verify push (with the number to pick), or a passkey / security key. It also renders the data
 * steps around a challenge: "send me an email", and SMS or voice for a phone. What each authenticator
 * shows is its module's `verify` view (src/authenticators/).
 *
 * @customElement okta-challenge
 * @summary Challenge of an enrolled authenticator.
 * @fires okta-proceed - Asks `<okta-flow>` to send the answer (or to resend a code).
 * @fires okta-show-step - Asks `<okta-flow>` to show the authenticator list ("Choose another method").
 * @fires okta-restart - Asks `<okta-flow>` to start over ("Back to sign in").
 */
export class OktaChallenge extends AuthenticatorStepElement {
  static override readonly modes: Readonly<Record<string, AuthenticatorMode>> = {
    'challenge-authenticator': 'verify',
    'authenticator-verification-data': 'verify',
    'challenge-poll': 'verify',
    // After a rejected push Okta offers `resend` (send the push again) as the step.
    resend: 'verify',
  };
}

defineElement('okta-challenge', OktaChallenge);

declare global {
  interface HTMLElementTagNameMap {
    'okta-challenge': OktaChallenge;
  }
}
