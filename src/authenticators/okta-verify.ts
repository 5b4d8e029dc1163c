/**
 * Okta Verify (`okta_verify`): verified by a push (with a number to tap when the org asks) or the app's
 * code; set up by scanning a QR code while the flow polls, or by a setup link sent by email or SMS.
 */
import { html, nothing, svg } from 'lit';
import { renderRadioGroup, renderSubmit, renderTextField } from '../step/render-field.js';
import type { MessageKey } from '../i18n/localize.js';
import { codeView, enrollCodeView } from './code-views.js';
import { renderQr } from './qr-image.js';
import type { AuthenticatorModule, View } from './types.js';

/** A push sent: the flow polls; this says what to do on the phone, and the number to tap. */
const push: View = {
  render(ctx) {
    const answer = ctx.authenticator?.contextualData?.correctAnswer;
    const resend = ctx.actionEndingWith('-resend') ?? ctx.flow.steps.find((s) => s.name === 'resend')?.name;
    // After a rejected push Okta offers `resend` (send the push again) as the step.
    const rejected = ctx.step.name === 'resend' || ctx.flow.messages.some((m) => m.level === 'error');
    return html`<div class="okta-push" role="status" aria-live="polite">
        ${rejected
          ? html`<p>${ctx.t('oktaVerify.push.rejected')}</p>`
          : answer !== undefined
            ? html`<p>${ctx.t('oktaVerify.push.tapNumber')}</p>
                <p class="okta-number-challenge" aria-label=${ctx.t('oktaVerify.push.numberLabel', { number: String(answer) })}
                >${String(answer)}</p>`
            : html`<p><span class="okta-spinner" aria-hidden="true"></span> ${ctx.t('oktaVerify.push.sent')}</p>`}
      </div>
      ${resend
        ? html`<button type="button" class="okta-button okta-button-secondary" @click=${() => ctx.requestAction(resend)}
            >${ctx.t('oktaVerify.push.sendAgain')}</button
          >`
        : nothing}`;
  },
};

/** The QR code to scan while the flow polls until the app is activated (or the link was sent). */
const waitForApp: View = {
  render(ctx) {
    const qr = ((ctx.authenticator?.contextualData ?? {}).qrcode as { href?: string } | undefined)?.href;
    return html`${qr && qr.startsWith('data:image/')
        ? html`<p class="okta-hint">${ctx.t('oktaVerify.enroll.scan')}</p>
            ${renderQr(
              ctx,
              qr,
              'oktaVerify.enroll.qrAlt',
              ctx.flow.steps.some((s) => s.name === 'select-enrollment-channel') ? 'oktaVerify.enroll.qrFailed' : 'qr.failed',
            )}`
        : nothing}
      ${!qr ? html`<p class="okta-hint">${ctx.t('oktaVerify.enroll.openLink')}</p>` : nothing}
      <p class="okta-hint" role="status"><span class="okta-spinner" aria-hidden="true"></span> ${ctx.t('oktaVerify.enroll.waiting')}</p>
      ${ctx.flow.steps.some((s) => s.name === 'select-enrollment-channel')
        ? html`<button type="button" class="okta-link" @click=${() => ctx.showStep('select-enrollment-channel')}>
            ${ctx.t('oktaVerify.enroll.cantScan')}
          </button>`
        : nothing}`;
  },
};

const CHANNELS: Readonly<Record<string, MessageKey>> = {
  qrcode: 'oktaVerify.enroll.channel.qrcode',
  email: 'oktaVerify.enroll.channel.email',
  sms: 'oktaVerify.enroll.channel.sms',
};

/** How to get the app set up: a QR code, or a link by email or SMS. */
const channels: View = {
  render(ctx) {
    const options = ctx.step.fields.find((f) => f.name === 'authenticator.channel')?.options ?? [];
    return html`${renderRadioGroup({
        id: ctx.idFor('channel'),
        name: 'authenticator.channel',
        legend: ctx.t('oktaVerify.enroll.channelLegend', { name: ctx.authenticatorName }),
        options: options.map((channel) => {
          const key = CHANNELS[String(channel.value)];
          return { value: String(channel.value), label: key ? ctx.t(key) : channel.label };
        }),
      })}
      ${renderSubmit(ctx.t('step.next'), ctx.busy, ctx.t('step.working'))}`;
  },
};

/** The address or number the setup link goes to. */
const channelData: View = {
  render(ctx) {
    const email = ctx.field('email');
    return html`${email
        ? renderTextField({
            id: ctx.idFor('email'),
            name: 'email',
            label: email.label ?? ctx.t('oktaVerify.enroll.email'),
            type: 'email',
            autocomplete: 'email',
            required: true,
            errors: ctx.errorsFor('email'),
          })
        : renderTextField({
            id: ctx.idFor('phone'),
            name: 'phoneNumber',
            label: ctx.field('phoneNumber')?.label ?? ctx.t('oktaVerify.enroll.phone'),
            type: 'tel',
            autocomplete: 'tel',
            required: true,
            errors: ctx.errorsFor('phoneNumber'),
          })}
      ${renderSubmit(ctx.t('oktaVerify.enroll.sendLink'), ctx.busy, ctx.t('step.sending'))}`;
  },
};

export const oktaVerify: AuthenticatorModule = {
  keys: ['okta_verify'],
  name: (t) => t('oktaVerify.name'),
  icon: () => svg`<path d="M12 2 4 5v6c0 5 3.5 9 8 11 4.5-2 8-6 8-11V5z"/><path d="m9 12 2 2 4-4"/>`,
  action: (t, _authenticator, enrolling) => t(enrolling ? 'oktaVerify.action.enroll' : 'oktaVerify.action.verify'),
  verify: codeView((ctx) => ctx.t('passcode.verify.hint')),
  enroll: enrollCodeView,
  around: {
    verify: { 'challenge-poll': push, resend: push },
    enroll: { 'enroll-poll': waitForApp, 'select-enrollment-channel': channels, 'enrollment-channel-data': channelData },
  },
};
