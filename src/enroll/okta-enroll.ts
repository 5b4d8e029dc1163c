import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AuthenticatorStepElement } from '../authenticators/authenticator-step.js';
import { defineElement } from '../internal/define.js';
import { readForm } from '../step/form-values.js';
import { renderSubmit, renderTextField } from '../step/render-field.js';
import type { FlowMessage, FlowStep } from '../state/flow-state.js';
import type { StepValues } from '../events/okta-proceed.js';
import { passwordRequirements, type PasswordRequirement } from '../authenticators/password-requirements.js';
import { authenticatorName } from '../authenticators/authenticator-info.js';
import { createCredential } from '../authenticators/webauthn.js';
import { defaultRegion, internationalNumber, phoneCountries } from '../authenticators/phone-countries.js';

const CONFIRM = 'confirmPassword';

const CUSTOM_QUESTION = 'custom';

/** The data and waiting steps around an enrollment, whatever the authenticator. */
const ENROLLMENT_STEPS = new Set(['authenticator-enrollment-data', 'enroll-poll', 'select-enrollment-channel', 'enrollment-channel-data']);

const CHANNEL_LABELS: Readonly<Record<string, string>> = {
  qrcode: 'Scan a QR code',
  email: 'Get a setup link by email',
  sms: 'Get a setup link by text message',
};

/**
 * Sets up an authenticator (IDX remediation `enroll-authenticator`) and the data steps around it: a
 * password with the policy's requirements checked as the person types; a code sent by email, SMS or
 * voice (with the phone number asked first); Google Authenticator's QR code and shared secret; Okta
 * Verify's QR code while the root waits for the app; a security question (predefined or your own);
 * a passkey or security key.
 *
 * @customElement okta-enroll
 * @summary Enrollment of a new authenticator.
 * @fires okta-proceed - Asks `<okta-flow>` to send what was set up.
 * @fires okta-show-step - Asks `<okta-flow>` to show the authenticator list ("Choose another method").
 * @fires okta-restart - Asks `<okta-flow>` to start over ("Back to sign in").
 */
export class OktaEnroll extends AuthenticatorStepElement {
  static override handles(step: FlowStep): boolean {
    if (ENROLLMENT_STEPS.has(step.name)) return true;
    if (step.name !== 'enroll-authenticator') return false;
    const key = step.authenticator?.key;
    return (
      key === 'okta_password' ||
      key === 'security_question' ||
      key === 'webauthn' ||
      step.fields.some((f) => f.name === 'credentials.passcode' || f.name === 'credentials.totp')
    );
  }

  /** Heading shown above the form; by default it names the authenticator. */
  @property() heading?: string;

  @state() private candidate = '';
  @state() private questionKey = '';

  private get key(): string | undefined {
    return this.step?.authenticator?.key;
  }

  private get requirements(): PasswordRequirement[] {
    const user = this.flow?.user;
    return passwordRequirements(this.step?.authenticator?.settings?.complexity, {
      username: user?.identifier,
      attributes: { firstName: user?.firstName, lastName: user?.lastName },
    });
  }

  protected override renderStep(step: FlowStep): TemplateResult {
    const heading =
      this.heading ?? (this.key === 'okta_password' ? 'Set up a password' : `Set up ${authenticatorName(step.authenticator)}`);
    return html`<form class="okta-step" novalidate @submit=${this.onSubmit} aria-labelledby=${this.idFor('heading')}>
      <h2 id=${this.idFor('heading')}>${heading}</h2>
      ${this.renderBody(step)} ${this.renderStepLinks()}
    </form>`;
  }

  private renderBody(step: FlowStep): TemplateResult {
    if (step.name === 'authenticator-enrollment-data') return this.renderEnrollmentData(step);
    if (step.name === 'enroll-poll') return this.renderWaitForApp(step);
    if (step.name === 'select-enrollment-channel') return this.renderChannels(step);
    if (step.name === 'enrollment-channel-data') return this.renderChannelData(step);
    if (this.key === 'okta_password') return this.renderPassword();
    if (this.key === 'security_question') return this.renderQuestion(step);
    if (this.key === 'webauthn') return this.renderWebauthn();
    return this.renderCode(step);
  }

