/**
 * English sentences of the browser's Back button in `<okta-flow history>`: the question asked before Back
 * cancels a transaction (Okta lets a sign-in go back to its username only by starting again). Part of the one
 * catalogue in `../en.ts`; they arrive with the on-demand history module (`../../flow/history-sync.ts`), so a
 * flow without `history` never downloads them. Keys are stable.
 */
export const historyStrings = {
  'history.leave.heading': 'Start over?',
  /** Why Back asks: going back to an earlier step cancels what was done since the start. */
  'history.leave.text': 'Going back to this step cancels what you have done so far. You will start again from the beginning.',
  'history.leave.confirm': 'Start over',
  'history.leave.stay': 'Stay on this step',
} as const;
