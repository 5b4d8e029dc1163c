import { html, nothing, type TemplateResult } from 'lit';
import { AuthenticatorStepElement } from '../authenticators/authenticator-step.js';
import type { AuthenticatorMode } from '../authenticators/types.js';
import { defineElement } from '../internal/define.js';

/** Okta's way back from the registration form to the sign-in, in the same transaction. */
const SELECT_IDENTIFY = 'select-identify';

/**
 * Self-service registration and progressive profiling. `enroll-profile` ("Create an account", reached with
 * "Sign up" on the sign-in form): the org's profile attributes as its schema declares them (text, email,
 * number, a list as a `<select>`, a checkbox; required and lengths checked in the browser; autofill tokens
 * on the standard attributes such as `given-name` and `family-name`), and a new password with the policy's
 * rules where the org sets one at sign-up. `profile-update` ("Complete your profile", after sign-in): the
 * attributes the person's profile lacks, with "Skip" where Okta offers it. The server's refusals (an
 * account that already exists, an invalid value) go on their field, with a line above the form; what was
 * typed stays. "Back to sign in" returns to the sign-in form (Okta's `select-identify`).
 *
 * Native inputs in the light DOM inside a real `<form>`. The screens and their sentences load on demand,
 * with the other authenticators' (src/authenticators/profile-form.ts): a password sign-in never downloads them.
 *
 * @customElement okta-register
 * @summary Sign-up form (the org's profile fields and a password) and missing profile attributes after sign-in.
 * @fires okta-proceed - Asks `<okta-flow>` to send the form, to skip the profile update (`skip`) or to go back to sign in (`select-identify`).
 * @fires okta-restart - Asks `<okta-flow>` to start over ("Back to sign in" where Okta offers no `select-identify`).
 */
export class OktaRegister extends AuthenticatorStepElement {
  static override readonly modes: Readonly<Record<string, AuthenticatorMode>> = {
    // A profile, with a new password where the org sets one at sign-up: the password module's `around.enroll` views.
    'enroll-profile': 'enroll',
    'profile-update': 'enroll',
  };

  /** "Back to sign in" stays in the transaction where Okta offers `select-identify`; elsewhere it starts over. */
  protected override renderStepLinks(extra: TemplateResult | typeof nothing = nothing): TemplateResult {
    if (!this.flow?.steps.some((step) => step.name === SELECT_IDENTIFY)) return super.renderStepLinks(extra);
    return html`<div class="okta-links">
      ${extra}
      <button type="button" class="okta-link" @click=${() => this.requestStep(SELECT_IDENTIFY)}>${this.t('step.link.backToSignIn')}</button>
    </div>`;
  }
}

defineElement('okta-register', OktaRegister);

declare global {
  interface HTMLElementTagNameMap {
    'okta-register': OktaRegister;
  }
}
