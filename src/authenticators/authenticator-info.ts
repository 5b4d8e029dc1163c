import { svg, type SVGTemplateResult } from 'lit';
import type { FlowAuthenticator } from '../state/flow-state.js';

/** Simple line icons, drawn in currentColor, so each authenticator is recognisable at a glance. */
const ICONS: Readonly<Record<string, SVGTemplateResult>> = {
  okta_password: svg`<rect x="4" y="10" width="16" height="10" rx="2"/><path d="M8 10V7a4 4 0 0 1 8 0v3"/>`,
  okta_email: svg`<rect x="3" y="5" width="18" height="14" rx="2"/><path d="m3 7 9 6 9-6"/>`,
  phone_number: svg`<rect x="7" y="2" width="10" height="20" rx="2"/><path d="M11 18h2"/>`,
  google_otp: svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 3"/>`,
  okta_verify: svg`<path d="M12 2 4 5v6c0 5 3.5 9 8 11 4.5-2 8-6 8-11V5z"/><path d="m9 12 2 2 4-4"/>`,
  security_question: svg`<circle cx="12" cy="12" r="9"/><path d="M9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6V14"/><path d="M12 17h.01"/>`,
  webauthn: svg`<circle cx="8" cy="12" r="4"/><path d="M12 12h9M18 12v3M21 12v2"/>`,
  other: svg`<rect x="4" y="4" width="16" height="16" rx="3"/><path d="M8 12h8M12 8v8"/>`,
};

const NAMES: Readonly<Record<string, string>> = {
  okta_password: 'Password',
  okta_email: 'Email',
  phone_number: 'Phone',
  google_otp: 'Google Authenticator',
  okta_verify: 'Okta Verify',
  security_question: 'Security question',
  webauthn: 'Security key or biometric',
  custom_otp: 'One-time code',
};

export function authenticatorIcon(key: string | undefined): SVGTemplateResult {
  return svg`<svg class="okta-icon" viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor"
    stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${
      ICONS[key ?? ''] ?? ICONS.other
    }</svg>`;
}

export function authenticatorName(authenticator: FlowAuthenticator | undefined, fallback = 'Security method'): string {
  return authenticator?.displayName || NAMES[authenticator?.key ?? ''] || fallback;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

/** What choosing the authenticator will do, in the person's words (with the masked address or number). */
export function authenticatorAction(authenticator: FlowAuthenticator | undefined, enrolling: boolean): string {
  const profile = authenticator?.profile ?? {};
  switch (authenticator?.key) {
    case 'okta_email':
      return enrolling ? 'Get a code by email' : `Get a code sent to ${text(profile.email) ?? 'your email'}`;
    case 'phone_number':
      return enrolling ? 'Get a code by text message or call' : `Get a code at ${text(profile.phoneNumber) ?? 'your phone'}`;
    case 'google_otp':
      return enrolling ? 'Use a code from the Google Authenticator app' : 'Enter a code from Google Authenticator';
    case 'okta_verify':
      return enrolling ? 'Set up the Okta Verify app' : 'Approve a push or enter a code from Okta Verify';
    case 'security_question':
      return enrolling ? 'Choose a question and answer it' : 'Answer your security question';
    case 'webauthn':
      return enrolling ? 'Use a passkey, security key or this device’s biometrics' : 'Use your passkey or security key';
    case 'okta_password':
      return enrolling ? 'Choose a password' : 'Enter your password';
    default:
      return enrolling ? 'Set it up' : 'Enter a code';
  }
}
