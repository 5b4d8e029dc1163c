/**
 * Phone (`phone_number`): a code by SMS or voice call. Setting it up asks for the number with its
 * country or region; the phone-number library is loaded only when that step appears.
 */
import { html, nothing, svg } from 'lit';
import { renderMessage, renderSelectField, renderSubmit, renderTextField } from '../step/render-field.js';
import { required, requiredFieldRules, type Validator } from '../step/validators.js';
import type { StepValues } from '../events/okta-proceed.js';
import { phoneNumberLibrary, PHONE_OTHER_REGION, type PhoneNumbers } from './phone-number.js';
import { codeView, enrollCodeView, preselectedMethod, profileText, renderMethodChoice, sendCodeView } from './code-views.js';
import { strong } from './strong.js';
import type { AuthenticatorModule, View, ViewContext } from './types.js';
import type { MessageKey } from '../i18n/localize.js';

const NUMBER = 'authenticator.phoneNumber';
/** The send button once SMS or voice was chosen in the list: it says what will happen. */
const SEND_LABELS: Readonly<Record<string, MessageKey>> = { sms: 'phone.send.sms', voice: 'phone.send.voice' };
/** The country select: read to build the number, never sent. */
const COUNTRY = 'country';

/** When the library could not be loaded, the person types the number with its + code. */
const libraryFailed = (): boolean => phoneNumberLibrary.status === 'failed';

/** Starts the library's one load; renders the step again when it arrives, whatever happened. */
function whenLoaded(ctx: ViewContext): PhoneNumbers | undefined {
  if (phoneNumberLibrary.status === 'idle') {
    void phoneNumberLibrary
      .load()
      .catch(() => undefined)
      .then(() => ctx.requestUpdate());
  }
  return phoneNumberLibrary.value;
}

/** A number the library cannot read in the chosen region (or by its + code). Passes while it loads. */
const validPhoneNumber: Validator = (value, { values, t }) => {
  const numbers = phoneNumberLibrary.value;
  if (!numbers || typeof value !== 'string' || value.trim() === '') return undefined;
  return numbers.toE164(String(values[COUNTRY] ?? PHONE_OTHER_REGION), value) === undefined
    ? { text: t('phone.invalidNumber'), key: 'phone.invalidNumber', level: 'error' }
    : undefined;
};

/** The number in E.164 for the server; without the library, what was typed with only its digits and +. */
export function phoneRequest(values: StepValues, numbers: PhoneNumbers | undefined): StepValues {
  const { [COUNTRY]: region, ...rest } = values;
  const typed = rest[NUMBER];
  if (typeof typed !== 'string' || typed === '') return rest;
  const e164 = numbers?.toE164(String(region ?? PHONE_OTHER_REGION), typed);
  return { ...rest, [NUMBER]: e164 ?? typed.trim().replace(/[^\d+]/g, '') };
}

/** The number (and SMS or voice) before a code is sent. Usable at once; the country list fills in. */
const enrollmentData: View = {
  render(ctx) {
    const phone = ctx.field(NUMBER);
    const numbers = phone ? whenLoaded(ctx) : undefined;
    const regions = numbers
      ? numbers.countries(ctx.lang).map((c) => ({ value: c.region, label: c.label }))
      : libraryFailed()
        ? []
        : [{ value: '', label: ctx.t('phone.enroll.loadingCountries') }];
    // "Other" once the load has settled, either way: with the list, or as the only choice.
    const other = numbers || libraryFailed() ? [{ value: PHONE_OTHER_REGION, label: ctx.t('phone.enroll.otherCountry') }] : [];
    return html`${renderMethodChoice(ctx, ctx.t('code.enroll.howToSend'))}
      ${phone
        ? html`${renderSelectField({
              id: ctx.idFor('country'),
              name: COUNTRY,
              label: ctx.t('phone.enroll.country'),
              options: [...regions, ...other],
              value: numbers?.defaultRegion(navigator.language) ?? (libraryFailed() ? PHONE_OTHER_REGION : ''),
            })}
            ${renderTextField({
              id: ctx.idFor('phone'),
              name: NUMBER,
              label: phone.label ?? ctx.t('phone.enroll.number'),
              type: 'tel',
              autocomplete: 'tel-national',
              required: true,
              errors: ctx.errorsFor(NUMBER),
              describedBy: [ctx.idFor('phone-hint')],
            })}
            <p class="okta-hint" id=${ctx.idFor('phone-hint')}>${ctx.t('phone.enroll.hint')}</p>`
        : nothing}
      ${renderSubmit(ctx.t('code.send'), ctx.busy, ctx.t('step.sending'))}`;
  },
  rules: (ctx) => ({ ...requiredFieldRules(ctx.step), [NUMBER]: [required, validPhoneNumber] }),
  toRequest: (values) => phoneRequest(values, phoneNumberLibrary.value),
};

export const phone: AuthenticatorModule = {
  keys: ['phone_number'],
  name: (t) => t('phone.name'),
  icon: () => svg`<rect x="7" y="2" width="10" height="20" rx="2"/><path d="M11 18h2"/>`,
  action: (t, authenticator, enrolling) => {
    if (enrolling) return t('phone.action.enroll');
    return t('phone.action.verify', { target: profileText(authenticator, 'phoneNumber') ?? t('phone.yourPhone') });
  },
  verify: codeView((ctx) => {
    const number = profileText(ctx.authenticator, 'phoneNumber');
    return number ? renderMessage(ctx.t('phone.verify.sentTo'), { target: strong(number) }) : ctx.t('passcode.verify.hint');
  }),
  enroll: enrollCodeView,
  around: {
    verify: { 'authenticator-verification-data': sendCodeView((ctx) => ctx.t(SEND_LABELS[preselectedMethod(ctx) ?? ''] ?? 'code.send')) },
    enroll: { 'authenticator-enrollment-data': enrollmentData },
  },
};
