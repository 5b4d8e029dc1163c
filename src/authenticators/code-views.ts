/** What code-based authenticators share: email, phone, passcode apps and Okta Verify's code. */
import { html, nothing, type TemplateResult } from 'lit';
import { renderMessage, renderRadioGroup, renderSubmit, renderTextField } from '../step/render-field.js';
import { digitsCode, requiredFieldRules, type Validator } from '../step/validators.js';
import type { StepValues } from '../events/okta-proceed.js';
import type { MessageKey } from '../i18n/localize.js';
import type { FlowAuthenticator } from '../state/flow-state.js';
import { CODE_FIELDS, codeFieldOf } from './code-fields.js';
import { strong } from './strong.js';
import { renderQr } from './qr-image.js';
import { chosenMethod } from './chosen-method.js';
import type { View, ViewContext } from './types.js';

/** The masked address or number the server shows (`d***o@example.com`), if any. */
export const profileText = (authenticator: FlowAuthenticator | undefined, name: string): string | undefined => {
  const value = authenticator?.profile?.[name];
  return typeof value === 'string' && value ? value : undefined;
};

/** Codes are typed with spaces (`123 456`) or pasted with them: the server wants the digits. */
export function withoutSpacesInCodes(values: StepValues): StepValues {
  const result: Record<string, unknown> = { ...values };
  for (const name of CODE_FIELDS) {
    if (typeof result[name] === 'string') result[name] = (result[name] as string).replace(/\s/g, '');
  }
  return result;
}

/** The server's required fields, and digits in a code field. */
export function codeRules(ctx: ViewContext): Record<string, Validator[]> {
  const rules = requiredFieldRules(ctx.step);
  for (const name of CODE_FIELDS) rules[name] = [...(rules[name] ?? []), digitsCode];
  return rules;
}

/** "Didn't get it?" with the countdown, then the button that runs the server's resend action. */
function renderResend(ctx: ViewContext, action: string): TemplateResult {
  const wait = ctx.resendCooldown.remaining;
  const resend = (): void => {
    if (ctx.resendCooldown.remaining > 0 || ctx.busy) return;
    ctx.resendCooldown.start();
    ctx.requestAction(action);
  };
  return html`<p class="okta-hint" aria-live="polite">
    ${wait > 0
      ? ctx.t('code.resendIn', { count: wait })
      : html`${ctx.t('code.didntGetIt')}
          <button type="button" class="okta-link" @click=${resend}>${ctx.t('code.resend')}</button>`}
  </p>`;
}

/** The one-time-code field, its Verify button, and "Resend code" when the server offers it. */
export function renderCodeEntry(ctx: ViewContext): TemplateResult {
  const field = codeFieldOf(ctx.step);
  const name = field?.name ?? 'credentials.passcode';
  const resend = ctx.actionEndingWith('-resend');
  return html`${renderTextField({
      id: ctx.idFor('code'),
      name,
      label: field?.label ?? ctx.t('code.label'),
      type: 'text',
      inputmode: 'numeric',
      autocomplete: 'one-time-code',
      required: true,
      errors: ctx.errorsFor(name),
    })}
    ${renderSubmit(ctx.t('step.verify'), ctx.busy, ctx.t('step.verifying'))}
    ${resend ? renderResend(ctx, resend) : nothing}`;
}

const METHOD_LABELS: Readonly<Record<string, MessageKey>> = { sms: 'phone.method.sms', voice: 'phone.method.voice' };

/** The method chosen in the list of authenticators, when this step offers it. */
export function preselectedMethod(ctx: ViewContext): string | undefined {
  const methods = ctx.step.fields.find((f) => f.name === 'authenticator.methodType')?.options ?? [];
  // The step's fixed `authenticator.id` is what the list sent (the current authenticator may carry an enrollment id).
  const fixedId = ctx.step.fixed['authenticator.id'];
  const method = chosenMethod(ctx.host, typeof fixedId === 'string' ? fixedId : ctx.authenticator?.id);
  return methods.some((m) => String(m.value) === method) ? method : undefined;
}

/**
 * Radios for `authenticator.methodType` when the server offers more than one (SMS or voice), unless the
 * person already chose one in the list: then that one is sent, without asking again.
 */
export function renderMethodChoice(ctx: ViewContext, legend: string): TemplateResult | typeof nothing {
  const methods = ctx.step.fields.find((f) => f.name === 'authenticator.methodType')?.options ?? [];
  const preselected = preselectedMethod(ctx);
  if (preselected !== undefined) return html`<input type="hidden" name="authenticator.methodType" .value=${preselected} />`;
  if (methods.length === 1) return html`<input type="hidden" name="authenticator.methodType" .value=${String(methods[0].value)} />`;
  if (methods.length === 0) return nothing;
  return renderRadioGroup({
    id: ctx.idFor('method'),
    name: 'authenticator.methodType',
    legend,
    options: methods.map((method) => {
      const key = METHOD_LABELS[String(method.value)];
      return { value: String(method.value), label: key ? ctx.t(key) : method.label };
    }),
  });
}

/** A code view: a sentence saying where the code comes from, then the code entry. */
export function codeView(hint: (ctx: ViewContext) => TemplateResult | string): View {
  return {
    resends: true,
    render: (ctx) => html`<p class="okta-hint">${hint(ctx)}</p>
      ${renderCodeEntry(ctx)}`,
    rules: codeRules,
    toRequest: withoutSpacesInCodes,
  };
}

/**
 * Setting up with a code: an app's QR code and shared secret when the server sends them (Google
 * Authenticator), else "Enter the code we sent you" (email, phone).
 */
export const enrollCodeView: View = {
  resends: true,
  render(ctx) {
    const data = ctx.authenticator?.contextualData ?? {};
    const qr = (data.qrcode as { href?: string } | undefined)?.href;
    const secret = data.sharedSecret as string | undefined;
    return html`${qr && qr.startsWith('data:image/')
        ? html`<p class="okta-hint">${ctx.t('passcode.enroll.scan', { name: ctx.authenticatorName })}</p>
            ${renderQr(ctx, qr, 'passcode.enroll.qrAlt', secret ? 'passcode.enroll.qrFailed' : 'qr.failed')}`
        : nothing}
      ${secret
        ? html`<p class="okta-hint">
            ${renderMessage(ctx.t('passcode.enroll.cantScan'), { secret: html`<code class="okta-secret">${secret}</code>` })}
          </p>`
        : nothing}
      ${!qr && !secret ? html`<p class="okta-hint">${ctx.t('code.enroll.hint')}</p>` : nothing}
      ${renderCodeEntry(ctx)}`;
  },
  rules: codeRules,
  toRequest: withoutSpacesInCodes,
};

/**
 * "Send me an email" / "Text me or call me": the data step before a code is sent
 * (`authenticator-verification-data`), with SMS or voice when the server offers both.
 */
export function sendCodeView(submitLabel: (ctx: ViewContext, methodCount: number) => string): View {
  return {
    render(ctx) {
      const methods = ctx.step.fields.find((f) => f.name === 'authenticator.methodType')?.options ?? [];
      const target = profileText(ctx.authenticator, 'email') ?? profileText(ctx.authenticator, 'phoneNumber');
      return html`${target
          ? html`<p class="okta-hint">${renderMessage(ctx.t('code.willSendTo'), { target: strong(target) })}</p>`
          : nothing}
        ${renderMethodChoice(ctx, ctx.t('code.howToSend'))}
        ${renderSubmit(submitLabel(ctx, methods.length), ctx.busy, ctx.t('step.sending'))}`;
    },
  };
}
