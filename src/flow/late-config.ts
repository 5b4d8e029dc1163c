/**
 * How long `<okta-flow>` waits for its configuration (`issuer` and `client-id`, or `authClient`) before it calls
 * the configuration missing.
 *
 * Frameworks bind after they connect. Angular creates a view's elements (connecting them) in one pass and applies
 * `[issuer]` / `[clientId]` in a change detection it schedules as a race of `setTimeout` and
 * `requestAnimationFrame` (zoneless; a routed component is created and checked in two such turns); Vue and React
 * set properties from script, a task or so after the element exists. So missing configuration is normal at first.
 *
 * The rule: the flow reports `config-error` only when the configuration is still missing after the first
 * animation frame that follows its connection, plus one task more. Any framework pass scheduled before that frame
 * (by timer or by frame) has run by then, and the extra task lets work that pass queued run too. Where no frame
 * comes (a background tab, a hidden iframe), a timer stands in for the frame. Nothing here runs at module
 * evaluation: importing this module in Node (server rendering) touches no browser API.
 */

/** Stands in for the animation frame where none comes (a background tab). */
export const FRAME_FALLBACK_MS = 1000;

/** One wait for a fair chance; `start` replaces a wait under way, `cancel` drops it. */
export class ConfigWait {
  private frame?: number;
  private fallback?: ReturnType<typeof setTimeout>;
  private task?: ReturnType<typeof setTimeout>;

  /** True from `start` until `expired` ran or the wait was cancelled. */
  get waiting(): boolean {
    return this.frame !== undefined || this.fallback !== undefined || this.task !== undefined;
  }

  /** Calls `expired` once, after the next animation frame (or the fallback timer) and one task more. */
  start(expired: () => void): void {
    this.cancel();
    const afterFrame = () => {
      this.clearFrame();
      this.task = setTimeout(() => {
        this.task = undefined;
        expired();
      }, 0);
    };
    this.frame = requestAnimationFrame(afterFrame);
    this.fallback = setTimeout(afterFrame, FRAME_FALLBACK_MS);
  }

  cancel(): void {
    this.clearFrame();
    clearTimeout(this.task);
    this.task = undefined;
  }

  private clearFrame(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    clearTimeout(this.fallback);
    this.frame = undefined;
    this.fallback = undefined;
  }
}
