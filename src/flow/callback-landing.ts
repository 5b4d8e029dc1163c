import type { IdxTransaction, Tokens } from '@okta/okta-auth-js/idx';
import type { OktaErrorDetail } from '../events/okta-error.js';
import type { Localizer } from '../i18n/localize.js';
import type { RawIdxResponse } from '../state/raw-idx.js';
import { idxBodyOf, isTerminalDocument } from '../state/classify-error.js';
import type { IdxAuthClient } from './auth-client.js';
import type { Landing } from './callback.js';

/**
 * What the driver does with a landing:
 * - `tx`: shows this transaction (tokens: signed in; a step: the sign-in goes on), with `notice` on top when
 *   the provider refused but the saved sign-in can go on;
 * - `end`: an end with no transaction (the email link's code to type where the person started);
 * - `failure`: nothing can go on here: the message, "Try again" and "Start over".
 */
export type LandingOutcome =
  | { readonly tx: IdxTransaction; readonly notice?: OktaErrorDetail }
  | { readonly end: RawIdxResponse }
  | { readonly failure: OktaErrorDetail };

/** Sends one request through the driver (its deadline and abort signal). */
export type Send = <T>(request: () => Promise<T>) => Promise<T>;

/** Okta's message key on the "enter the code where you started" end (its `terminal-return-otp-only-*` states). */
export const OTP_IN_ORIGINAL_TAB = 'idx.enter.otp.in.original.tab';

/** The remediations that take the email's code, when Okta's current authenticator is the email. */
const CODE_STEPS = ['challenge-authenticator', 'enroll-authenticator'];

/**
 * Finishes a landing (see callback.ts) with okta-auth-js, as its `idx.handleInteractionCodeRedirect`,
 * `isInteractionRequired` + `proceed` and `handleEmailVerifyCallback` would, except that tokens are never stored
 * behind the app's back (the driver hands them to `okta-success`) and an email link with no sign-in to finish
 * shows its code instead of throwing.
 */
export async function handleLanding(landing: Landing, client: IdxAuthClient, send: Send, i18n: Localizer): Promise<LandingOutcome> {
  // okta-auth-js picks the saved transaction only when its `state` is the one the redirect brings back.
  const saved = client.idx.canProceed({ state: landing.state });
  const resume = () => send(() => client.idx.proceed({ state: landing.state, useGenericRemediator: true }));
  switch (landing.kind) {
    case 'interaction-code': {
      const meta = saved ? client.transactionManager.load?.({ state: landing.state }) : undefined;
      if (!meta?.codeVerifier || !client.token) return { failure: stale(i18n) };
      const { tokens } = await send(() => client.token!.exchangeCodeForTokens({ interactionCode: landing.interactionCode, codeVerifier: meta.codeVerifier }));
      // The code is spent: nothing of this transaction may be resumed.
      client.transactionManager.clear();
      return { tx: { status: 'SUCCESS', tokens: tokens as Tokens } as IdxTransaction };
    }
    case 'interaction-required':
      return saved ? { tx: await resume() } : { failure: stale(i18n) };
    case 'idp-error': {
      const declined = landing.error === 'access_denied';
      const notice: OktaErrorDetail = {
        // Declined at the provider is a refusal like any other; what else a provider answers is not ours to name.
        code: declined ? 'access-denied' : 'unknown-error',
        message: i18n.t(declined ? 'callback.idp.declined' : 'callback.idp.failed'),
        cause: { error: landing.error, errorDescription: landing.description },
      };
      // The sign-in this browser started is still there: back to it (the providers, the form), with why.
      return saved ? { tx: await resume(), notice } : { failure: notice };
    }
    case 'email-otp': {
      if (!saved) return { end: codeToTypeElsewhere(landing.otp, i18n) };
      // The sign-in ended (expired, say) while the email travelled, whether okta-auth-js answers the end or throws
      // it: the code is still worth typing where it started. Any other failure (the network) is the driver's.
      const tx = await resume().catch((error: unknown) => {
        const body = idxBodyOf(error);
        if (body && isTerminalDocument(body)) return undefined;
        throw error;
      });
      const raw = tx?.rawIdxState as RawIdxResponse | undefined;
      if (!tx || !raw || isTerminalDocument(raw)) return { end: codeToTypeElsewhere(landing.otp, i18n) };
      const step = emailCodeStep(raw);
      if (!step) return { tx };
      return { tx: await send(() => client.idx.proceed({ step, credentials: { passcode: landing.otp }, useGenericRemediator: true })) };
    }
  }
}

/** The remediation that takes the email's code now, if the sign-in is at the email. */
function emailCodeStep(raw: RawIdxResponse): string | undefined {
  const current = (raw.currentAuthenticatorEnrollment ?? raw.currentAuthenticator)?.value;
  if (current?.key !== 'okta_email') return undefined;
  return raw.remediation?.value?.find((r) => CODE_STEPS.includes(r.name))?.name;
}

function stale(i18n: Localizer): OktaErrorDetail {
  return { code: 'transaction-expired', message: i18n.t('callback.stale') };
}

/**
 * Okta's `terminal-return-otp-only` end, as the server would send it: no remediation, its message, and the code
 * under the email authenticator's `contextualData.otp`. The state layer reads it as any end; the flow shows the
 * code large (callback-views.ts).
 */
export function codeToTypeElsewhere(otp: string, i18n: Localizer): RawIdxResponse {
  return {
    version: '1.0.0',
    messages: { value: [{ message: i18n.t('callback.code.message'), i18n: { key: OTP_IN_ORIGINAL_TAB }, class: 'INFO' }] },
    currentAuthenticator: { value: { key: 'okta_email', type: 'email', contextualData: { otp } } },
  };
}
