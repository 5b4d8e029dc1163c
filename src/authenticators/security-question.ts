/** The security question (`security_question`): one of Okta's questions, or the person's own. */
import { html, nothing, svg } from 'lit';
import { renderSelectField, renderSubmit, renderTextField } from '../step/render-field.js';
import { minLength, required, type Validator } from '../step/validators.js';
import type { AuthenticatorModule, View, ViewContext } from './types.js';

const ANSWER = 'credentials.answer';
const QUESTION = 'credentials.question';
/** The `questionKey` of a question the person writes. */
const CUSTOM_QUESTION = 'custom';
/** Okta refuses shorter answers; saying so before sending saves a round trip. */
const MIN_ANSWER = 4;

interface Question {
  readonly questionKey: string;
  readonly question: string;
}

const verify: View = {
  render(ctx) {
    const data = ctx.authenticator?.contextualData?.enrolledQuestion as { question?: string } | undefined;
    const question =
      data?.question ?? (ctx.authenticator?.profile?.question as string | undefined) ?? ctx.t('securityQuestion.verify.fallbackQuestion');
    return html`${renderTextField({
        id: ctx.idFor('answer'),
        name: ANSWER,
        label: question,
        type: 'password',
        autocomplete: 'off',
        required: true,
        errors: ctx.errorsFor(ANSWER),
      })}
      ${renderSubmit(ctx.t('step.verify'), ctx.busy, ctx.t('step.verifying'))}`;
  },
};

const questionsOf = (ctx: ViewContext): Question[] => (ctx.authenticator?.contextualData?.questions ?? []) as Question[];

/** The question shown as chosen: the person's pick, else the first of Okta's, else their own. */
const chosenQuestion = (ctx: ViewContext): string =>
  ctx.ui.get<string>('questionKey') || questionsOf(ctx)[0]?.questionKey || CUSTOM_QUESTION;

const enroll: View = {
  render(ctx) {
    const chosen = chosenQuestion(ctx);
    return html`${renderSelectField({
        id: ctx.idFor('question-key'),
        name: 'credentials.questionKey',
        label: ctx.t('securityQuestion.enroll.choose'),
        value: chosen,
        options: [
          ...questionsOf(ctx).map((q) => ({ value: q.questionKey, label: q.question })),
          { value: CUSTOM_QUESTION, label: ctx.t('securityQuestion.enroll.custom') },
        ],
        onChange: (event) => ctx.ui.set('questionKey', (event.target as HTMLSelectElement).value),
      })}
      ${chosen === CUSTOM_QUESTION
        ? renderTextField({
            id: ctx.idFor('question'),
            name: QUESTION,
            label: ctx.t('securityQuestion.enroll.question'),
            required: true,
            errors: ctx.errorsFor(QUESTION),
          })
        : nothing}
      ${renderTextField({
        id: ctx.idFor('answer'),
        name: ANSWER,
        label: ctx.t('securityQuestion.enroll.answer'),
        type: 'password',
        autocomplete: 'off',
        required: true,
        errors: ctx.errorsFor(ANSWER),
        describedBy: [ctx.idFor('answer-hint')],
      })}
      <p class="okta-hint" id=${ctx.idFor('answer-hint')}>${ctx.t('securityQuestion.enroll.answerHint', { count: MIN_ANSWER })}</p>
      ${renderSubmit(ctx.t('step.verify'), ctx.busy, ctx.t('step.saving'))}`;
  },
  // Okta's choice of sub-forms (a predefined or an own question) is one form here: check what is shown.
  rules(ctx) {
    const rules: Record<string, Validator[]> = {
      [ANSWER]: [required, minLength(MIN_ANSWER, 'securityQuestion.enroll.answerTooShort')],
    };
    if (chosenQuestion(ctx) === CUSTOM_QUESTION) rules[QUESTION] = [required];
    return rules;
  },
};

export const securityQuestion: AuthenticatorModule = {
  keys: ['security_question'],
  name: (t) => t('securityQuestion.name'),
  icon: () =>
    svg`<circle cx="12" cy="12" r="9"/><path d="M9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6V14"/><path d="M12 17h.01"/>`,
  action: (t, _authenticator, enrolling) => t(enrolling ? 'securityQuestion.action.enroll' : 'securityQuestion.action.verify'),
  verify,
  enroll,
};
