/**
 * Every authenticator module outside the main bundle (and the screens of bundled ones that a sign-in
 * does not need, such as setting a password up): the registry imports this file dynamically, so the
 * self-contained bundle emits it (with the code views, WebAuthn and the phone number step) as one file of
 * its own, fetched the first time a step needs one of them. A password sign-in never downloads it.
 * Adding an authenticator is a new file in this folder and one line here.
 */
import type { AuthenticatorModule } from './types.js';
import { authenticatorStrings } from '../i18n/catalogue/authenticators.js';
import { passwordEnrollStrings } from '../i18n/catalogue/password-enroll.js';
import { passwordResetStrings } from '../i18n/catalogue/password-reset.js';
import { webauthnStrings } from '../i18n/catalogue/webauthn.js';
import { unlockStrings } from '../i18n/catalogue/unlock.js';
import { stepsOnDemandStrings } from '../i18n/catalogue/steps-on-demand.js';
import { endStrings } from '../i18n/catalogue/ends.js';
import { consentStrings } from '../i18n/catalogue/consent.js';
import { registerStrings } from '../i18n/catalogue/register.js';
import { password } from './password.js';
import { passwordEnroll } from './password-enroll.js';
import { PASSWORD_RESET_VIEWS } from './password-reset.js';
import { PROFILE_VIEWS } from './profile-form.js';
import { email } from './email.js';
import { phone } from './phone.js';
import { passcode } from './passcode.js';
import { oktaVerify } from './okta-verify.js';
import { securityQuestion } from './security-question.js';
import { securityKey } from './security-key.js';
import { externalIdp } from './external-idp.js';
import { idpAuthenticatorStrings } from '../i18n/catalogue/idp-authenticator.js';

export const ON_DEMAND_MODULES: readonly AuthenticatorModule[] = [
  // The bundled password with its set-up screen, and the reset, expired and expiring screens built on it
  // (shown by <okta-reset-password>): it takes the bundled one's place once this file is here.
  { ...password, enroll: passwordEnroll, around: { ...password.around, enroll: { ...PASSWORD_RESET_VIEWS, ...PROFILE_VIEWS } } },
  email,
  phone,
  passcode,
  oktaVerify,
  securityQuestion,
  securityKey,
  externalIdp,
];

/** What an authenticator okta-elements does not know gets: the passcode module (its views, icon and words). */
export const FALLBACK_MODULE: AuthenticatorModule = passcode;

/** Their English sentences: part of the one catalogue, added to it when this file arrives (see the registry). */
export const ON_DEMAND_STRINGS: Readonly<Record<string, string>> = { ...passwordEnrollStrings, ...passwordResetStrings, ...authenticatorStrings, ...webauthnStrings, ...unlockStrings, ...stepsOnDemandStrings, ...registerStrings, ...endStrings, ...idpAuthenticatorStrings, ...consentStrings };

/** The screens of `<okta-consent>` (app consent, "Stay signed in?"): not an authenticator's, but shown as rarely. */
export * as CONSENT_VIEWS from './consent-views.js';
