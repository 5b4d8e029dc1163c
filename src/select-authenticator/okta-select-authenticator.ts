import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { StepElement } from '../step/step-element.js';
import { defineElement } from '../internal/define.js';
import { authenticatorAction, authenticatorIcon, authenticatorName, needsOnDemandModules } from '../authenticators/registry.js';
import { OnDemandWait } from '../authenticators/on-demand-wait.js';
import { rememberMethod } from '../authenticators/chosen-method.js';
import type { FieldOption, FlowStep } from '../state/flow-state.js';
import type { MessageKey } from '../i18n/localize.js';

/** Okta's account unlock: whose account (the username), and the authenticator to verify with, on one form. */
const UNLOCK = 'select-authenticator-unlock-account';

const STEPS = new Set(['select-authenticator-authenticate', 'select-authenticator-enroll', UNLOCK]);

const METHOD_LABELS: Readonly<Record<string, MessageKey>> = {
  sms: 'select.method.sms',
  voice: 'select.method.voice',
  push: 'select.method.push',
  totp: 'select.method.totp',
};

/** One way to use an option: most have one, a phone has SMS and voice. */
interface Choice {
  /** What the button says; `undefined` for the one way of an option ("Select"). */
  readonly label?: string;
  readonly value: Readonly<Record<string, unknown>>;
}

/**
 * Lists the authenticators the person can verify with (`select-authenticator-authenticate`) or set up
 * (`select-authenticator-enroll`): each with its name, an icon and what it will do, the phone's SMS or
 * voice where offered, and "Set up later" when the server allows skipping. A list of one (Okta offers the
 * next authenticator that way too) is worded as that one method. The names, icons and words of
 * authenticators other than the password come with their modules: when one is listed, the list shows
 * "Loading…" until they are here (once per page). Account unlock (`select-authenticator-unlock-account`) is
 * the same list under "Unlock account", with the username above it (its words come with those modules too).
 *
 * @customElement okta-select-authenticator
 * @summary Choose an authenticator to verify with or to set up.
 * @fires okta-proceed - Asks `<okta-flow>` to send the choice (or `skip`).
 * @fires okta-restart - Asks `<okta-flow>` to start over.
 */
export class OktaSelectAuthenticator extends StepElement {
  static override handles(step: FlowStep): boolean {
    return STEPS.has(step.name);
  }

  /** Heading shown above the list; by default it depends on whether the person verifies or sets up. */
  @property() heading?: string;

  private readonly onDemand = new OnDemandWait(this);

  private get enrolling(): boolean {
    return this.step?.name === 'select-authenticator-enroll';
  }

  private choicesOf(option: FieldOption): Choice[] {
    const base = (option.value ?? {}) as Record<string, unknown>;
    const methods = option.fields?.find((f) => f.name === 'methodType')?.options ?? [];
    // A phone offers SMS or voice, Okta Verify a push or a code: one button for each way.
    if (methods.length > 1) {
      return methods.map((method) => {
        const key = METHOD_LABELS[String(method.value)];
        return { label: key ? this.t(key) : String(method.label), value: { ...base, methodType: method.value } };
      });
    }
    return [{ value: base }];
  }

