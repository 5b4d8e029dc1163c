import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { StepElement } from '../step/step-element.js';
import { CooldownController } from '../step/cooldown.js';
import { renderSubmit, renderTextField } from '../step/render-field.js';
import { webauthnProblem, webauthnSupported } from './webauthn.js';
import type { FlowStep } from '../state/flow-state.js';
import type { StepValues } from '../events/okta-proceed.js';

const RESEND_SECONDS = 30;

const METHOD_LABELS: Readonly<Record<string, string>> = { sms: 'Text message (SMS)', voice: 'Voice call' };

/**
 * What verifying and enrolling an authenticator share: resending a code after a visible cooldown, the
 * SMS-or-voice choice, and running a WebAuthn ceremony with a readable reason when it fails.
 */
export abstract class AuthenticatorStepElement extends StepElement {
  @state() protected webauthnError?: string;

  protected readonly resendCooldown = new CooldownController(this, RESEND_SECONDS);

  /** The one-time-code field, its Verify button, and "Resend code" when the server offers it. */
  protected renderCodeEntry(name: string, label = 'Enter code'): TemplateResult {
    const resend = this.actionEndingWith('-resend');
    return html`${renderTextField({
        id: this.idFor('code'),
        name,
        label,
        type: 'text',
        inputmode: 'numeric',
        autocomplete: 'one-time-code',
        required: true,
        errors: this.errorsFor(name),
      })}
      ${renderSubmit('Verify', this.busy, 'Verifying…')}
      ${resend ? this.renderResend(resend) : nothing}`;
  }

  /** Codes are typed with spaces (`123 456`) or pasted with them: the server wants the digits. */
  protected withoutSpacesInCodes(values: Record<string, unknown>): Record<string, unknown> {
    for (const name of ['credentials.passcode', 'credentials.totp']) {
      if (typeof values[name] === 'string') values[name] = (values[name] as string).replace(/\s/g, '');
    }
    return values;
  }

  /** "Didn't get it?" with the countdown, then the button that runs the server's resend action. */
  protected renderResend(action: string): TemplateResult {
    const wait = this.resendCooldown.remaining;
    return html`<p class="okta-hint" aria-live="polite">
      ${wait > 0
        ? html`Didn’t get it? You can resend in ${wait} s.`
        : html`Didn’t get it?
            <button type="button" class="okta-link" @click=${() => this.resend(action)}>Resend code</button>`}
    </p>`;
  }

  private resend(action: string): void {
    if (this.resendCooldown.remaining > 0 || this.busy) return;
    this.resendCooldown.start();
    this.requestAction(action);
  }

  /** Radios for `authenticator.methodType` when the server offers more than one (SMS or voice). */
  protected renderMethodChoice(step: FlowStep, legend: string): TemplateResult | typeof nothing {
    const methods = step.fields.find((f) => f.name === 'authenticator.methodType')?.options ?? [];
    if (methods.length === 1) return html`<input type="hidden" name="authenticator.methodType" .value=${String(methods[0].value)} />`;
    if (methods.length === 0) return nothing;
    return html`<fieldset class="okta-choices">
      <legend>${legend}</legend>
      ${methods.map(
        (method, index) => html`<div class="okta-check">
          <input type="radio" id=${this.idFor(`method-${index}`)} name="authenticator.methodType" .value=${String(method.value)} ?checked=${index === 0} />
          <label for=${this.idFor(`method-${index}`)}>${METHOD_LABELS[String(method.value)] ?? method.label}</label>
        </div>`,
      )}
    </fieldset>`;
  }

  /** The WebAuthn step: what will happen, why it failed last time, and the button that starts it. */
  protected renderWebauthnPrompt(intro: string, action: string): TemplateResult {
    const supported = webauthnSupported();
    return html`<p class="okta-hint">${intro}</p>
      ${!supported
        ? html`<p class="okta-field-error" role="alert">This browser cannot use passkeys or security keys. Choose another method.</p>`
        : nothing}
      ${this.webauthnError ? html`<p class="okta-field-error" role="alert">${this.webauthnError}</p>` : nothing}
      ${supported ? renderSubmit(this.webauthnError ? 'Try again' : action, this.busy, 'Waiting for your security key…') : nothing}`;
  }

  /** Runs a ceremony in the browser, then sends its result as the current step's answer. */
  protected async runWebauthn(ceremony: (step: FlowStep) => Promise<StepValues>): Promise<void> {
    const step = this.step;
    if (!step || this.busy) return;
    this.webauthnError = undefined;
    try {
      this.requestStep(step.name, await ceremony(step));
    } catch (error) {
      this.webauthnError = webauthnProblem(error);
    }
  }
}
