import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { FlowState } from '../state/flow-state.js';
import type { Localizer } from '../i18n/localize.js';

/** The callback module (handling, views, sentences), fetched once, the first time a landing or its end needs it. */
export const loadCallbackModule = () => import('./callback-on-demand.js');

let views: Awaited<ReturnType<typeof loadCallbackModule>> | undefined;
let failed = false;
let loading: Promise<unknown> | undefined;
const focused = new WeakMap<Element, string>();

/**
 * The code of Okta's "enter this code where you started" end (`terminal-return-otp-only`: the email link
 * opened where its sign-in cannot go on), from the email authenticator's `contextualData.otp`; else none.
 */
export function codeToTypeElsewhere(state: FlowState): string | undefined {
  const otp = state.status === 'terminal' ? state.currentAuthenticator?.contextualData?.otp : undefined;
  return typeof otp === 'string' && otp ? otp : undefined;
}

/**
 * What `<okta-flow>` adds to an end a landing reached: the code to type where the person started, large,
 * with a copy button (its view arrives on demand; until then nothing, and if it cannot arrive, the plain code).
 * Focus goes to its heading once, so the heading and the code are read first.
 */
export function renderCallbackEnd(host: ReactiveElement, state: FlowState, i18n: Localizer): TemplateResult | typeof nothing {
  const code = codeToTypeElsewhere(state);
  if (!code) return nothing;
  if (!views) {
    loading ??= loadCallbackModule().then(
      (module) => (views = module),
      () => (failed = true),
    );
    void loading.then(() => host.requestUpdate());
    return failed ? html`<p><code dir="ltr">${code}</code></p>` : nothing;
  }
  if (focused.get(host) !== code) {
    focused.set(host, code);
    void host.updateComplete.then(() => host.renderRoot.querySelector<HTMLElement>('#okta-code-heading')?.focus());
  }
  return views.renderCodeEnd(host.renderRoot, code, i18n);
}
