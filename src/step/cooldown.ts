import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A visible countdown ("Resend in 24 s") that re-renders its host once a second while running. Its
 * interval stops when the host leaves the page, so no timer outlives the element.
 */
export class CooldownController implements ReactiveController {
  private until = 0;
  private timer?: ReturnType<typeof setInterval>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly seconds: number,
  ) {
    host.addController(this);
  }

  /** Seconds left, 0 when the action may be used again. */
  get remaining(): number {
    return Math.max(0, Math.ceil((this.until - Date.now()) / 1000));
  }

  start(): void {
    this.until = Date.now() + this.seconds * 1000;
    this.tick();
  }

  hostConnected(): void {
    if (this.remaining > 0) this.tick();
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private tick(): void {
    clearInterval(this.timer);
    this.timer = setInterval(() => {
      this.host.requestUpdate();
      if (this.remaining === 0) {
        clearInterval(this.timer);
        this.timer = undefined;
      }
    }, 1000);
    this.host.requestUpdate();
  }
}