  private renderPassword(): TemplateResult {
    const passcode = this.field('credentials.passcode');
    const requirements = this.requirements;
    const listId = this.idFor('requirements');
    const identifier = this.flow?.user?.identifier;
    return html`${identifier
        ? html`<input type="text" name="username" autocomplete="username" .value=${identifier} hidden />`
        : nothing}
      ${requirements.length
        ? html`<div>
            <p class="okta-hint" id=${this.idFor('requirements-title')}>Your password needs:</p>
            <ul class="okta-requirements" id=${listId} aria-labelledby=${this.idFor('requirements-title')}>
              ${requirements.map((rule) => {
                const met = rule.test(this.candidate);
                return html`<li data-rule=${rule.id} ?data-met=${met}>
                  ${rule.text}<span class="okta-visually-hidden">${met ? ' (done)' : ' (not yet)'}</span>
                </li>`;
              })}
            </ul>
          </div>`
        : nothing}
      <div @input=${this.onPasswordInput}>
        ${renderTextField({
          id: this.idFor('password'),
          name: 'credentials.passcode',
          label: passcode?.label ?? 'New password',
          type: 'password',
          autocomplete: 'new-password',
          required: true,
          describedBy: requirements.length ? [listId] : [],
          errors: this.errorsFor('credentials.passcode'),
        })}
      </div>
      ${renderTextField({
        id: this.idFor('confirm'),
        name: CONFIRM,
        label: 'Re-enter password',
        type: 'password',
        autocomplete: 'new-password',
        required: true,
        errors: this.errorsFor(CONFIRM),
      })}
      ${renderSubmit('Set password', this.busy, 'Saving…')}`;
  }

  /** The phone number (and SMS or voice) or the email address, before a code is sent. */
  private renderEnrollmentData(step: FlowStep): TemplateResult {
    const phone = step.fields.find((f) => f.name === 'authenticator.phoneNumber');
    return html`${this.renderMethodChoice(step, 'How should we send the code?')}
      ${phone
        ? html`<div class="okta-field">
              <label for=${this.idFor('country')}>Country or region</label>
              <select id=${this.idFor('country')} name="country">
                ${phoneCountries().map(
                  (c) => html`<option value=${c.region} ?selected=${c.region === defaultRegion()}>${c.label}</option>`,
                )}
                <option value="other">Other (type the number with its + code)</option>
              </select>
            </div>
            ${renderTextField({
              id: this.idFor('phone'),
              name: 'authenticator.phoneNumber',
              label: phone.label ?? 'Phone number',
              type: 'tel',
              autocomplete: 'tel-national',
              required: true,
              errors: this.errorsFor('authenticator.phoneNumber'),
              describedBy: [this.idFor('phone-hint')],
            })}
            <p class="okta-hint" id=${this.idFor('phone-hint')}>A number with a + code overrides the country.</p>`
        : nothing}
      ${renderSubmit(phone ? 'Send code' : 'Send me an email', this.busy, 'Sending…')}`;
  }

  /** A code from a message or an authenticator app; Google Authenticator first shows its QR code and secret. */
  private renderCode(step: FlowStep): TemplateResult {
    const name = step.fields.find((f) => f.name === 'credentials.totp') ? 'credentials.totp' : 'credentials.passcode';
    const data = step.authenticator?.contextualData ?? {};
    const qr = (data.qrcode as { href?: string } | undefined)?.href;
    const secret = data.sharedSecret as string | undefined;
    return html`${qr && qr.startsWith('data:image/')
        ? html`<p class="okta-hint">Scan this QR code with the ${authenticatorName(step.authenticator)} app.</p>
            <img class="okta-qr" src=${qr} alt="QR code to scan with your authenticator app" width="180" height="180" />`
        : nothing}
      ${secret
        ? html`<p class="okta-hint">Can’t scan? Enter this key in the app: <code class="okta-secret">${secret}</code></p>`
        : nothing}
      ${!qr && !secret ? html`<p class="okta-hint">Enter the code we sent you.</p>` : nothing}
      ${this.renderCodeEntry(name)}`;
  }

