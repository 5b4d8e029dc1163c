/**
 * WebAuthn (`webauthn`): a passkey, a security key or this device's screen lock. Both views run a
 * ceremony in the browser (`./webauthn.ts`, through okta-auth-js's helpers) and send its result.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { renderSubmit } from '../step/render-field.js';
import type { MessageKey } from '../i18n/localize.js';
import { createCredential, getAssertion, webauthnProblem, webauthnSupported } from './webauthn.js';
import type { AuthenticatorModule, View, ViewContext } from './types.js';
import type { StepValues } from '../events/okta-proceed.js';

/** The view-state key set while the browser's passkey prompt is open. */
const WAITING = 'webauthn.waiting';

/** What will happen, why it failed last time, and the button that starts the ceremony. */
function renderPrompt(ctx: ViewContext, intro: MessageKey, action: MessageKey): TemplateResult {
  const supported = webauthnSupported();
  const waiting = ctx.ui.get<boolean>(WAITING) === true;
  return html`<p class="okta-hint">${ctx.t(intro)}</p>
    ${!supported ? html`<p class="okta-field-error" role="alert">${ctx.t('webauthn.unsupported')}</p>` : nothing}
    ${ctx.ceremonyProblem ? html`<p class="okta-field-error" role="alert">${ctx.t(ctx.ceremonyProblem)}</p>` : nothing}
    ${supported && waiting
      ? html`<button class="okta-button" type="submit" disabled aria-busy="true">
            <span class="okta-spinner" aria-hidden="true"></span>${ctx.t('webauthn.waiting')}
          </button>`
      : supported
        ? renderSubmit(ctx.t(ctx.ceremonyProblem ? 'webauthn.tryAgain' : action), ctx.busy, ctx.t('webauthn.waiting'))
        : nothing}
    <p class="okta-hint" role="status">${waiting ? ctx.t('webauthn.waitingPrompt') : nothing}</p>`;
}

/**
 * Runs one ceremony at a time: while the browser's prompt is open the button shows it waits, and a second
 * click (or Enter) starts nothing; a second `navigator.credentials` call would be refused and reported as a failure.
 */
function oneAtATime(ceremony: (ctx: ViewContext) => Promise<StepValues>): (ctx: ViewContext) => Promise<StepValues> {
  return async (ctx) => {
    // Never settles: the prompt already open answers for both clicks.
    if (ctx.ui.get<boolean>(WAITING)) return new Promise<StepValues>(() => undefined);
    ctx.ui.set(WAITING, true);
    try {
      return await ceremony(ctx);
    } finally {
      ctx.ui.set(WAITING, false);
    }
  };
}

/** A failed ceremony, as a catalogue key. */
const problem = (error: unknown): MessageKey => webauthnProblem(error);

const verify: View = {
  render: (ctx) => renderPrompt(ctx, 'webauthn.verify.intro', 'step.verify'),
  submit: oneAtATime((ctx) => getAssertion(ctx.authenticator?.contextualData?.challengeData as never, ctx.flow.enrollments)),
  problem,
};

const enroll: View = {
  render: (ctx) => renderPrompt(ctx, 'webauthn.enroll.intro', 'webauthn.enroll.submit'),
  submit: oneAtATime((ctx) => createCredential(ctx.authenticator?.contextualData?.activationData as never, ctx.flow.enrollments)),
  problem,
};

export const securityKey: AuthenticatorModule = {
  keys: ['webauthn'],
  name: (t) => t('webauthn.name'),
  icon: () => svg`<circle cx="8" cy="12" r="4"/><path d="M12 12h9M18 12v3M21 12v2"/>`,
  action: (t, _authenticator, enrolling) => t(enrolling ? 'webauthn.action.enroll' : 'webauthn.action.verify'),
  verify,
  enroll,
};
