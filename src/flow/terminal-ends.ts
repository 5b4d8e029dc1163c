import type { Localizer, MessageKey } from '../i18n/localize.js';
import type { FlowState } from '../state/flow-state.js';
import { onDemandAuthenticators } from '../authenticators/registry.js';

/** How an end that is no failure looks: a heading, and the button that goes on. */
export interface TerminalEnd {
  readonly heading: MessageKey;
  readonly action: MessageKey;
}

const backToSignIn = (heading: MessageKey): TerminalEnd => ({ heading, action: 'flow.backToSignIn' });

/**
 * Ends Okta names, by the i18n key of their message: a heading above the server's message, and the button
 * that goes on. Every other end (an expired transaction, an unknown refusal) keeps the message and the way back.
 * Adding an end is a row here and its heading in `../i18n/catalogue/ends.ts`.
 */
export const TERMINAL_ENDS: Readonly<Record<string, TerminalEnd>> = {
  // After a password reset (when the org does not sign the person in at once): sign in with the new password.
  'idx.recovery.completed': { heading: 'flow.passwordReset.heading', action: 'flow.signIn' },
  // After an account unlock: sign in as before (Okta's message says so).
  'oie.selfservice.unlock_user.success.message': { heading: 'unlock.done.heading', action: 'flow.signIn' },
  // A sign-up whose activation is by email (Widget mock terminal-registration.json): the link in the email goes on.
  'idx.email.verification.required': backToSignIn('end.checkEmail.heading'),
  // An email link opened in another tab or browser (terminal-return-email.json): the sign-in goes on where it began.
  'idx.return.to.original.tab': backToSignIn('end.returnToTab.heading'),
  // An email link used too late (terminal-return-expired-email.json): ask for a new one by signing in again.
  'idx.return.link.expired': backToSignIn('end.linkExpired.heading'),
  // A policy refused the sign-in (403, error-403-access-denied.json), or the user is not assigned to the app.
  'security.access_denied': backToSignIn('end.accessDenied.heading'),
  'idx.error.user.not.assigned.to.app': backToSignIn('end.accessDenied.heading'),
  // "Don't allow" on the app's consent screen: Okta ends the transaction (403, no remediation).
  'idx.operation.cancelled.by.user': backToSignIn('end.consentDeclined.heading'),
};

/**
 * The heading and the way on of an end that Okta names (a finished password reset), else none. A refusal
 * without a known key (Okta's older "User is not assigned to this application." has none) reads as access denied.
 */
export function terminalEnd(state: FlowState): TerminalEnd | undefined {
  const { status, messages } = state;
  if (status !== 'terminal') return undefined;
  const key = messages.find((m) => m.key && Object.hasOwn(TERMINAL_ENDS, m.key))?.key;
  if (key) return TERMINAL_ENDS[key];
  return state.error?.code === 'access-denied' ? TERMINAL_ENDS['security.access_denied'] : undefined;
}

/** The way on from an end: Okta's named end's own, "Start over" after an expiry, else "Back to sign in". */
export function terminalAction(state: FlowState, end: TerminalEnd | undefined): MessageKey {
  if (end) return end.action;
  return state.error?.code === 'transaction-expired' ? 'flow.startOver' : 'flow.backToSignIn';
}

/**
 * An end's heading, once its words are there. Most headings come with the on-demand modules (a password
 * sign-in never downloads them): when they are not loaded yet, this starts the load and returns nothing, and
 * `arrived` runs once they are here (the server's message and the button are on screen meanwhile; a failed
 * load leaves them without a heading). An app's own wording of the key is used at once.
 */
export function terminalHeading(end: TerminalEnd, i18n: Localizer, arrived: () => void): string | undefined {
  const text = i18n.t(end.heading);
  if (text !== end.heading || onDemandAuthenticators.status === 'loaded') return text;
  onDemandAuthenticators.load().then(arrived, () => undefined);
  return undefined;
}
