import { css, type CSSResult } from 'lit';

/**
 * Styles for the forms step elements render in the light DOM (where password managers can see them).
 * Every selector is wrapped in `:where()` so an app's own rules win without `!important`. Colours come
 * from `--okta-*` custom properties set on `<okta-flow>`, which inherit into slotted children.
 */
export const lightStyles: CSSResult = css`
  :where(.okta-step) {
    display: grid;
    gap: var(--okta-space, 1rem);
    font: inherit;
    color: inherit;
  }
  :where(.okta-step h2) {
    margin: 0;
    font-size: var(--okta-heading-size, 1.35rem);
    font-weight: 600;
    line-height: 1.25;
  }
  :where(.okta-step p) {
    margin: 0;
  }
  :where(.okta-field) {
    display: grid;
    gap: 0.35rem;
  }
  :where(.okta-field label) {
    font-weight: 600;
  }
  :where(.okta-field input:not([type='checkbox'], [type='radio'])) {
    box-sizing: border-box;
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    font: inherit;
    color: var(--okta-input-text, inherit);
    background: var(--okta-input-background, transparent);
    border: 1px solid var(--okta-border-color, #8a8a8f);
    border-radius: var(--okta-radius, 0.5rem);
  }
  :where(.okta-field input:focus-visible, .okta-button:focus-visible, .okta-link:focus-visible) {
    outline: 3px solid var(--okta-focus-ring, #4b7bec);
    outline-offset: 2px;
  }
  :where(.okta-field input[aria-invalid='true']) {
    border-color: var(--okta-error-color, #c0262d);
  }
  :where(.okta-check) {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  :where(.okta-check input) {
    width: 1.15rem;
    height: 1.15rem;
    margin: 0;
    accent-color: var(--okta-primary, #1662dd);
  }
  :where(.okta-field-error) {
    margin: 0;
    color: var(--okta-error-color, #c0262d);
    font-size: 0.925em;
  }
  :where(.okta-hint) {
    margin: 0;
    color: var(--okta-muted-color, #5c5c63);
    font-size: 0.925em;
  }
  :where(.okta-button) {
    display: inline-flex;
    justify-content: center;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    font: inherit;
    font-weight: 600;
    color: var(--okta-primary-text, #fff);
    background: var(--okta-primary, #1662dd);
    border: 0;
    border-radius: var(--okta-radius, 0.5rem);
    cursor: pointer;
  }
  :where(.okta-button[aria-disabled='true']) {
    cursor: progress;
    opacity: 0.75;
  }
  :where(.okta-spinner) {
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: okta-spin 0.8s linear infinite;
  }
  @keyframes okta-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :where(.okta-spinner) {
      animation-duration: 2.4s;
    }
  }
  :where(.okta-links) {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5rem;
  }
  :where(.okta-link) {
    padding: 0;
    font: inherit;
    color: var(--okta-link-color, var(--okta-primary, #1662dd));
    text-decoration: underline;
    background: none;
    border: 0;
    cursor: pointer;
  }
  :where(.okta-requirements) {
    display: grid;
    gap: 0.2rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.925em;
  }
  :where(.okta-requirements li) {
    padding-inline-start: 1.25em;
    text-indent: -1.25em;
  }
  :where(.okta-requirements li)::before {
    content: '○';
    display: inline-block;
    width: 1.25em;
    text-indent: 0;
  }
  :where(.okta-requirements li[data-met])::before {
    content: '✓';
    color: var(--okta-success-color, #16794c);
  }
  :where(.okta-options) {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  :where(.okta-option) {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25rem 0.75rem;
    align-items: center;
    padding: 0.75rem;
    border: 1px solid var(--okta-border-color, #8a8a8f);
    border-radius: var(--okta-radius, 0.5rem);
  }
  :where(.okta-option-text) {
    display: grid;
  }
  :where(.okta-option-actions) {
    display: flex;
    flex-wrap: wrap;
    grid-column: 1 / -1;
    gap: 0.5rem;
  }
  :where(.okta-button-secondary) {
    color: var(--okta-primary, #1662dd);
    background: transparent;
    border: 1px solid currentColor;
  }
  :where(.okta-qr) {
    justify-self: center;
    background: #fff;
    padding: 0.5rem;
    border-radius: var(--okta-radius, 0.5rem);
  }
  :where(.okta-secret) {
    font-family: ui-monospace, monospace;
    letter-spacing: 0.05em;
    word-break: break-all;
  }
  :where(.okta-number-challenge) {
    justify-content: center;
    margin: 0;
    font-size: 2.5rem;
    font-weight: 700;
  }
  :where(.okta-push p) {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  :where(.okta-field select) {
    box-sizing: border-box;
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    font: inherit;
    color: inherit;
    background: var(--okta-input-background, transparent);
    border: 1px solid var(--okta-border-color, #8a8a8f);
    border-radius: var(--okta-radius, 0.5rem);
  }
  :where(.okta-visually-hidden) {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  :where(.okta-choices) {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    border: 0;
  }
  :where(.okta-choices legend) {
    margin-bottom: 0.35rem;
    padding: 0;
    font-weight: 600;
  }
`;

const adopted = new WeakSet<Document | ShadowRoot>();

/** Adds the light-DOM stylesheet once to whatever root (document or an app's shadow root) holds the element. */
export function adoptLightStyles(element: Element): void {
  const root = element.getRootNode() as Document | ShadowRoot;
  if (!('adoptedStyleSheets' in root) || adopted.has(root)) return;
  const sheet = lightStyles.styleSheet;
  if (!sheet) return;
  root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
  adopted.add(root);
}
