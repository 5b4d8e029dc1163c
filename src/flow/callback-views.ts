import { css, html, type CSSResult, type TemplateResult } from 'lit';
import type { Localizer } from '../i18n/localize.js';

/** The code's look: large, monospace, spaced, never reordered by a right-to-left page. */
const codeStyles: CSSResult = css`
  .code-end {
    display: grid;
    gap: 1rem;
    margin-bottom: 1rem;
  }
  .code-end .terminal-heading {
    margin: 0;
  }
  .code-line {
    margin: 0;
  }
  .code {
    display: block;
    padding: 0.75rem 1rem;
    font-family: ui-monospace, 'SF Mono', Menlo, Consolas, monospace;
    font-size: 2rem;
    font-weight: 700;
    letter-spacing: 0.2em;
    text-align: center;
    unicode-bidi: isolate;
    user-select: all;
    border: 1px solid var(--_okta-border-color);
    border-radius: var(--_okta-radius);
  }
  .copied:empty {
    display: none;
  }
  .copied {
    margin: 0;
    color: var(--_okta-success-color);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;

const adopted = new WeakSet<Node>();

/** Adds the code's styles to the flow's shadow root, once (a constructed sheet: no inline style for a strict CSP). */
function adoptCodeStyles(root: Node): void {
  if (adopted.has(root) || !(root instanceof ShadowRoot) || !codeStyles.styleSheet) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, codeStyles.styleSheet];
  adopted.add(root);
}

/** Copies the code; where the clipboard is refused, selects it so the person can copy it themselves. */
async function copy(event: Event, code: string, i18n: Localizer): Promise<void> {
  const section = (event.currentTarget as HTMLElement).closest('.code-end');
  const status = section?.querySelector('.copied');
  try {
    await navigator.clipboard.writeText(code);
    if (status) status.textContent = i18n.t('callback.code.copied');
  } catch {
    const shown = section?.querySelector('.code');
    if (shown) getSelection()?.selectAllChildren(shown);
  }
}

/**
 * Okta's "enter this code where you started" end (the email link opened in another browser, or after its
 * sign-in was gone): the heading, the code large with a copy button. The flow's message below says where to
 * type it, and its button offers to sign in here instead.
 */
export function renderCodeEnd(root: Node, code: string, i18n: Localizer): TemplateResult {
  adoptCodeStyles(root);
  return html`<section class="code-end" part="code-end" aria-labelledby="okta-code-heading">
    <h2 class="terminal-heading" part="terminal-heading" id="okta-code-heading" tabindex="-1">${i18n.t('callback.code.heading')}</h2>
    <p class="code-line">
      <span class="visually-hidden">${i18n.t('callback.code.label')}: </span>
      <code class="code" part="code" dir="ltr" translate="no">${code}</code>
    </p>
    <button type="button" class="okta-button okta-button-secondary" part="button secondary" @click=${(event: Event) => copy(event, code, i18n)}>
      ${i18n.t('callback.code.copy')}
    </button>
    <p class="copied" role="status"></p>
  </section>`;
}
