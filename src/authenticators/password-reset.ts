/**
 * A new password where the sign-in asks for one instead of setting one up: a reset at the end of a
 * recovery (`reset-authenticator`, with "Sign me out of all other devices" where Okta offers it), an expired
 * password (`reenroll-authenticator`), and one that expires soon (`reenroll-authenticator-warning`: the
 * days left, "Change password" and "Remind me later"). Each is the set-up screen's fields and checks
 * (`./password-enroll.ts`) under its own heading. Part of the on-demand modules (`./on-demand.ts`): only a
 * person who resets or changes a password downloads it.
 */
import { html, nothing } from 'lit';
import { renderCheckbox, renderSubmit } from '../step/render-field.js';
import type { StepValues } from '../events/okta-proceed.js';
import type { MessageKey } from '../i18n/localize.js';
import { clearRefusedPassword, newPasswordFields, newPasswordRules } from './password-enroll.js';
import { PASSCODE } from './password.js';
import type { View, ViewContext } from './types.js';

/** Okta's option, in a reset, to end the person's sessions elsewhere. */
export const REVOKE_SESSIONS = 'credentials.revokeSessions';

/** What is sent: the new password, and the sessions choice when offered; never the confirmation. */
const toRequest = (values: StepValues, ctx: ViewContext): StepValues => ({
  [PASSCODE]: values[PASSCODE],
  ...(ctx.field(REVOKE_SESSIONS) ? { [REVOKE_SESSIONS]: values[REVOKE_SESSIONS] === true } : {}),
});

const newPasswordView = (heading: (ctx: ViewContext) => string, submit: MessageKey, hint?: (ctx: ViewContext) => string): View => ({
  heading,
  username: true,
  render(ctx) {
    const revoke = ctx.field(REVOKE_SESSIONS);
    const hintText = hint?.(ctx);
    return html`${hintText ? html`<p class="okta-hint">${hintText}</p>` : nothing} ${newPasswordFields(ctx)}
      ${revoke
        ? renderCheckbox({
            id: ctx.idFor('revoke-sessions'),
            name: REVOKE_SESSIONS,
            label: revoke.label ?? ctx.t('password.reset.revokeSessions'),
            checked: revoke.value === true,
          })
        : nothing}
      ${renderSubmit(ctx.t(submit), ctx.busy, ctx.t('step.saving'))}`;
  },
  rules: newPasswordRules,
  toRequest,
  afterServerAnswer: clearRefusedPassword,
});

/** Okta's own sentence beside the expiry warning. */
const EXPIRING_MESSAGE = 'idx.password.expiring.message';

/** The Sign-In Widget's three headings: in so many days, later today, or soon (no count sent). */
function expiresHeading(ctx: ViewContext): string {
  const days = ctx.authenticator?.settings?.daysToExpiry;
  if (typeof days !== 'number' || days < 0) return ctx.t('password.expiring.soon');
  return days === 0 ? ctx.t('password.expiring.today') : ctx.t('password.expiring.inDays', { count: days });
}

/** "Remind me later": Okta's `skip`, offered beside the warning. */
const remindLater: View['links'] = (ctx) =>
  ctx.flow.steps.some((step) => step.name === 'skip')
    ? html`<button type="button" class="okta-link" @click=${() => ctx.requestAction('skip')}>${ctx.t('password.expiring.remindLater')}</button>`
    : nothing;

/** The views by remediation, as the password module's `around` steps of the `enroll` mode. */
export const PASSWORD_RESET_VIEWS: Readonly<Record<string, View>> = {
  'reset-authenticator': newPasswordView((ctx) => ctx.t('password.reset.heading'), 'password.reset.submit'),
  'reenroll-authenticator': newPasswordView(
    (ctx) => ctx.t('password.expired.heading'),
    'password.expired.submit',
    (ctx) => ctx.t('password.expired.hint'),
  ),
  'reenroll-authenticator-warning': {
    ...newPasswordView(expiresHeading, 'password.expired.submit', (ctx) =>
      // Okta usually says why already ("When your password expires you will be locked out…", above the form).
      ctx.flow.messages.some((message) => message.key === EXPIRING_MESSAGE) ? '' : ctx.t('password.expiring.hint'),
    ),
    links: remindLater,
  },
};