  protected override renderStep(step: FlowStep): TemplateResult {
    const field = step.fields.find((f) => f.name === 'authenticator');
    const options = field?.options ?? [];
    const unlocking = step.name === UNLOCK;
    // Unlock's own words arrive with the on-demand modules: its form waits for them whatever it lists.
    if ((unlocking && needsOnDemandModules(undefined)) || options.some((option) => needsOnDemandModules(option.authenticator))) {
      this.stepPending = true;
      return this.onDemand.render(this.t.bind(this), this.renderStepLinks());
    }
    // Okta lists the next authenticator even when it is the only one (and waits for the choice): a list of one
    // reads as "this method", not as a choice among several.
    const single = options.length === 1;
    // While a password is recovered, the list says so (as Okta's Sign-In Widget does).
    const recovering = !this.enrolling && this.flow?.recovering === true;
    const heading =
      this.heading ??
      this.t(
        unlocking
          ? 'unlock.heading'
          : this.enrolling
            ? single
              ? 'select.enroll.headingOne'
              : 'select.enroll.heading'
            : recovering
              ? 'select.recover.heading'
              : 'select.verify.heading',
      );
    const hint = unlocking
      ? 'unlock.hint'
      : this.enrolling
      ? single
        ? 'select.enroll.hintOne'
        : 'select.enroll.hint'
      : recovering
        ? 'select.recover.hint'
        : single
          ? 'select.verify.hintOne'
          : 'select.verify.hint';
    const t = this.t.bind(this);
    const canSkip = this.flow?.steps.some((s) => s.name === 'skip') ?? false;
    return html`<form class="okta-step" novalidate @submit=${this.onChoose} aria-labelledby=${this.idFor('heading')}>
      <h2 id=${this.idFor('heading')}>${heading}</h2>
      <p class="okta-hint">${this.t(hint)}</p>
      ${unlocking ? this.renderUsernameField() : nothing}
      <ul class="okta-options">
        ${options.map((option, index) => {
          const name = authenticatorName(t, option.authenticator, option.label);
          const descriptionId = this.idFor(`option-${index}-description`);
          return html`<li class="okta-option" data-authenticator=${option.authenticator?.key ?? ''}>
            <span class="okta-option-icon">${authenticatorIcon(option.authenticator)}</span>
            <span class="okta-option-text">
              <strong>${name}</strong>
              <span class="okta-hint" id=${descriptionId}>${authenticatorAction(t, option.authenticator, this.enrolling)}</span>
            </span>
            <span class="okta-option-actions">
              ${this.choicesOf(option).map(
                (choice, choiceIndex) => {
                  const label = choice.label ?? this.t('select.choose');
                  return html`<button
                    class="okta-button okta-button-secondary"
                    type="submit"
                    name="choice"
                    value=${`${index}:${choiceIndex}`}
                    aria-label=${this.t('select.choiceLabel', { choice: label, name })}
                    aria-describedby=${descriptionId}
                    aria-disabled=${this.busy ? 'true' : 'false'}
                  >
                    ${label}
                  </button>`;
                },
              )}
            </span>
          </li>`;
        })}
      </ul>
      ${canSkip ? this.renderSkip() : nothing}
      ${this.renderStepLinks()}
    </form>`;
  }

  /** "Set up later" as the secondary action: skipping security must not look like the recommended way. */
  private renderSkip(): TemplateResult {
    return html`<button class="okta-button okta-button-secondary okta-skip" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
      ${this.busy ? html`<span class="okta-spinner" aria-hidden="true"></span>${this.t('step.working')}` : this.t('select.skip')}
    </button>`;
  }

  private onChoose(event: SubmitEvent): void {
    event.preventDefault();
    const step = this.step;
    if (this.busy || !step) return;
    const submitter = event.submitter as HTMLButtonElement | null;
    if (!submitter?.value) {
      // "Set up later" (or Enter outside a choice): skip when the server allows it.
      if (this.flow?.steps.some((s) => s.name === 'skip')) this.requestStep('skip');
      return;
    }
    const [optionIndex, choiceIndex] = submitter.value.split(':').map(Number);
    const option = step.fields.find((f) => f.name === 'authenticator')?.options?.[optionIndex];
    const choice = option && this.choicesOf(option)[choiceIndex];
    if (!choice) return;
    // The data step that follows asks SMS or voice again: it sends this choice instead.
    rememberMethod(this, choice.value.id, choice.value.methodType);
    if (step.name !== UNLOCK) {
      this.requestStep(step.name, { authenticator: choice.value });
      return;
    }
    // Unlock sends whose account with the choice (trimmed as the sign-in's username), checked as any form is.
    const identifier = new FormData(event.currentTarget as HTMLFormElement).get('identifier');
    const values = { identifier: typeof identifier === 'string' ? identifier.trim() : '', authenticator: choice.value };
    this.localErrors = this.validate(values);
    if (Object.keys(this.localErrors).length) void this.updateComplete.then(() => this.focusFirstInvalid());
    else this.requestStep(step.name, values);
  }
}

defineElement('okta-select-authenticator', OktaSelectAuthenticator);

declare global {
  interface HTMLElementTagNameMap {
    'okta-select-authenticator': OktaSelectAuthenticator;
  }
}
