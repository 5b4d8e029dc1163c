/**
 * WebAuthn (`webauthn`): a passkey, a security key or this device's screen lock. Both views run a
 * ceremony in the browser (`./webauthn.ts`, through okta-auth-js's helpers) and send its result.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { renderSubmit } from '../step/render-field.js';
import type { MessageKey } from '../i18n/localize.js';
import { createCredential, getAssertion, webauthnProblem, webauthnSupported } from './webauthn.js';
import type { AuthenticatorModule, View, ViewContext } from './types.js';

/** What will happen, why it failed last time, and the button that starts the ceremony. */
function renderPrompt(ctx: ViewContext, intro: MessageKey, action: MessageKey): TemplateResult {
  const supported = webauthnSupported();
  return html`<p class="okta-hint">${ctx.t(intro)}</p>
    ${!supported ? html`<p class="okta-field-error" role="alert">${ctx.t('webauthn.unsupported')}</p>` : nothing}
    ${ctx.ceremonyProblem ? html`<p class="okta-field-error" role="alert">${ctx.t(ctx.ceremonyProblem)}</p>` : nothing}
    ${supported
      ? renderSubmit(ctx.t(ctx.ceremonyProblem ? 'webauthn.tryAgain' : action), ctx.busy, ctx.t('webauthn.waiting'))
      : nothing}`;
}

/** A failed ceremony, as a catalogue key. */
const problem = (error: unknown): MessageKey => webauthnProblem(error);

const verify: View = {
  render: (ctx) => renderPrompt(ctx, 'webauthn.verify.intro', 'step.verify'),
  submit: (ctx) => getAssertion(ctx.authenticator?.contextualData?.challengeData as never, ctx.flow.enrollments),
  problem,
};

const enroll: View = {
  render: (ctx) => renderPrompt(ctx, 'webauthn.enroll.intro', 'webauthn.enroll.submit'),
  submit: (ctx) => createCredential(ctx.authenticator?.contextualData?.activationData as never, ctx.flow.enrollments),
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
