import { AuthenticatorStepElement } from '../authenticators/authenticator-step.js';
import type { AuthenticatorMode } from '../authenticators/types.js';
import { defineElement } from '../internal/define.js';

/**
 * A new password asked for outside enrollment: the reset at the end of a password recovery
 * (`reset-authenticator`: "Reset your password", with "Sign me out of all other devices" where Okta offers
 * it), an expired password (`reenroll-authenticator`: "Your password has expired") and one that expires
 * soon (`reenroll-authenticator-warning`: the days left, "Change password" and "Remind me later"). Each
 * reuses the password set-up screen: the policy's rules as a checklist ticked as the person types, and a
 * confirmation. The screens load on demand, with the other authenticators' (src/authenticators/password-reset.ts).
 *
 * @customElement okta-reset-password
 * @summary A new password: reset after recovery, expired, or expiring soon.
 * @fires okta-proceed - Asks `<okta-flow>` to send the new password (or to skip the change: "Remind me later").
 * @fires okta-restart - Asks `<okta-flow>` to start over ("Back to sign in").
 */
export class OktaResetPassword extends AuthenticatorStepElement {
  static override readonly modes: Readonly<Record<string, AuthenticatorMode>> = {
    // A new password is set, as in enrollment: the password module's `around.enroll` views show them.
    'reset-authenticator': 'enroll',
    'reenroll-authenticator': 'enroll',
    'reenroll-authenticator-warning': 'enroll',
  };
}

defineElement('okta-reset-password', OktaResetPassword);

declare global {
  interface HTMLElementTagNameMap {
    'okta-reset-password': OktaResetPassword;
  }
}
