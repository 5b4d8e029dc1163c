import { html, nothing, type ReactiveElement, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { FlowState, IdpRedirect } from '../state/flow-state.js';
import type { Localizer } from '../i18n/localize.js';
import { emit } from '../internal/emit.js';
import { OktaIdpRedirectEvent } from '../events/okta-idp-redirect.js';

/** Okta's remediation for signing in at an identity provider: a full-page GET of its `href`, never an XHR. */
export const REDIRECT_IDP = 'redirect-idp';

/** The brand names of Okta's social providers, shown instead of the org's label ("Google IDP" → "Google"). */
const BRANDS: Readonly<Record<string, string>> = {
  GOOGLE: 'Google',
  FACEBOOK: 'Facebook',
  APPLE: 'Apple',
  MICROSOFT: 'Microsoft',
  LINKEDIN: 'LinkedIn',
};

/** The providers the server offers now, in its order. */
export function idpRedirects(state: FlowState | undefined): IdpRedirect[] {
  return (state?.steps ?? []).flatMap((step) => {
    return step.name === REDIRECT_IDP && step.redirect ? [step.redirect] : [];
  });
}

/**
 * Whether the server lists its providers before the given step (an org that shows them above the form) rather
 * than after it (below the form, Okta's usual order and the Sign-In Widget's default).
 */
export function idpsFirst(state: FlowState | undefined, stepName: string): boolean {
  const names = (state?.steps ?? []).map((step) => step.name);
  const idp = names.indexOf(REDIRECT_IDP);
  return idp >= 0 && idp < names.indexOf(stepName);
}

/** The full-page navigation; a test replaces `assign` so its page is not unloaded. */
export const idpNavigation = { assign: (url: string): void => location.assign(url) };

/** The providers' marks, loaded on demand (only social buttons need them); each is an SVG body for a 24×24 box. */
type Marks = Readonly<Record<string, SVGTemplateResult>>;
let marks: Marks | undefined;
let marksLoading: Promise<void> | undefined;
const waiting = new Set<ReactiveElement>();

function markOf(type: string | undefined, host: ReactiveElement): SVGTemplateResult | typeof nothing {
  if (marks) return marks[type ?? ''] ?? nothing;
  waiting.add(host);
  marksLoading ??= import('./idp-marks.js').then(
    (module) => {
      marks = module.IDP_MARKS;
      for (const element of waiting) element.requestUpdate();
      waiting.clear();
    },
    // No marks (offline): the buttons keep their names, which is all they need.
    () => {
      marks = {};
    },
  );
  return nothing;
}

/** A provider's button text: the brand of a social provider, else the org's label. */
export function idpLabel(redirect: IdpRedirect, localizer: Localizer): string {
  const name = BRANDS[redirect.type ?? ''] ?? redirect.name;
  return name ? localizer.t('idp.signInWith', { name }) : localizer.t('idp.signInWithProvider');
}

/** Leaves for the provider unless the app cancels `okta-idp-redirect`. */
function go(host: HTMLElement, redirect: IdpRedirect): void {
  const event = new OktaIdpRedirectEvent({ idpType: redirect.type, idpId: redirect.id, idpName: redirect.name, url: redirect.href });
  emit(host, event);
  if (!event.defaultPrevented) idpNavigation.assign(redirect.href);
}

/**
 * One button per identity provider the server offers, in its order: a social provider with its brand name and
 * mark ("Sign in with Google"), an enterprise one (SAML2, OIDC) with the org's label. Picking one navigates the
 * page to the provider (after `okta-idp-redirect`); it comes back to the app's redirect URI, where `<okta-flow>`
 * finishes the sign-in. Nothing when the server offers none. Any step element can place it in its form.
 */
export function renderIdpButtons(host: HTMLElement & ReactiveElement, state: FlowState | undefined, localizer: Localizer): TemplateResult | typeof nothing {
  const redirects = idpRedirects(state);
  if (!redirects.length) return nothing;
  const busy = state?.status === 'submitting';
  return html`<div class="okta-options okta-idps" role="group" aria-label=${localizer.t('idp.group')}>
    ${redirects.map(
      (redirect) =>
        html`<button
          type="button"
          class="okta-button okta-button-secondary"
          data-idp-type=${redirect.type ?? ''}
          aria-disabled=${busy ? 'true' : 'false'}
          @click=${() => !busy && go(host, redirect)}
        >
          ${BRANDS[redirect.type ?? '']
            ? html`<svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${markOf(redirect.type, host)}</svg>`
            : nothing}${idpLabel(redirect, localizer)}
        </button>`,
    )}
  </div>`;
}
