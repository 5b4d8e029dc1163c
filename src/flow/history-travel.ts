/**
 * Moving the browser to one of the flow's own history entries, and only to one still there. `history.go(n)`
 * counts entries, but a browser may drop entries from the middle of a tab's history: Chrome, once a tab holds
 * 50, first drops the oldest that a page added before the person ever touched it (its history manipulation
 * intervention), the flow's own earlier entries included. Counting then overshoots past the flow's first entry,
 * out of the page. Where the browser has the Navigation API, each entry's key is known, and a move is made only
 * to the entry that has it; elsewhere (no such dropping seen) the count is used.
 */

/** The part of the Navigation API used here (not in every TypeScript DOM library yet). */
interface NavigationEntry {
  readonly key: string;
  readonly index: number;
}
interface NavigationLike {
  readonly currentEntry: NavigationEntry | null;
  entries(): NavigationEntry[];
}

const navigationApi = (): NavigationLike | undefined => (globalThis as { navigation?: NavigationLike }).navigation;

/** The key of the entry the browser is at, when the browser tells. */
const currentKey = (): string | undefined => navigationApi()?.currentEntry?.key;

/** The browser's keys of the flow's entries, by their place in the flow (0 being its first). */
export class EntryKeys {
  private readonly keys = new Map<number, string>();

  /** The browser is at entry `n`, reached by Back or Forward: `earlier` holds the keys its record kept. */
  arrived(n: number, earlier: readonly string[] = []): void {
    earlier.slice(0, n).forEach((key, at) => {
      if (typeof key === 'string' && key && !this.keys.has(at)) this.keys.set(at, key);
    });
    const key = currentKey();
    if (key) this.keys.set(n, key);
  }

  /** Entry `n` was just written: the entries after it are gone (a new entry drops those ahead, as the browser does). */
  written(n: number): void {
    for (const at of [...this.keys.keys()]) if (at > n) this.keys.delete(at);
    const key = currentKey();
    if (key) this.keys.set(n, key);
  }

  /** The keys of the entries before entry `n`, for its record: after a reload they find the earlier entries again. */
  before(n: number): string[] | undefined {
    if (!navigationApi()) return undefined;
    return Array.from({ length: n }, (_, at) => this.keys.get(at) ?? '');
  }

  /** Moves the browser from the flow's entry `from` to its entry `to`; false when that entry is no longer there. */
  travel(from: number, to: number): boolean {
    const navigation = navigationApi();
    if (!navigation?.currentEntry) {
      history.go(to - from);
      return true;
    }
    const key = this.keys.get(to);
    const entry = key ? navigation.entries().find((candidate) => candidate.key === key) : undefined;
    const by = entry ? entry.index - navigation.currentEntry.index : 0;
    // `go(0)` would reload the page: a move that lands where it is is no move.
    if (by === 0) return false;
    history.go(by);
    return true;
  }
}
