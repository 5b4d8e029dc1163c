/**
 * The profile screens shown by `<okta-register>`: self-service registration (`enroll-profile`: the org's
 * attributes, and a new password on the same form where the policy sets one at sign-up) and progressive
 * profiling (`profile-update`: the attributes the person's profile lacks, with "Skip" where Okta offers it).
 * The password is the set-up screen's fields and checks (`./password-enroll.ts`), as in a reset. Part of the
 * on-demand modules (`./on-demand.ts`), as the password module's `around` steps of the `enroll` mode: Okta
 * relates the registration's password to it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderSubmit } from '../step/render-field.js';
import type { StepValues } from '../events/okta-proceed.js';
import type { MessageKey } from '../i18n/localize.js';
import { clearRefusedPassword, newPasswordFields, newPasswordRules } from './password-enroll.js';
import { PASSCODE } from './password.js';
import { profileFieldsOf, profileRules, profileValues, renderProfileField } from './profile-fields.js';
import type { FlowField } from '../state/flow-state.js';
import type { View, ViewContext } from './types.js';

/** The password's confirmation (`./password-enroll.ts`): checked in the browser, never sent. */
const CONFIRM = 'confirmPassword';

const asksPassword = (ctx: ViewContext): boolean => ctx.field(PASSCODE) !== undefined;

/**
 * "We found some errors" above the form while any field has a problem (the browser's or the server's), so a
 * person who cannot see the field that is wrong hears there is one; focus goes to that field.
 */
function formError(ctx: ViewContext): TemplateResult | typeof nothing {
  const names = [...ctx.step.fields.map((field) => field.name), ...(asksPassword(ctx) ? [CONFIRM] : [])];
  return names.some((name) => ctx.errorsFor(name).length)
    ? html`<p class="okta-field-error" role="alert" data-form-error>${ctx.t('register.formError')}</p>`
    : nothing;
}

/** The attribute that becomes the new user's username: Okta's `login` where the form asks for it, else the email. */
const loginFieldOf = (ctx: ViewContext) => ['userProfile.login', 'userProfile.email'].map((name) => ctx.field(name)).find((field) => field);

/** The attributes a password policy may keep out of the password (`excludeUsername`, `excludeAttributes`), by role. */
const identityFieldsOf = (ctx: ViewContext) => ({
  login: loginFieldOf(ctx),
  firstName: ctx.field('userProfile.firstName'),
  lastName: ctx.field('userProfile.lastName'),
});

/** What the person has typed in an attribute so far (the server's value until they type). */
function typed(ctx: ViewContext, field: FlowField | undefined): string | undefined {
  if (!field) return undefined;
  return ctx.ui.get<string>(`typed:${field.name}`) ?? (field.value === undefined ? undefined : String(field.value));
}

/**
 * The password's context at sign-up: no user is known yet, so the policy's "no part of your username" and "no
 * first or last name" rules are about what the person typed above, checked as they type.
 */
function newUserContext(ctx: ViewContext): ViewContext {
  const { login, firstName, lastName } = identityFieldsOf(ctx);
  const user = { identifier: typed(ctx, login), firstName: typed(ctx, firstName), lastName: typed(ctx, lastName) };
  // Not the flow's user: one kept from an earlier answer would be someone else's account.
  return { ...ctx, flow: { ...ctx.flow, user } };
}

/**
 * The attributes' inputs. Beside a new password, what is typed in the login and the names is followed (for the
 * policy's rules), and the login is mirrored into a hidden `username` field, so a password manager saves the new
 * password under the email rather than under whichever field precedes the password (never sent: the shell drops it).
 */
function profileFields(ctx: ViewContext): TemplateResult {
  const followed = asksPassword(ctx) ? identityFieldsOf(ctx) : undefined;
  return html`${profileFieldsOf(ctx).map((field) => {
    if (!followed || !Object.values(followed).includes(field)) return renderProfileField(field, ctx);
    const onInput = (event: InputEvent) => ctx.ui.set(`typed:${field.name}`, (event.target as HTMLInputElement).value);
    return html`<div @input=${onInput}>${renderProfileField(field, ctx)}</div>
      ${field === followed.login ? html`<input type="text" name="username" autocomplete="username" .value=${typed(ctx, field) ?? ''} hidden />` : nothing}`;
  })}`;
}

function profileView(options: { heading: MessageKey; hint?: MessageKey; submit: MessageKey; busy: MessageKey }): View {
  return {
    heading: (ctx) => ctx.t(options.heading),
    render: (ctx) => html`${options.hint ? html`<p class="okta-hint">${ctx.t(options.hint)}</p>` : nothing} ${formError(ctx)}
      ${profileFields(ctx)} ${asksPassword(ctx) ? newPasswordFields(newUserContext(ctx)) : nothing}
      ${renderSubmit(ctx.t(options.submit), ctx.busy, ctx.t(options.busy))}`,
    // The password's checks (the policy, the confirmation); the attributes' own replace the bare `required`
    // those give every required field.
    rules: (ctx) => ({ ...(asksPassword(ctx) ? newPasswordRules(newUserContext(ctx)) : {}), ...profileRules(ctx) }),
    toRequest: (values: StepValues, ctx) => ({
      ...profileValues(values, ctx),
      ...(asksPassword(ctx) ? { [PASSCODE]: values[PASSCODE] } : {}),
    }),
    afterServerAnswer: clearRefusedPassword,
  };
}

/** "Skip": Okta's `skip`, offered beside `profile-update` when the missing attributes are optional. */
const skip: View['links'] = (ctx) =>
  ctx.flow.steps.some((step) => step.name === 'skip')
    ? html`<button type="button" class="okta-link" @click=${() => ctx.requestAction('skip')}>${ctx.t('register.profile.skip')}</button>`
    : nothing;

/** The views by remediation, as the password module's `around` steps of the `enroll` mode. */
export const PROFILE_VIEWS: Readonly<Record<string, View>> = {
  'enroll-profile': profileView({ heading: 'register.heading', submit: 'register.submit', busy: 'register.submitting' }),
  'profile-update': {
    ...profileView({ heading: 'register.profile.heading', hint: 'register.profile.hint', submit: 'register.profile.submit', busy: 'step.saving' }),
    links: skip,
  },
};