  /** Okta Verify: how to get the app set up on the phone (QR code, or a link by email or SMS). */
  private renderChannels(step: FlowStep): TemplateResult {
    const channels = step.fields.find((f) => f.name === 'authenticator.channel')?.options ?? [];
    return html`<fieldset class="okta-choices">
        <legend>How do you want to set up ${authenticatorName(step.authenticator ?? this.flow?.currentAuthenticator, 'Okta Verify')}?</legend>
        ${channels.map(
          (channel, index) => html`<div class="okta-check">
            <input type="radio" id=${this.idFor(`channel-${index}`)} name="authenticator.channel" .value=${String(channel.value)} ?checked=${index === 0} />
            <label for=${this.idFor(`channel-${index}`)}>${CHANNEL_LABELS[String(channel.value)] ?? channel.label}</label>
          </div>`,
        )}
      </fieldset>
      ${renderSubmit('Next', this.busy)}`;
  }

  /** The address or number the setup link goes to. */
  private renderChannelData(step: FlowStep): TemplateResult {
    const email = step.fields.find((f) => f.name === 'email');
    return html`${email
        ? renderTextField({
            id: this.idFor('email'),
            name: 'email',
            label: email.label ?? 'Email',
            type: 'email',
            autocomplete: 'email',
            required: true,
            errors: this.errorsFor('email'),
          })
        : renderTextField({
            id: this.idFor('phone'),
            name: 'phoneNumber',
            label: step.fields.find((f) => f.name === 'phoneNumber')?.label ?? 'Phone number',
            type: 'tel',
            autocomplete: 'tel',
            required: true,
            errors: this.errorsFor('phoneNumber'),
          })}
      ${renderSubmit('Send me the setup link', this.busy, 'Sending…')}`;
  }

  /** Okta Verify: the QR code to scan while the root polls until the app is activated. */
  private renderWaitForApp(step: FlowStep): TemplateResult {
    const authenticator = step.authenticator ?? this.flow?.currentAuthenticator;
    const qr = ((authenticator?.contextualData ?? {}).qrcode as { href?: string } | undefined)?.href;
    return html`${qr && qr.startsWith('data:image/')
        ? html`<p class="okta-hint">In Okta Verify, add an account and scan this QR code.</p>
            <img class="okta-qr" src=${qr} alt="QR code to scan with Okta Verify" width="180" height="180" />`
        : nothing}
      ${!qr ? html`<p class="okta-hint">Open the link we sent on your phone to set up Okta Verify.</p>` : nothing}
      <p class="okta-hint" role="status"><span class="okta-spinner" aria-hidden="true"></span> Waiting for Okta Verify…</p>
      ${this.flow?.steps.some((s) => s.name === 'select-enrollment-channel')
        ? html`<button type="button" class="okta-link" @click=${() => this.showStep('select-enrollment-channel')}>
            Can’t scan? Get a link by email or text message
          </button>`
        : nothing}`;
  }

  private renderQuestion(step: FlowStep): TemplateResult {
    const questions = ((step.authenticator?.contextualData ?? {}).questions ?? []) as { questionKey: string; question: string }[];
    const chosen = this.questionKey || questions[0]?.questionKey || CUSTOM_QUESTION;
    return html`<div class="okta-field">
        <label for=${this.idFor('question-key')}>Choose a security question</label>
        <select id=${this.idFor('question-key')} name="credentials.questionKey" @change=${this.onQuestionChange}>
          ${questions.map((q) => html`<option value=${q.questionKey} ?selected=${q.questionKey === chosen}>${q.question}</option>`)}
          <option value=${CUSTOM_QUESTION} ?selected=${chosen === CUSTOM_QUESTION}>Write my own question</option>
        </select>
      </div>
      ${chosen === CUSTOM_QUESTION
        ? renderTextField({
            id: this.idFor('question'),
            name: 'credentials.question',
            label: 'Your question',
            required: true,
            errors: this.errorsFor('credentials.question'),
          })
        : nothing}
      ${renderTextField({
        id: this.idFor('answer'),
        name: 'credentials.answer',
        label: 'Answer',
        type: 'password',
        autocomplete: 'off',
        required: true,
        errors: this.errorsFor('credentials.answer'),
        describedBy: [this.idFor('answer-hint')],
      })}
      <p class="okta-hint" id=${this.idFor('answer-hint')}>At least 4 characters.</p>
      ${renderSubmit('Verify', this.busy, 'Saving…')}`;
  }

