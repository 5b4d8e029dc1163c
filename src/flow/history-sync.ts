/**
 * The browser's Back button for `<okta-flow history>`, loaded on demand (only flows with `history` download it):
 * each step the person reaches gets a history entry, and moving through history shows the step of the entry
 * the browser arrives at when the server still offers it, or asks before cancelling the transaction. What is
 * done for each move is decided in history-moves.ts; this file keeps the entries and carries the moves out.
 */
import { nothing, type TemplateResult } from 'lit';
import type { FlowState } from '../state/flow-state.js';
import { addEnglish, type Localizer } from '../i18n/localize.js';
import { historyStrings } from '../i18n/catalogue/history.js';
import {
  HISTORY_KEY,
  markAt,
  markOf,
  moveFor,
  nextRecord,
  offered,
  recordIn,
  replacedRecord,
  sameMark,
  type HistoryRecord,
  type StepMark,
} from './history-moves.js';
import { renderLeaveQuestion } from './history-question.js';
import { EntryKeys } from './history-travel.js';

/**
 * The question's English sentences, part of the one catalogue. Copied into an object of this module's own: a
 * bundler then keeps them in this on-demand file rather than in the main bundle (where `en.ts` names them too).
 */
export const HISTORY_STRINGS: Readonly<Record<string, string>> = { ...historyStrings };
addEnglish(HISTORY_STRINGS);

/** What the history needs from `<okta-flow>`: its state, and the three things a move may ask of its driver. */
export interface HistoryHost {
  readonly state: FlowState;
  readonly localizer: Localizer;
  /** Shows another remediation the state offers, with no request. */
  showStep(name: string): void;
  /** Sends a remediation with no values (the server's own way back). */
  proceed(name: string): void;
  /** Cancels the transaction and starts a new sign-in. */
  restart(): void;
  /** The question appeared or went: render again. */
  requestUpdate(): void;
  /** After the question went: focus on the step again. */
  focusStep(): void;
}

export class HistorySync {
  /** The step on screen, as its entry names it. */
  private shown?: StepMark;
  /** The record of the entry the browser is at, as far as this flow knows. */
  private current?: HistoryRecord;
  /** The record of the last entry this page knows of (after Back, the entries ahead are still there for Forward). */
  private furthest?: HistoryRecord;
  /** While asking: the entry to return to if the person stays. */
  private askedFrom?: number;
  /** Set by "Start over": the browser is on its way back to the flow's first entry, then the restart runs. */
  private restartAt?: number;
  /** Set when a new start will replace the entry it is shown at (rather than add one after it). */
  private replaceNext = false;
  /** Set at attach from the entry the page (re)loaded at: its step is shown again if the resumed state offers it. */
  private restoring: boolean;
  /**
   * Which run of flows wrote an entry: kept in every record this flow writes, and taken over from the entry the page
   * (re)loaded at. Entries of another run (an earlier flow on this page, another tab's state restored) are not this
   * flow's to act on: arriving at one moves nothing, so Back can never walk the page out of the app.
   */
  private readonly run: string;
  /** Where the flow's entries are in the browser's history, so a move never lands on an entry not its own. */
  private readonly keys = new EntryKeys();
  private readonly onPopState = (event: PopStateEvent) => {
    const target = recordIn(event.state);
    if (runOf(target) === this.run) this.arrive(target);
  };

  constructor(private readonly host: HistoryHost) {
    const here = recordIn(history.state);
    this.run = runOf(here) ?? Math.random().toString(36).slice(2);
    this.current = runOf(here) === this.run ? here : undefined;
    this.restoring = !!this.current;
    if (this.current) this.keys.arrived(this.current.n, keysIn(this.current));
    window.addEventListener('popstate', this.onPopState);
  }

  /** Whether the person is being asked before the transaction is cancelled (the step is hidden meanwhile). */
  get asking(): boolean {
    return this.askedFrom !== undefined;
  }

  stop(): void {
    window.removeEventListener('popstate', this.onPopState);
    this.askedFrom = undefined;
  }

  /** Each published state: a step newly reached gets its entry; the same step again (a refused answer, a poll) does not. */
  onState(state: FlowState): void {
    const mark = markOf(state);
    if (!mark || sameMark(mark, this.shown)) return;
    const current = this.current;
    const restoring = this.restoring;
    if (restoring) {
      this.restoring = false;
      // A reload while the authenticator list was shown by Back: the saved transaction resumes at its challenge,
      // and the list it still offers is shown again, as the entry says.
      if (current && !sameMark(markAt(current), mark) && offered(state, markAt(current))) {
        this.host.showStep(markAt(current).step);
        return;
      }
    }
    this.shown = mark;
    if (current && sameMark(markAt(current), mark)) {
      // The entry the browser is at names this step (Back or Forward showed it, or a reload resumed it).
      this.replaceNext = false;
      return;
    }
    // The first step, a new start, or a reload that resumed elsewhere (an expired transaction): this entry shows it.
    if (!current || restoring || this.replaceNext || this.restartAt !== undefined) {
      this.replaceNext = false;
      this.write(replacedRecord(current, mark), 'replace');
    } else {
      this.write(nextRecord(current, mark), 'push');
    }
  }

