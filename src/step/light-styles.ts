import { css, type CSSResult } from 'lit';
import { qrBackground, themeTokens } from './tokens.js';
import { controlStyles } from './control-styles.js';

/**
 * Styles for the forms step elements render in the light DOM (where password managers can see them).
 * Every selector is wrapped in `:where()` so an app's own rules win without `!important`. Colours and the
 * radius are the private `--_okta-*` values of `themeTokens`: inside `<okta-flow>` the form inherits them
 * from the host, and each form resolves them again from the same public `--okta-*` properties, so a step
 * shown without a flow gets the same defaults.
 */
export const lightStyles: CSSResult = css`
  ${controlStyles}
  :where(.okta-step) {
    ${themeTokens}
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
  :where(.okta-field input:not([type='checkbox'], [type='radio']), .okta-field select) {
    box-sizing: border-box;
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    font: inherit;
    color: var(--okta-input-text, inherit);
    background: var(--_okta-input-background);
    border: 1px solid var(--_okta-border-color);
    border-radius: var(--_okta-radius);
  }
  :where(.okta-field input[aria-invalid='true']) {
    border-color: var(--_okta-error-color);
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
    accent-color: var(--_okta-primary);
  }
  :where(.okta-field-error) {
    margin: 0;
    color: var(--_okta-error-color);
    font-size: 0.925em;
  }
  :where(.okta-hint) {
    margin: 0;
    color: var(--_okta-muted-color);
    font-size: 0.925em;
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
    color: var(--_okta-link-color);
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
  /* A hanging indent that holds when a rule wraps, in either direction: the mark sits in the start padding,
     out of the line (an inline mark with a negative text-indent left the space after it on the first line). */
  :where(.okta-requirements li) {
    position: relative;
    padding-inline-start: 1.25em;
  }
  :where(.okta-requirements li)::before {
    content: '○';
    position: absolute;
    inset-inline-start: 0;
    inline-size: 1.25em;
  }
  :where(.okta-requirements li[data-met])::before {
    content: '✓';
    color: var(--_okta-success-color);
  }
  :where(.okta-options) {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* A row: the mark, the name and what it does, then its button at the end, aligned from row to row. The
     whole row is the target of its first button (a stretched ::after); a second way (the phone's voice call)
     stays clickable above it. */
  :where(.okta-option) {
    position: relative;
    display: grid;
    grid-template-columns: auto 1fr auto;
    gap: 0.5rem 0.75rem;
    align-items: center;
    padding: 0.75rem;
    border: 1px solid var(--_okta-border-color);
    border-radius: var(--_okta-radius);
  }
  :where(.okta-option:hover) {
    border-color: var(--_okta-primary);
  }
  :where(.okta-option-text) {
    display: grid;
  }
  :where(.okta-option-actions) {
    display: flex;
    justify-content: flex-end;
    gap: 0.5rem;
  }
  :where(.okta-option-actions .okta-button) {
    white-space: nowrap;
  }
  :where(.okta-option-actions .okta-button:first-child)::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: inherit;
  }
  :where(.okta-option-actions .okta-button:not(:first-child)) {
    position: relative;
    z-index: 1;
  }
  /* Several ways (SMS or a call): side by side on their own line under the name, not squeezed beside it. */
  :where(.okta-option-actions:has(> .okta-button:nth-child(2))) {
    grid-column: 2 / -1;
    justify-content: flex-start;
    flex-wrap: wrap;
  }
  :where(.okta-skip) {
    justify-self: stretch;
  }
  :where(.okta-qr) {
    justify-self: center;
    background: ${qrBackground};
    padding: 0.5rem;
    border-radius: var(--_okta-radius);
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
