import type { FlowState } from '../state/flow-state.js';

/**
 * What one browser history entry of `<okta-flow history>` remembers: the step shown there, never a token, a
 * secret or the state handle. `trail` holds the steps of this entry and of every entry before it in the flow
 * (index = the entry's place, 0 being the flow's first), so Back can tell how far it may go without a request.
 */
export interface HistoryRecord {
  readonly n: number;
  readonly trail: readonly StepMark[];
}

/** A step as history names it: the remediation and, when it has one, its authenticator's key. */
export interface StepMark {
  readonly step: string;
  readonly authenticator?: string;
}

/** The key under which a record sits in `history.state`, beside whatever the app keeps there. */
export const HISTORY_KEY = 'oktaFlow';

/** The step a state shows, when the person can act on it (a form on screen, no request in flight). */
export function markOf(state: FlowState): StepMark | undefined {
  if (state.status !== 'ready' || !state.step) return undefined;
  const authenticator = state.step.authenticator?.key;
  return authenticator ? { step: state.step.name, authenticator } : { step: state.step.name };
}

export function sameMark(a: StepMark | undefined, b: StepMark | undefined): boolean {
  return !!a && !!b && a.step === b.step && a.authenticator === b.authenticator;
}

/** Whether the state offers that step now, so showing it needs no request (the authenticator list beside a challenge). */
export function offered(state: FlowState, mark: StepMark): boolean {
  return state.status === 'ready' && state.steps.some((s) => s.name === mark.step && s.authenticator?.key === mark.authenticator);
}

/** A record read back from `history.state`, if it is one of ours and well formed. */
export function recordIn(historyState: unknown): HistoryRecord | undefined {
  const record = (historyState as Record<string, unknown> | null)?.[HISTORY_KEY] as Partial<HistoryRecord> | undefined;
  if (!record || typeof record.n !== 'number' || !Array.isArray(record.trail) || !record.trail[record.n]) return undefined;
  return record as HistoryRecord;
}

/** The step of a record's own entry. */
export const markAt = (record: HistoryRecord): StepMark => record.trail[record.n];

/** Okta's way back from the registration form to sign-in, without cancelling (`select-identify`). */
const SELECT_IDENTIFY = 'select-identify';

/** Steps that open a transaction: nothing is lost by leaving them, and going back to them needs a new start. */
const STARTS = new Set(['identify', 'identify-recovery', 'enroll-profile', 'select-authenticator-unlock-account']);

/**
 * What a move through history (Back, Forward, a jump in the history menu) does to the flow:
 * - `none`: the entry names the step on screen;
 * - `show`: the state offers the entry's step beside the current one (the authenticator list beside a
 *   challenge, the challenge again after Back): shown with no request;
 * - `step`: the server's own way back (`select-identify` from the registration form to sign-in), sent;
 * - `go`: the entry's step is gone, but a nearer entry's step is offered (an earlier one after Back, a later one
 *   after Forward): the browser moves on there by `by`;
 * - `ask`: going back there means cancelling the transaction: the person is asked first;
 * - `undo`: a Forward to a step that only a request could bring back (none is replayed): the browser returns by `by`;
 * - `restart`: the flow had ended (no transaction to lose): Back starts a new sign-in, as the end's own button does;
 * - `ignore`: nothing to do now (a request in flight, signed in, back from a first step with nothing to lose).
 */
export type HistoryMove =
  | { readonly kind: 'none' | 'ask' | 'restart' | 'ignore' }
  | { readonly kind: 'show'; readonly step: string }
  | { readonly kind: 'step'; readonly step: string }
  | { readonly kind: 'go' | 'undo'; readonly by: number };

/**
 * Decides what arriving at the history entry `target` does, the flow being at entry `position` and showing
 * `shown` in `state`; `ahead` names the steps of the entries after the target, as far as this page knows them.
 * Pure: the browser side (history-sync.ts) carries it out. Nothing here replays a request: the only requests are
 * the server's way back (`select-identify`) and, after the person agrees, a new start.
 */
export function moveFor(
  target: HistoryRecord,
  position: number,
  shown: StepMark | undefined,
  state: FlowState,
  ahead: readonly StepMark[] = [],
): HistoryMove {
  if (state.status === 'terminal') return target.n < position ? { kind: 'restart' } : { kind: 'ignore' };
  if (state.status !== 'ready' || !shown) return { kind: 'ignore' };
  const wanted = markAt(target);
  if (sameMark(wanted, shown)) return { kind: 'none' };
  if (offered(state, wanted)) return { kind: 'show', step: wanted.step };
  if (target.n > position) {
    // Forward over a step that is gone (the "Send me an email" step before a code): on to the next one offered.
    const later = ahead.findIndex((mark) => offered(state, mark) || sameMark(mark, shown));
    return later >= 0 && !sameMark(ahead[later], shown) ? { kind: 'go', by: later + 1 } : { kind: 'undo', by: position - target.n };
  }
  if (wanted.step === 'identify' && state.steps.some((s) => s.name === SELECT_IDENTIFY)) return { kind: 'step', step: SELECT_IDENTIFY };
  for (let n = target.n - 1; n >= 0; n -= 1) {
    const earlier = target.trail[n];
    if (sameMark(earlier, shown)) break;
    if (offered(state, earlier)) return { kind: 'go', by: n - target.n };
  }
  // Nothing typed at a first step is lost to the server: Back from there is the page's business.
  if (STARTS.has(shown.step)) return { kind: 'ignore' };
  return { kind: 'ask' };
}

/** The record of a new entry after `current` (or the first), for the step now shown. */
export function nextRecord(current: HistoryRecord | undefined, mark: StepMark): HistoryRecord {
  if (!current) return { n: 0, trail: [mark] };
  return { n: current.n + 1, trail: [...current.trail.slice(0, current.n + 1), mark] };
}

/** The record of `current`'s entry once it shows `mark` instead (a reload that resumed elsewhere, a new start). */
export function replacedRecord(current: HistoryRecord | undefined, mark: StepMark): HistoryRecord {
  if (!current) return { n: 0, trail: [mark] };
  return { n: current.n, trail: [...current.trail.slice(0, current.n), mark] };
}
