import type { ResolvedUser } from '../model/config.js';
import { stableId } from '../model/ids.js';
import type { JsonObject } from '../http/json.js';
import { ANSWER_MIN_LENGTH, answerIncorrect, answerTooShort, fieldBlank } from '../idx/messages.js';
import { IDX_PATHS, type IdxField } from '../idx/remediations.js';
import type { UserRecord } from '../model/store.js';
import type { AuthenticatorModule, StepOutcome } from './types.js';

const KEY = 'security_question';
const MIN_ANSWER = ANSWER_MIN_LENGTH;

/** Okta's predefined questions (a subset, with Okta's keys). */
const SECURITY_QUESTIONS: Readonly<Record<string, string>> = {
  disliked_food: 'What is the food you least liked as a child?',
  name_of_first_plush_toy: 'What is the name of your first stuffed animal?',
  first_award: 'What did you earn your first medal or award for?',
  favorite_security_question: 'What is your favorite security question?',
  favorite_toy: 'What is the toy/stuffed animal you liked the most as a kid?',
  first_computer_game: 'What was the first computer game you played?',
  favorite_movie_quote: 'What is your favorite movie quote?',
  first_sports_team_mascot: 'What was the mascot of the first sports team you played on?',
  first_music_purchase: 'What music album or song did you first purchase?',
  favorite_art_piece: 'What is your favorite piece of art?',
  grandmother_favorite_desert: 'What was your grandmother\'s favorite dessert?',
  first_thing_cooked: 'What was the first thing you learned to cook?',
  childhood_dream_job: 'What was your dream job as a child?',
  place_where_significant_other_was_met: 'Where did you meet your spouse/significant other?',
  favorite_vacation_location: 'Where did you go for your favorite vacation?',
  new_years_two_thousand: 'Where were you on New Year\'s Eve in the year 2000?',
  favorite_speaker_actor: 'Who is your favorite speaker/orator?',
  favorite_book_movie_character: 'Who is your favorite book/movie character?',
  favorite_sports_player: 'Who is your favorite sports player?',
};

interface QuestionState {
  questionKey: string;
  question: string;
  answer: string;
}

const stateOf = (user: UserRecord) => user.authenticators.get(KEY) as QuestionState | undefined;
const normalise = (answer: string) => answer.trim().toLowerCase();
const field = (body: JsonObject, name: string) => {
  const c = body.credentials;
  const v = typeof c === 'object' && c !== null ? (c as JsonObject)[name] : undefined;
  return typeof v === 'string' ? v : '';
};

const answerField: IdxField = { name: 'answer', label: 'Answer', required: true, secret: true };

/** Security question: enroll a predefined (`questionKey`) or custom (`custom` + `question`) question; verify the answer. */
export const securityQuestionAuthenticator: AuthenticatorModule = {
  key: KEY,
  type: 'security_question',
  id: stableId('aut', KEY),
  displayName: 'Security Question',
  methods: ['security_question'],
  amr: ['kba'],
  enrollmentIdPrefix: 'qae',
  recoverable: false,

  *seed(user: ResolvedUser) {
    const c = user.authenticators.security_question;
    if (!c) return;
    const question = c.question ?? SECURITY_QUESTIONS[c.questionKey] ?? c.questionKey;
    yield [KEY, { questionKey: c.questionKey, question, answer: c.answer } satisfies QuestionState];
  },
  isEnrolled: (user) => stateOf(user) !== undefined,
  profile: (user) => {
    const s = stateOf(user);
    return s ? { questionKey: s.questionKey, question: s.question } : undefined;
  },
  credentialFields: () => [answerField],
  describe: () => ({}),
  verify: () => ({ ok: false }),
  enroll: () => ({ ok: false }),

  view(ctx) {
    if (ctx.purpose === 'verify') {
      const s = stateOf(ctx.user)!;
      return {
        forms: [ctx.form('challenge-authenticator', IDX_PATHS.challengeAnswer, [{
          name: 'credentials', type: 'object', required: true,
          form: { value: [
            { name: 'questionKey', label: s.question, required: true, value: s.questionKey, visible: false, mutable: false },
            { name: 'answer', label: 'Answer', required: true, secret: true },
          ] },
        }], ctx.holderPath)],
        authenticator: { contextualData: { enrolledQuestion: { questionKey: s.questionKey, question: s.question } } },
      };
    }
    const entries = Object.entries(SECURITY_QUESTIONS);
    return {
      forms: [ctx.form('enroll-authenticator', IDX_PATHS.challengeAnswer, [{
        name: 'credentials', type: 'object', required: true,
        options: [
          { label: 'Choose a security question', value: { form: { value: [
            { name: 'questionKey', type: 'string', required: true, label: 'Choose a security question',
              options: entries.map(([value, label]) => ({ label, value })) },
            { ...answerField },
          ] } } },
          { label: 'Create my own security question', value: { form: { value: [
            { name: 'questionKey', required: true, value: 'custom', mutable: false },
            { name: 'question', label: 'Create a security question', required: true },
            { ...answerField },
          ] } } },
        ],
      }], '$.currentAuthenticator')],
      authenticator: {
        contextualData: {
          questionKeys: entries.map(([k]) => k),
          questions: entries.map(([questionKey, question]) => ({ question, questionKey })),
        },
      },
    };
  },

  submit(ctx, name, body): StepOutcome {
    if (name !== 'challenge-authenticator' && name !== 'enroll-authenticator') return { kind: 'stay', status: 400 };
    const answer = field(body, 'answer');
    const fail = (path: string, m: ReturnType<typeof fieldBlank>): StepOutcome =>
      ({ kind: 'stay', status: 400, answered: name, fieldMessages: { [path]: [m] } });
    if (answer.trim() === '') return fail('credentials.answer', fieldBlank());
    if (ctx.purpose === 'verify') {
      const s = stateOf(ctx.user)!;
      return normalise(answer) === normalise(s.answer) ? { kind: 'done' } : fail('credentials.answer', answerIncorrect());
    }
    const questionKey = field(body, 'questionKey');
    let question: string;
    if (questionKey === 'custom') {
      question = field(body, 'question').trim();
      if (!question) return fail('credentials.question', fieldBlank());
    } else if (SECURITY_QUESTIONS[questionKey]) {
      question = SECURITY_QUESTIONS[questionKey];
    } else {
      return fail('credentials.questionKey', fieldBlank());
    }
    if (answer.trim().length < MIN_ANSWER) return fail('credentials.answer', answerTooShort());
    ctx.user.authenticators.set(KEY, { questionKey, question, answer: answer.trim() } satisfies QuestionState);
    return { kind: 'done' };
  },
};
