/**
 * Dispatches an event. Elements call this instead of `this.dispatchEvent` so the manifest analyzer takes
 * the documented `@fires` tags as the events list, not every expression it sees dispatched.
 */
export function emit(target: EventTarget, event: Event): void {
  target.dispatchEvent(event);
}
