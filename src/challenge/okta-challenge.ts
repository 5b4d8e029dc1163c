import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { AuthenticatorStepElement } from '../authenticators/authenticator-step.js';
import { defineElement } from '../internal/define.js';
import { readForm } from '../step/form-values.js';
import { renderSubmit, renderTextField } from '../step/render-field.js';
import { authenticatorName } from '../authenticators/authenticator-info.js';
import { getAssertion } from '../authenticators/webauthn.js';
import type { FlowMessage, FlowStep } from '../state/flow-state.js';
import type { StepValues } from '../events/okta-proceed.js';

const CODE_FIELDS = ['credentials.passcode', 'credentials.totp'];

const codeField = (step: FlowStep) => step.fields.find((f) => CODE_FIELDS.includes(f.name));

/**
 * Verifies the person with an authenticator they already have: the password, a code (email, SMS or
 * voice, Google Authenticator, Okta Verify, any other passcode authenticator), a security question, an
 * Okta Verify push (with the number to pick), or a passkey / security key. It also renders the data
 * steps around a challenge: "send me an email", and SMS or voice for a phone.
 *
 * @customElement okta-challenge
 * @summary Challenge of an enrolled authenticator.
 * @fires okta-proceed - Asks `<okta-flow>` to send the answer (or to resend a code).
 * @fires okta-show-step - Asks `<okta-flow>` to show the authenticator list ("Choose another method").
 * @fires okta-restart - Asks `<okta-flow>` to start over ("Back to sign in").
 */
export class OktaChallenge extends AuthenticatorStepElement {
  static override handles(step: FlowStep): boolean {
    const key = step.authenticator?.key;
    if (step.name === 'challenge-poll' || step.name === 'authenticator-verification-data') return true;
    // After a rejected push Okta offers `resend` (send the push again) as the step.
    if (step.name === 'resend') return true;
    if (step.name !== 'challenge-authenticator') return false;
    return key === 'okta_password' || key === 'security_question' || key === 'webauthn' || codeField(step) !== undefined;
  }

  /** Heading shown above the form; by default it names the authenticator. */
  @property() heading?: string;


  private get key(): string | undefined {
    return (this.step?.authenticator ?? this.flow?.currentAuthenticator)?.key;
  }

  private headingFor(step: FlowStep): string {
    if (this.heading) return this.heading;
    if (this.key === 'okta_password') return 'Verify with your password';
    return `Verify with ${authenticatorName(step.authenticator)}`;
  }

  protected override renderStep(step: FlowStep): TemplateResult {
    return html`<form class="okta-step" novalidate @submit=${this.onSubmit} aria-labelledby=${this.idFor('heading')}>
      <h2 id=${this.idFor('heading')}>${this.headingFor(step)}</h2>
      ${this.renderBody(step)} ${this.renderStepLinks(this.renderExtraLink())}
    </form>`;
  }

  private renderBody(step: FlowStep): TemplateResult {
    if (step.name === 'authenticator-verification-data') return this.renderSendCode(step);
    if (step.name === 'challenge-poll' || step.name === 'resend') return this.renderPush(step);
    if (this.key === 'okta_password') return this.renderPassword();
    if (this.key === 'security_question') return this.renderQuestion(step);
    if (this.key === 'webauthn') return this.renderWebauthn();
    return this.renderCode(step);
  }

  private renderPassword(): TemplateResult {
    const identifier = this.flow?.user?.identifier;
    return html`${identifier
        ? html`<p class="okta-hint">Signing in as <strong>${identifier}</strong></p>
            <input type="text" name="username" autocomplete="username" .value=${identifier} hidden />`
        : nothing}
      ${renderTextField({
        id: this.idFor('password'),
        name: 'credentials.passcode',
        label: this.field('credentials.passcode')?.label ?? 'Password',
        type: 'password',
        autocomplete: 'current-password',
        required: true,
        errors: this.errorsFor('credentials.passcode'),
      })}
      ${renderSubmit('Verify', this.busy, 'Verifying…')}`;
  }

  /** "Send me an email" / "Text me or call me": the data step before a code is sent. */
  private renderSendCode(step: FlowStep): TemplateResult {
    const methods = step.fields.find((f) => f.name === 'authenticator.methodType')?.options ?? [];
    const target = step.authenticator?.profile?.email ?? step.authenticator?.profile?.phoneNumber;
    return html`${target ? html`<p class="okta-hint">We will send a code to <strong>${String(target)}</strong>.</p>` : nothing}
      ${this.renderMethodChoice(step, 'How should we send it?')}
      ${renderSubmit(this.key === 'okta_email' && methods.length <= 1 ? 'Send me an email' : 'Send code', this.busy, 'Sending…')}`;
  }

