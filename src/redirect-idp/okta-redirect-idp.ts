import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { StepElement } from '../step/step-element.js';
import { defineElement } from '../internal/define.js';
import { REDIRECT_IDP, renderIdpButtons } from '../step/idp-buttons.js';
import type { FlowStep } from '../state/flow-state.js';

/**
 * The step where signing in goes on at an identity provider (IDX remediation `redirect-idp` shown first): an
 * org that sends everyone to its provider (a sole provider, offered without a username form), or Okta's
 * `external_idp` authenticator ("Verify with Acme SSO"). It shows a button per provider, never redirects by
 * itself: the person leaves the page when they choose to. The provider sends the browser back to the app's
 * redirect URI, where `<okta-flow>` finishes the sign-in.
 *
 * On steps that are not about a provider (the username form, say) the same buttons come with the step
 * element that renders it.
 *
 * @customElement okta-redirect-idp
 * @summary Identity provider buttons when a provider is the way on.
 * @fires okta-idp-redirect - Cancelable: the person picked a provider and the page is about to leave for it (`event.idpType`, `event.idpName`, `event.url`).
 * @fires okta-restart - Asks `<okta-flow>` to start over ("Back to sign in").
 * @fires okta-show-step - Asks `<okta-flow>` to show the authenticator list ("Choose another method").
 */
export class OktaRedirectIdp extends StepElement {
  static override handles(step: FlowStep): boolean {
    return step.name === REDIRECT_IDP;
  }

  /** Heading when the org sends everyone to a provider; by default "Sign in" (catalogue key `identify.heading`). */
  @property() heading?: string;

  protected override renderStep(step: FlowStep): TemplateResult {
    const authenticator = step.authenticator ?? this.flow?.currentAuthenticator;
    // Okta's external_idp authenticator: a verification of someone already known, with the way to another method.
    const verifying = authenticator?.key === 'external_idp';
    const heading = verifying
      ? this.t('idp.verify.heading', { name: authenticator?.displayName ?? '' })
      : (this.heading ?? this.t('identify.heading'));
    return html`<div class="okta-step" role="group" aria-labelledby=${this.idFor('heading')}>
      <h2 id=${this.idFor('heading')}>${heading}</h2>
      ${renderIdpButtons(this, this.flow, this.localizer)}
      ${verifying || this.alternativeStep ? this.renderStepLinks() : nothing}
    </div>`;
  }
}

defineElement('okta-redirect-idp', OktaRedirectIdp);

declare global {
  interface HTMLElementTagNameMap {
    'okta-redirect-idp': OktaRedirectIdp;
  }
}
