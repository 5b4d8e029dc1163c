/** A QR code from the server, with a visible sentence in its place when the image cannot load. */
import { html, type TemplateResult } from 'lit';
import type { MessageKey } from '../i18n/localize.js';
import type { ViewContext } from './types.js';

/** The view-state key set once the image failed (a page policy without `img-src data:`, a corrupt PNG). */
const FAILED = 'qr.failed';

/**
 * The `<img>` while it can load; once it errors, `fallback` (pointing to the key or the link) instead of an
 * empty box, announced because it replaces what the person was about to scan.
 */
export function renderQr(ctx: ViewContext, src: string, alt: MessageKey, fallback: MessageKey): TemplateResult {
  return ctx.ui.get<boolean>(FAILED)
    ? html`<p class="okta-hint okta-qr-failed" role="status">${ctx.t(fallback)}</p>`
    : html`<img class="okta-qr" src=${src} alt=${ctx.t(alt)} width="180" height="180" @error=${() => ctx.ui.set(FAILED, true)} />`;
}
