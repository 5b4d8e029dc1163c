/**
 * A module fetched the first time it is needed, once per page, with a status a view can render: `idle`
 * (not asked for yet), `loading`, `loaded` or `failed`. A failed load is not retried by itself — only
 * when `load()` is called again (a "Try again" button) — so a dropped network never loops.
 */
export type LoadStatus = 'idle' | 'loading' | 'loaded' | 'failed';

export class LoadOnce<T> {
  private loaded?: T;
  private pending?: Promise<T>;
  private lastLoadFailed = false;
  private readonly listeners = new Set<() => void>();

  /** `fetch` is how the module arrives (a dynamic `import()`); a test may replace it before the first load. */
  constructor(public fetch: () => Promise<T>) {}

  get status(): LoadStatus {
    if (this.loaded !== undefined) return 'loaded';
    if (this.pending) return 'loading';
    return this.lastLoadFailed ? 'failed' : 'idle';
  }

  /** The module once loaded. */
  get value(): T | undefined {
    return this.loaded;
  }

  /**
   * Calls `listener` each time the status changes (a load starts, arrives or fails), before anyone who
   * awaits `load()` goes on. Returns the function that stops it.
   */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts the load unless one is under way (then the same promise) or done; a failed one starts again. */
  load(): Promise<T> {
    if (this.loaded !== undefined) return Promise.resolve(this.loaded);
    if (this.pending) return this.pending;
    this.pending = Promise.resolve()
      .then(() => this.fetch())
      .then(
        (value) => {
          this.loaded = value;
          this.pending = undefined;
          this.notify();
          return value;
        },
        (error: unknown) => {
          this.lastLoadFailed = true;
          this.pending = undefined;
          this.notify();
          throw error;
        },
      );
    this.notify();
    return this.pending;
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
