/**
 * Registers a custom element unless the tag is already taken, so that two copies of okta-elements on
 * one page (an app bundle and a CDN script, say) do not throw.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
