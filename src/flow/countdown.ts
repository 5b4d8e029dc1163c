/**
 * Calls `tick` on each whole second left until `until` (epoch ms), then `end` once. One countdown at a
 * time: starting again or stopping clears the timer, so nothing runs after its owner stops.
 */
export class Countdown {
  private timer?: ReturnType<typeof setTimeout>;

  start(until: number, tick: () => void, end: () => void): void {
    this.stop();
    const next = () => {
      const left = until - Date.now();
      this.timer = setTimeout(() => {
        this.timer = undefined;
        if (Date.now() >= until) {
          end();
          return;
        }
        tick();
        next();
      }, left % 1000 || 1000);
    };
    next();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
