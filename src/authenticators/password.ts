/** The password (`okta_password`): verified with the current password, set up with the org's rules. */
import { html, nothing, svg } from 'lit';
import { renderMessage, renderSubmit, renderTextField } from '../step/render-field.js';
import { matches, required, requiredAs, requiredFieldRules, type Validator } from '../step/validators.js';
import { passwordRequirements, type PasswordRequirement } from './password-requirements.js';
import { strong } from './strong.js';
import type { AuthenticatorModule, View, ViewContext } from './types.js';

const PASSCODE = 'credentials.passcode';
/** Checked in the browser, never sent. */
const CONFIRM = 'confirmPassword';

const requirementsOf = (ctx: ViewContext): PasswordRequirement[] => {
  const user = ctx.flow.user;
  return passwordRequirements(
    ctx.authenticator?.settings?.complexity,
    { username: user?.identifier, attributes: { firstName: user?.firstName, lastName: user?.lastName } },
    ctx.t,
  );
};

/** The policy's rules, all met, else one message naming the unmet ones. */
const meetsRequirements =
  (requirements: readonly PasswordRequirement[]): Validator =>
  (value, { t }) => {
    const password = typeof value === 'string' ? value : '';
    const unmet = requirements.filter((rule) => !rule.test(password));
    if (!password || !unmet.length) return undefined;
    return { text: t('password.enroll.unmet', { rules: unmet.map((r) => r.text.toLowerCase()).join(', ') }), level: 'error' };
  };

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

const enroll: View = {
  heading: (ctx) => ctx.t('password.enroll.heading'),
  username: true,
  render(ctx) {
    const requirements = requirementsOf(ctx);
    const candidate = ctx.ui.get<string>('candidate') ?? '';
    const listId = ctx.idFor('requirements');
    const onInput = (event: InputEvent): void => {
      const input = event.target as HTMLInputElement;
      if (input.name === PASSCODE) ctx.ui.set('candidate', input.value);
    };
    return html`${requirements.length
        ? html`<div>
            <p class="okta-hint" id=${ctx.idFor('requirements-title')}>${ctx.t('password.enroll.requirementsTitle')}</p>
            <ul class="okta-requirements" id=${listId} aria-labelledby=${ctx.idFor('requirements-title')}>
              ${requirements.map((rule) => {
                const met = rule.test(candidate);
                return html`<li data-rule=${rule.id} ?data-met=${met}>
                  ${rule.text}<span class="okta-visually-hidden">${ctx.t(met ? 'password.enroll.ruleMet' : 'password.enroll.ruleUnmet')}</span>
                </li>`;
              })}
            </ul>
          </div>`
        : nothing}
      <div @input=${onInput}>
        ${renderTextField({
          id: ctx.idFor('password'),
          name: PASSCODE,
          label: ctx.field(PASSCODE)?.label ?? ctx.t('password.enroll.label'),
          type: 'password',
          autocomplete: 'new-password',
          required: true,
          describedBy: requirements.length ? [listId] : [],
          errors: ctx.errorsFor(PASSCODE),
        })}
      </div>
      ${renderTextField({
        id: ctx.idFor('confirm'),
        name: CONFIRM,
        label: ctx.t('password.enroll.confirmLabel'),
        type: 'password',
        autocomplete: 'new-password',
        required: true,
        errors: ctx.errorsFor(CONFIRM),
      })}
      ${renderSubmit(ctx.t('password.enroll.submit'), ctx.busy, ctx.t('step.saving'))}`;
  },
  rules: (ctx) => ({
    ...requiredFieldRules(ctx.step),
    [PASSCODE]: [required, meetsRequirements(requirementsOf(ctx))],
    [CONFIRM]: [requiredAs('password.enroll.confirmBlank'), matches(PASSCODE, 'password.enroll.mismatch')],
  }),
  // The confirmation is checked in the browser and never sent.
  toRequest: (values) => ({ [PASSCODE]: values[PASSCODE] }),
  afterServerAnswer(ctx, isNewStep) {
    // A refused new password: both fields are typed again, and the checklist starts over.
    if (isNewStep || !ctx.errorsFor(PASSCODE).length) return;
    ctx.host.querySelectorAll<HTMLInputElement>('input[type=password]').forEach((input) => (input.value = ''));
    ctx.ui.set('candidate', '');
  },
};

export const password: AuthenticatorModule = {
  keys: ['okta_password'],
  name: (t) => t('password.name'),
  icon: () => svg`<rect x="4" y="10" width="16" height="10" rx="2"/><path d="M8 10V7a4 4 0 0 1 8 0v3"/>`,
  action: (t, _authenticator, enrolling) => t(enrolling ? 'password.action.enroll' : 'password.action.verify'),
  verify,
  enroll,
};
