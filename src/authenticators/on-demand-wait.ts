import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Translate } from '../step/validators.js';
import { onDemandAuthenticators } from './registry.js';

/**
 * For a step element whose step needs the authenticator modules outside the main bundle: starts their
 * load, renders the host again each time it starts, arrives or fails (whoever asked for it), and draws
 * the wait — a short "Loading…" line — or the failure, with "Try again" and the step's links, so a
 * dropped network is never a dead end.
 */
export class OnDemandWait implements ReactiveController {
  private unsubscribe?: () => void;

  /** `onLoaded` runs when the modules arrive, before the host renders again. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onLoaded?: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe ??= onDemandAuthenticators.subscribe(() => {
      if (onDemandAuthenticators.status === 'loaded') this.onLoaded?.();
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** The wait or the failure; starts the load when nothing has asked for it yet. */
  render(t: Translate, links: TemplateResult): TemplateResult {
    if (onDemandAuthenticators.status === 'idle') this.load();
    if (onDemandAuthenticators.status !== 'failed') {
      return html`<p class="okta-hint" role="status"><span class="okta-spinner" aria-hidden="true"></span> ${t('step.loading')}</p>`;
    }
    return html`<div class="okta-step">
      <p class="okta-field-error" role="alert">${t('step.loadFailed')}</p>
      <button type="button" class="okta-button" @click=${this.load}>${t('step.tryAgain')}</button>
      ${links}
    </div>`;
  }

  /** The failure is shown through the status (the listener renders the host again), not thrown. */
  private readonly load = (): void => {
    onDemandAuthenticators.load().catch(() => undefined);
  };
}
