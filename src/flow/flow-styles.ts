import { css } from 'lit';

/**
 * The root's own look. Colours are `--okta-*` custom properties with light and dark defaults
 * (`light-dark()` follows the page's colour scheme unless `theme` forces one).
 */
export const flowStyles = css`
  :host {
    --_bg: var(--okta-background, light-dark(#ffffff, #1d1d21));
    --_text: var(--okta-text-color, light-dark(#1d1d21, #f1f1f4));
    --okta-primary: light-dark(#1662dd, #7aa7ff);
    --okta-primary-text: light-dark(#ffffff, #0b1a33);
    --okta-error-color: light-dark(#c0262d, #ff8a8f);
    --okta-success-color: light-dark(#16794c, #6fd7a4);
    --okta-muted-color: light-dark(#5c5c63, #b4b4bd);
    --okta-border-color: light-dark(#8a8a8f, #75757d);
    --okta-focus-ring: light-dark(#4b7bec, #a9c3ff);
    display: block;
    box-sizing: border-box;
    max-width: var(--okta-max-width, 26rem);
    padding: var(--okta-padding, 2rem);
    font-family: var(--okta-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--okta-font-size, 1rem);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--okta-card-border-color, light-dark(#d7d7dc, #3a3a40));
    border-radius: var(--okta-card-radius, 0.75rem);
    box-shadow: var(--okta-card-shadow, 0 1px 3px rgb(0 0 0 / 0.12));
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  .messages:not([data-empty]) {
    margin-bottom: 1rem;
  }
  .message {
    margin: 0 0 0.5rem;
    padding: 0.75rem 1rem;
    border-radius: var(--okta-radius, 0.5rem);
    border-inline-start: 4px solid currentColor;
  }
  .message-error {
    color: var(--okta-error-color);
    background: light-dark(#fdecec, #3a1d1f);
  }
  .message-info,
  .message-warning {
    color: var(--_text);
    background: light-dark(#eef3fd, #1f2a3d);
  }
  .panel {
    display: grid;
    gap: 1rem;
  }
  .loading {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    margin: 0;
    color: var(--okta-muted-color);
  }
  .spinner {
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 2.4s;
    }
  }
  button {
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    font: inherit;
    font-weight: 600;
    color: var(--okta-primary-text);
    background: var(--okta-primary);
    border: 0;
    border-radius: var(--okta-radius, 0.5rem);
    cursor: pointer;
  }
  button.secondary {
    color: var(--okta-primary);
    background: transparent;
    border: 1px solid currentColor;
  }
  button:focus-visible {
    outline: 3px solid var(--okta-focus-ring);
    outline-offset: 2px;
  }
  .success {
    margin: 0;
    font-weight: 600;
    color: var(--okta-success-color);
  }
`;