  private onQuestionChange(event: Event): void {
    this.questionKey = (event.target as HTMLSelectElement).value;
  }

  private renderWebauthn(): TemplateResult {
    return this.renderWebauthnPrompt(
      'Use a passkey, a security key, or this device’s screen lock (fingerprint, face or PIN).',
      'Set up',
    );
  }

  protected override onSubmit(event: SubmitEvent): void {
    if (this.key === 'webauthn' && this.step?.name === 'enroll-authenticator') {
      event.preventDefault();
      void this.runWebauthn((step) => createCredential(step.authenticator?.contextualData?.activationData as never, this.flow?.enrollments));
      return;
    }
    super.onSubmit(event);
  }

  private onPasswordInput(event: InputEvent): void {
    const input = event.target as HTMLInputElement;
    if (input.name === 'credentials.passcode') this.candidate = input.value;
  }

  protected override collectValues(form: HTMLFormElement): StepValues {
    const values: Record<string, unknown> = { ...readForm(form) };
    delete values.username;
    const select = form.querySelector<HTMLSelectElement>('select[name="credentials.questionKey"]');
    if (select) values['credentials.questionKey'] = select.value;
    const country = form.querySelector<HTMLSelectElement>('select[name="country"]');
    if (country && typeof values['authenticator.phoneNumber'] === 'string' && values['authenticator.phoneNumber']) {
      values['authenticator.phoneNumber'] = internationalNumber(country.value, values['authenticator.phoneNumber'] as string);
    }
    return this.key === 'okta_password' ? values : this.withoutSpacesInCodes(values);
  }

  protected override validate(values: StepValues): Record<string, FlowMessage[]> {
    if (this.key !== 'okta_password' || this.step?.name !== 'enroll-authenticator') {
      // The question form is Okta's choice of sub-forms, rendered here as one form: check what is shown.
      const errors = this.key === 'security_question' ? {} : super.validate(values);
      const answer = values['credentials.answer'];
      if (this.key === 'security_question' && !answer) {
        errors['credentials.answer'] = [{ text: 'This field cannot be left blank', level: 'error' }];
      }
      if (typeof answer === 'string' && answer && answer.trim().length < 4) {
        errors['credentials.answer'] = [{ text: 'The answer must be at least 4 characters long', level: 'error' }];
      }
      if (values['credentials.questionKey'] === CUSTOM_QUESTION && !values['credentials.question']) {
        errors['credentials.question'] = [{ text: 'This field cannot be left blank', level: 'error' }];
      }
      return errors;
    }
    const errors = super.validate(values);
    const password = String(values['credentials.passcode'] ?? '');
    const unmet = this.requirements.filter((rule) => !rule.test(password));
    if (password && unmet.length) {
      errors['credentials.passcode'] = [
        { text: `Password requirements were not met: ${unmet.map((r) => r.text.toLowerCase()).join(', ')}.`, level: 'error' },
      ];
    }
    if (!values[CONFIRM]) {
      errors[CONFIRM] = [{ text: 'Re-enter your new password', level: 'error' }];
    } else if (values[CONFIRM] !== password) {
      errors[CONFIRM] = [{ text: 'Passwords must match', level: 'error' }];
    }
    return errors;
  }

  protected override toRequest(values: StepValues): StepValues {
    if (this.key !== 'okta_password' || this.step?.name !== 'enroll-authenticator') return values;
    // The confirmation is checked in the browser and never sent.
    return { 'credentials.passcode': values['credentials.passcode'] };
  }

  protected override afterServerAnswer(isNewStep: boolean): void {
    if (isNewStep && this.actionEndingWith('-resend')) this.resendCooldown.start();
    if (isNewStep || !this.errorsFor('credentials.passcode').length) return;
    this.querySelectorAll<HTMLInputElement>('input[type=password]').forEach((input) => (input.value = ''));
    this.candidate = '';
  }
}

defineElement('okta-enroll', OktaEnroll);

declare global {
  interface HTMLElementTagNameMap {
    'okta-enroll': OktaEnroll;
  }
}
