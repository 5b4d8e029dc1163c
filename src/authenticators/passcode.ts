/**
 * Passcode apps: Google Authenticator (`google_otp`), a custom one-time-code authenticator (`custom_otp`),
 * and any other authenticator okta-elements does not know whose step asks for a code (the registry's
 * fallback). Set up by a QR code or shared secret, verified with the app's current code.
 */
import { svg } from 'lit';
import { codeView, enrollCodeView } from './code-views.js';
import type { AuthenticatorModule } from './types.js';

const GOOGLE = 'google_otp';

export const passcode: AuthenticatorModule = {
  keys: [GOOGLE, 'custom_otp'],
  name: (t, authenticator) =>
    authenticator?.key === GOOGLE ? t('passcode.name.google') : authenticator?.key === 'custom_otp' ? t('passcode.name.custom') : undefined,
  icon: (authenticator) =>
    authenticator?.key === GOOGLE
      ? svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 3"/>`
      : svg`<rect x="4" y="4" width="16" height="16" rx="3"/><path d="M8 12h8M12 8v8"/>`,
  action: (t, authenticator, enrolling) => {
    if (authenticator?.key === GOOGLE) return t(enrolling ? 'passcode.action.enroll.google' : 'passcode.action.verify.google');
    return t(enrolling ? 'passcode.action.enroll' : 'passcode.action.verify');
  },
  verify: codeView((ctx) => ctx.t('passcode.verify.hint')),
  enroll: enrollCodeView,
};
