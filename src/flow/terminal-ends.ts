import type { MessageKey } from '../i18n/localize.js';
import type { FlowState } from '../state/flow-state.js';

/** How an end that is no failure looks: a heading, and the button that goes on. */
export interface TerminalEnd {
  readonly heading: MessageKey;
  readonly action: MessageKey;
}

/** Ends that are no failure, by Okta's i18n key of their message: a heading, and the button that goes on. */
export const TERMINAL_ENDS: Readonly<Record<string, TerminalEnd>> = {
  // After a password reset (when the org does not sign the person in at once): sign in with the new password.
  'idx.recovery.completed': { heading: 'flow.passwordReset.heading', action: 'flow.signIn' },
  // After an account unlock: sign in as before (Okta's message says so).
  'oie.selfservice.unlock_user.success.message': { heading: 'unlock.done.heading', action: 'flow.signIn' },
};

/** The heading and the way on of an end that Okta names (a finished password reset), else none. */
export function terminalEnd(state: FlowState): TerminalEnd | undefined {
  const { status, messages } = state;
  if (status !== 'terminal') return undefined;
  const key = messages.find((m) => m.key && TERMINAL_ENDS[m.key])?.key;
  return key ? TERMINAL_ENDS[key] : undefined;
}

/** The way on from an end: Okta's named end's own, "Start over" after an expiry, else "Back to sign in". */
export function terminalAction(state: FlowState, end: TerminalEnd | undefined): MessageKey {
  if (end) return end.action;
  return state.error?.code === 'transaction-expired' ? 'flow.startOver' : 'flow.backToSignIn';
}
