import { css, type CSSResult } from 'lit';

/**
 * Buttons, the spinner and the focus ring, written once for both places that draw them: the step forms in
 * the light DOM (inside `lightStyles`) and `<okta-flow>`'s own shadow DOM ("Try again", "Start over",
 * "Loading…"), which uses the same class names. Wrapped in `:where()` so an app's rules win. Reads the
 * private `--_okta-*` properties of `themeTokens`.
 */
export const controlStyles: CSSResult = css`
  :where(.okta-button) {
    display: inline-flex;
    justify-content: center;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    font: inherit;
    font-weight: 600;
    color: var(--_okta-primary-text);
    background: var(--_okta-primary);
    border: 0;
    border-radius: var(--_okta-radius);
    cursor: pointer;
  }
  :where(.okta-button[aria-disabled='true']) {
    cursor: progress;
    opacity: 0.75;
  }
  :where(.okta-button-secondary) {
    color: var(--_okta-primary);
    background: transparent;
    border: 1px solid currentColor;
  }
  :where(.okta-field input:focus-visible, .okta-button:focus-visible, .okta-link:focus-visible) {
    outline: 3px solid var(--_okta-focus-ring);
    outline-offset: 2px;
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
`;