  /** The question, rendered by the root in place of the step while it stands. */
  render(): TemplateResult | typeof nothing {
    if (!this.asking) return nothing;
    return renderLeaveQuestion(this.host.localizer, () => this.startOver(), () => this.stay());
  }

  /** The browser arrived at an entry (Back, Forward, a jump). */
  private arrive(target: HistoryRecord | undefined): void {
    if (!target) return;
    const from = this.askedFrom ?? this.current?.n ?? target.n;
    const wasAsking = this.asking;
    this.askedFrom = undefined;
    this.current = target;
    this.keys.arrived(target.n, keysIn(target));
    if (!this.furthest || !sameTrail(target, this.furthest)) this.furthest = target;
    if (this.restartAt !== undefined) {
      if (target.n !== this.restartAt) return;
      this.restartAt = undefined;
      this.replaceNext = true;
      this.host.restart();
      return;
    }
    const move = moveFor(target, from, this.shown, this.host.state, this.furthest.trail.slice(target.n + 1));
    switch (move.kind) {
      case 'show':
        this.host.showStep(move.step);
        break;
      case 'step':
        this.host.proceed(move.step);
        break;
      case 'go':
      case 'undo':
        // Never to before the flow's first entry: what lies there is the page's.
        if (target.n + move.by >= 0 && !this.keys.travel(target.n, target.n + move.by)) this.instead(move.kind, target.n + move.by);
        break;
      case 'restart':
        this.replaceNext = true;
        this.host.restart();
        break;
      case 'ask':
        this.askedFrom = from;
        this.host.requestUpdate();
        break;
      default:
        break;
    }
    if (wasAsking && !this.asking) {
      this.host.requestUpdate();
      this.host.focusStep();
    }
  }

  /** "Start over": back to the flow's first entry, and a new sign-in shown there in place of its old step. */
  private startOver(): void {
    const at = this.current?.n ?? 0;
    this.askedFrom = undefined;
    this.host.requestUpdate();
    if (at !== 0) {
      this.restartAt = 0;
      if (this.keys.travel(at, 0)) return;
      // The first entry is gone from the browser's history: the new sign-in takes this entry instead.
      this.restartAt = undefined;
    }
    this.replaceNext = true;
    this.host.restart();
  }

  /** "Stay": forward again to the entry of the step on screen (nothing was cancelled). */
  private stay(): void {
    const back = this.askedFrom;
    const at = this.current?.n ?? 0;
    this.askedFrom = undefined;
    this.host.requestUpdate();
    this.host.focusStep();
    if (back !== undefined && back !== at && !this.keys.travel(at, back)) this.nameShownHere();
  }

  /**
   * A move to entry `n` found it gone from the browser's history: the flow stays on this entry. For `go` (an entry
   * whose step is offered), that step is shown here; for `undo`, this entry names the step still on screen.
   */
  private instead(kind: 'go' | 'undo', n: number): void {
    const mark = this.furthest?.trail[n];
    if (kind === 'go' && mark) {
      this.replaceNext = true;
      this.host.showStep(mark.step);
    } else {
      this.nameShownHere();
    }
  }

  /** This entry names the step on screen (a move meant to reach that step's own entry could not). */
  private nameShownHere(): void {
    if (this.shown) this.write(replacedRecord(this.current, this.shown), 'replace');
  }

  private write(record: HistoryRecord, how: 'push' | 'replace'): void {
    this.current = record;
    // A new entry drops those ahead of it, as the browser does.
    this.furthest = record;
    // Whatever the app keeps in the entry's state (a router's keys) stays beside the record.
    const kept = typeof history.state === 'object' && history.state !== null ? (history.state as object) : {};
    const state = { ...kept, [HISTORY_KEY]: { ...record, run: this.run, keys: this.keys.before(record.n) } };
    if (how === 'push') history.pushState(state, '');
    else history.replaceState(state, '');
    this.keys.written(record.n);
  }
}

/** Whether `record`'s entry is one of `furthest`'s trail (the same steps up to it): the entries ahead are still there. */
function sameTrail(record: HistoryRecord, furthest: HistoryRecord): boolean {
  return record.n <= furthest.n && record.trail.every((mark, n) => sameMark(mark, furthest.trail[n]));
}

/** The browser's keys of the entries before a record's own, as it kept them (see history-travel.ts). */
function keysIn(record: HistoryRecord): readonly string[] {
  const keys = (record as { keys?: unknown }).keys;
  return Array.isArray(keys) ? (keys as string[]) : [];
}

/** The run a record was written by (see `HistorySync.run`); none for a record of an older version or none at all. */
function runOf(record: HistoryRecord | undefined): string | undefined {
  const run = (record as { run?: unknown } | undefined)?.run;
  return typeof run === 'string' ? run : undefined;
}
