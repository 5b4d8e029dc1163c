/** Email (`okta_email`): a code (or a magic link) sent to the person's address. */
import { html, svg } from 'lit';
import { renderMessage, renderSubmit } from '../step/render-field.js';
import { codeView, enrollCodeView, profileText, renderMethodChoice, sendCodeView } from './code-views.js';
import { strong } from './strong.js';
import type { AuthenticatorModule, View } from './types.js';

/** "Send me an email" before the code is sent, when the org asks for that step. */
const send = sendCodeView((ctx, methods) => ctx.t(methods <= 1 ? 'email.send' : 'code.send'));

const verify = codeView((ctx) => {
  const address = profileText(ctx.authenticator, 'email');
  return address ? renderMessage(ctx.t('email.verify.sentTo'), { target: strong(address) }) : ctx.t('passcode.verify.hint');
});

/** Setting up email: the address is the person's own, so the step only asks to send the code. */
const enrollmentData: View = {
  render: (ctx) => html`${renderMethodChoice(ctx, ctx.t('code.enroll.howToSend'))}
    ${renderSubmit(ctx.t('email.send'), ctx.busy, ctx.t('step.sending'))}`,
};

export const email: AuthenticatorModule = {
  keys: ['okta_email'],
  name: (t) => t('email.name'),
  icon: () => svg`<rect x="3" y="5" width="18" height="14" rx="2"/><path d="m3 7 9 6 9-6"/>`,
  action: (t, authenticator, enrolling) => {
    if (enrolling) return t('email.action.enroll');
    return t('email.action.verify', { target: profileText(authenticator, 'email') ?? t('email.yourEmail') });
  },
  verify,
  enroll: enrollCodeView,
  around: {
    verify: { 'authenticator-verification-data': send },
    enroll: { 'authenticator-enrollment-data': enrollmentData },
  },
};
