/**
 * The password (`okta_password`): verified with the current password. Setting one up with the org's rules
 * is its `enroll` view, in `./password-enroll.ts`, which arrives with the on-demand modules: a password
 * sign-in never shows it.
 */
import { html, nothing, svg } from 'lit';
import { renderMessage, renderSubmit, renderTextField } from '../step/render-field.js';
import { strong } from './strong.js';
import type { AuthenticatorModule, View } from './types.js';

export const PASSCODE = 'credentials.passcode';

const verify: View = {
  heading: (ctx) => ctx.t('password.verify.heading'),
  username: true,
  render(ctx) {
    const identifier = ctx.flow.user?.identifier;
    return html`${identifier
        ? html`<p class="okta-hint">${renderMessage(ctx.t('password.verify.signingInAs'), { identifier: strong(identifier) })}</p>`
        : nothing}
      ${renderTextField({
        id: ctx.idFor('password'),
        name: PASSCODE,
        label: ctx.field(PASSCODE)?.label ?? ctx.t('password.verify.label'),
        type: 'password',
        autocomplete: 'current-password',
        required: true,
        errors: ctx.errorsFor(PASSCODE),
      })}
      ${renderSubmit(ctx.t('step.verify'), ctx.busy, ctx.t('step.verifying'))}`;
  },
  links(ctx) {
    if (!ctx.flow.canRecoverPassword) return nothing;
    const recover = (): void => ctx.requestAction(ctx.actionEndingWith('-recover') ?? 'currentAuthenticatorEnrollment-recover');
    return html`<button type="button" class="okta-link" @click=${recover}>${ctx.t('step.link.forgotPassword')}</button>`;
  },
};

export const password: AuthenticatorModule = {
  keys: ['okta_password'],
  name: (t) => t('password.name'),
  icon: () => svg`<rect x="4" y="10" width="16" height="10" rx="2"/><path d="M8 10V7a4 4 0 0 1 8 0v3"/>`,
  action: (t, _authenticator, enrolling) => t(enrolling ? 'password.action.enroll' : 'password.action.verify'),
  verify,
};
