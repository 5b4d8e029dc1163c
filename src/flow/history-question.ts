import { html, type TemplateResult } from 'lit';
import type { Localizer } from '../i18n/localize.js';

/**
 * The question `<okta-flow history>` asks when Back would cancel the transaction: a finished inline dialog in the
 * flow's card (in place of the step, which stays in the page with what was typed), never `window.confirm`. It is an
 * `alertdialog` named by its heading and described by its text; focus goes to "Stay on this step", the choice that
 * loses nothing, and Escape chooses it too.
 */
export function renderLeaveQuestion(i18n: Localizer, startOver: () => void, stay: () => void): TemplateResult {
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    stay();
  };
  return html`<div
    class="panel"
    part="leave-question"
    role="alertdialog"
    aria-labelledby="okta-leave-heading"
    aria-describedby="okta-leave-text"
    @keydown=${onKeydown}
  >
    <h2 class="terminal-heading" id="okta-leave-heading" part="terminal-heading">${i18n.t('history.leave.heading')}</h2>
    <p id="okta-leave-text">${i18n.t('history.leave.text')}</p>
    <button part="button" class="okta-button" data-leave="start-over" @click=${startOver}>${i18n.t('history.leave.confirm')}</button>
    <button part="button secondary" class="okta-button okta-button-secondary" data-leave="stay" @click=${stay}>
      ${i18n.t('history.leave.stay')}
    </button>
  </div>`;
}