  private renderCode(step: FlowStep): TemplateResult {
    const field = codeField(step);
    const name = field?.name ?? 'credentials.passcode';
    const profile = step.authenticator?.profile ?? {};
    const where = this.key === 'okta_email' ? profile.email : this.key === 'phone_number' ? profile.phoneNumber : undefined;
    return html`<p class="okta-hint">
        ${where
          ? html`We sent a code to <strong>${String(where)}</strong>.${this.key === 'okta_email' ? ' You can also click the link in the email.' : ''}`
          : 'Enter the code from your authenticator app.'}
      </p>
      ${this.renderCodeEntry(name, field?.label ?? 'Enter code')}`;
  }

  private renderQuestion(step: FlowStep): TemplateResult {
    const data = step.authenticator?.contextualData?.enrolledQuestion as { question?: string } | undefined;
    const question = data?.question ?? (step.authenticator?.profile?.question as string | undefined) ?? 'Your security question';
    return html`${renderTextField({
        id: this.idFor('answer'),
        name: 'credentials.answer',
        label: question,
        type: 'password',
        autocomplete: 'off',
        required: true,
        errors: this.errorsFor('credentials.answer'),
      })}
      ${renderSubmit('Verify', this.busy, 'Verifying…')}`;
  }

  /** Okta Verify push: the root polls; this shows what to do on the phone and the number to pick. */
  private renderPush(step: FlowStep): TemplateResult {
    const answer = (step.authenticator ?? this.flow?.currentAuthenticator)?.contextualData?.correctAnswer;
    const resend = this.actionEndingWith('-resend') ?? this.flow?.steps.find((s) => s.name === 'resend')?.name;
    const rejected = step.name === 'resend' || (this.flow?.messages ?? []).some((m) => m.level === 'error');
    return html`<div class="okta-push" role="status" aria-live="polite">
        ${rejected
          ? html`<p>The push was not approved.</p>`
          : answer !== undefined
            ? html`<p>On your phone, tap this number in Okta Verify:</p>
                <p class="okta-number-challenge" aria-label=${`Number ${String(answer)}`}>${String(answer)}</p>`
            : html`<p><span class="okta-spinner" aria-hidden="true"></span> Push notification sent. Approve it in Okta Verify on your phone.</p>`}
      </div>
      ${resend
        ? html`<button type="button" class="okta-button okta-button-secondary" @click=${() => this.requestAction(resend)}>Send push again</button>`
        : nothing}`;
  }

  private renderWebauthn(): TemplateResult {
    return this.renderWebauthnPrompt('Use your passkey, security key or this device’s screen lock.', 'Verify');
  }

  private renderExtraLink(): TemplateResult | typeof nothing {
    return this.key === 'okta_password' && this.flow?.canRecoverPassword
      ? html`<button type="button" class="okta-link" @click=${this.onForgot}>Forgot password?</button>`
      : nothing;
  }

  protected override onSubmit(event: SubmitEvent): void {
    if (this.key === 'webauthn' && this.step?.name === 'challenge-authenticator') {
      event.preventDefault();
      void this.runWebauthn((step) => getAssertion(step.authenticator?.contextualData?.challengeData as never, this.flow?.enrollments));
      return;
    }
    super.onSubmit(event);
  }

  protected override validate(values: StepValues): Record<string, FlowMessage[]> {
    const errors = super.validate(values);
    if (this.key === 'okta_password') return errors;
    for (const name of CODE_FIELDS) {
      const value = values[name];
      if (typeof value === 'string' && value && !/^\d{4,10}$/.test(value.replace(/\s/g, ''))) {
        errors[name] = [{ text: 'Enter the digits of the code', level: 'error' }];
      }
    }
    return errors;
  }

  protected override collectValues(form: HTMLFormElement): StepValues {
    const values = readForm(form);
    delete (values as Record<string, unknown>).username;
    return this.key === 'okta_password' ? values : this.withoutSpacesInCodes(values);
  }

  protected override afterServerAnswer(isNewStep: boolean): void {
    super.afterServerAnswer(isNewStep);
    if (isNewStep && this.step && codeField(this.step) && this.actionEndingWith('-resend')) this.resendCooldown.start();
  }

  private onForgot(): void {
    this.requestAction(this.actionEndingWith('-recover') ?? 'currentAuthenticatorEnrollment-recover');
  }
}

defineElement('okta-challenge', OktaChallenge);

declare global {
  interface HTMLElementTagNameMap {
    'okta-challenge': OktaChallenge;
  }
}
