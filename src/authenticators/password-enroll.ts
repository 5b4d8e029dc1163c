/**
 * Setting up a password (`okta_password`, `enroll-authenticator`): the policy's rules as a live checklist,
 * a confirmation checked in the browser, and both fields typed again when the server refuses the password.
 * Part of the on-demand modules (`./on-demand.ts`): only a person who sets a password needs it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderSubmit, renderTextField } from '../step/render-field.js';
import { matches, required, requiredAs, requiredFieldRules, type FieldRules, type Validator } from '../step/validators.js';
import { passwordRequirements, type PasswordRequirement } from './password-requirements.js';
import { PASSCODE } from './password.js';
import type { View, ViewContext } from './types.js';

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

/**
 * The new password's fields: the policy's rules as a checklist ticked as the person types, the password
 * and its confirmation. Shared by setting a password up and by resetting or changing one (`./password-reset.ts`).
 */
export function newPasswordFields(ctx: ViewContext): TemplateResult {
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
    })}`;
}

/** The rules of the new password's fields: required, the policy's, and a matching confirmation. */
export const newPasswordRules = (ctx: ViewContext): FieldRules => ({
  ...requiredFieldRules(ctx.step),
  [PASSCODE]: [required, meetsRequirements(requirementsOf(ctx))],
  [CONFIRM]: [requiredAs('password.enroll.confirmBlank'), matches(PASSCODE, 'password.enroll.mismatch')],
});

/** A refused new password: both fields are typed again, and the checklist starts over. */
export function clearRefusedPassword(ctx: ViewContext, isNewStep: boolean): void {
  if (isNewStep || !ctx.errorsFor(PASSCODE).length) return;
  ctx.host.querySelectorAll<HTMLInputElement>('input[type=password]').forEach((input) => (input.value = ''));
  ctx.ui.set('candidate', '');
}

export const passwordEnroll: View = {
  heading: (ctx) => ctx.t('password.enroll.heading'),
  username: true,
  render: (ctx) => html`${newPasswordFields(ctx)} ${renderSubmit(ctx.t('password.enroll.submit'), ctx.busy, ctx.t('step.saving'))}`,
  rules: newPasswordRules,
  // The confirmation is checked in the browser and never sent.
  toRequest: (values) => ({ [PASSCODE]: values[PASSCODE] }),
  afterServerAnswer: clearRefusedPassword,
};
