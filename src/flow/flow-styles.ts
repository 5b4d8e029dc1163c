import { css } from 'lit';
import { themeTokens } from '../step/tokens.js';
import { controlStyles } from '../step/control-styles.js';

/**
 * The root's own look. The host resolves the theming contract (`themeTokens`: private `--_okta-*` values
 * from the app's `--okta-*` properties, or light and dark defaults) and never assigns a public property, so
 * an app's value set on `:root`, an ancestor or the element itself always wins. The step forms, light-DOM
 * children of the host, inherit the same private values. `light-dark()` follows the page's colour scheme
 * unless `theme` forces one. Buttons and the spinner share `controlStyles` with the step forms.
 */
export const flowStyles = [
  controlStyles,
  css`
    :host {
      ${themeTokens}
      display: block;
      box-sizing: border-box;
      max-width: var(--okta-max-width, 26rem);
      padding: var(--okta-padding, 2rem);
      font-family: var(--okta-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
      font-size: var(--okta-font-size, 1rem);
      line-height: 1.5;
      color: var(--_okta-text-color);
      background: var(--_okta-background);
      border: 1px solid var(--_okta-card-border-color);
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
      border-radius: var(--_okta-radius);
      border-inline-start: 4px solid currentColor;
    }
    .message-error {
      color: var(--_okta-error-color);
      background: light-dark(#fdecec, #3a1d1f);
    }
    .message-info,
    .message-warning {
      color: var(--_okta-text-color);
      background: light-dark(#eef3fd, #1f2a3d);
    }
    .panel {
      display: grid;
      gap: 1rem;
    }
    .terminal-heading {
      margin: 0 0 1rem;
      font-size: var(--okta-heading-size, 1.25rem);
    }
    .loading {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      margin: 0;
      color: var(--_okta-muted-color);
    }
    .success {
      margin: 0;
      font-weight: 600;
      color: var(--_okta-success-color);
    }
  `,
];
