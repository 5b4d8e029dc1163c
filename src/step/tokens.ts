import { css, unsafeCSS, type CSSResult } from 'lit';

/** Colours that more than one default uses, written once. */
const WHITE = unsafeCSS('#ffffff');
const INK = unsafeCSS('#1d1d21');

/**
 * The theming contract, in one place. Apps set the public `--okta-*` properties anywhere above the flow
 * (`:root`, an ancestor, `<okta-flow>` itself); nothing here ever assigns one, so an app's value always
 * reaches us by inheritance. Each is read once into a private `--_okta-*` property with its default, which
 * is what the styles use. Colour defaults are `light-dark()` pairs, resolved where they are used, so they
 * follow the `theme` attribute or the page's `color-scheme`.
 *
 * These are declarations without a selector: `<okta-flow>` puts them on its host (the light-DOM forms
 * inherit them), and each step form repeats them, so a step shown without a flow (in a story) looks the
 * same. Both resolve the same public values, so the results agree.
 *
 * Tokens that one rule reads (card size, padding, font, heading size, gap, input text) are read with their
 * default at that rule.
 */
export const themeTokens: CSSResult = css`
  --_okta-primary: var(--okta-primary, light-dark(#1662dd, #7aa7ff));
  --_okta-primary-text: var(--okta-primary-text, light-dark(${WHITE}, #0b1a33));
  --_okta-background: var(--okta-background, light-dark(${WHITE}, ${INK}));
  --_okta-text-color: var(--okta-text-color, light-dark(${INK}, #f1f1f4));
  --_okta-error-color: var(--okta-error-color, light-dark(#c0262d, #ff8a8f));
  --_okta-success-color: var(--okta-success-color, light-dark(#16794c, #6fd7a4));
  --_okta-muted-color: var(--okta-muted-color, light-dark(#5c5c63, #b4b4bd));
  --_okta-border-color: var(--okta-border-color, light-dark(#8a8a8f, #75757d));
  --_okta-focus-ring: var(--okta-focus-ring, light-dark(#4b7bec, #a9c3ff));
  --_okta-card-border-color: var(--okta-card-border-color, light-dark(#d7d7dc, #3a3a40));
  --_okta-link-color: var(--okta-link-color, var(--_okta-primary));
  --_okta-input-background: var(--okta-input-background, transparent);
  --_okta-radius: var(--okta-radius, 0.5rem);
`;

/** A QR code must stay dark on light to scan, whatever the theme. */
export const qrBackground: CSSResult = WHITE;
