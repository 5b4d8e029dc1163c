/**
 * The screens of `<okta-consent>` (`../consent/okta-consent.ts`): app consent (`consent`, `granular-consent`) and
 * Okta's "Stay signed in?" after authentication (`keep-me-signed-in`). They travel in the on-demand file
 * (`./on-demand.ts`, with their sentences, `../i18n/catalogue/consent.ts`), as the password reset screens do: a
 * password sign-in never downloads them. Everything the server sends (the app's name, the scopes' labels and
 * descriptions) is rendered as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FlowField, FlowStep } from '../state/flow-state.js';
import type { MessageKey, MessageParams } from '../i18n/localize.js';
import type { StepValues } from '../events/okta-proceed.js';

/** The app as consent shows it: its name, and its links when they are http(s). */
interface App {
  readonly label?: string;
  readonly logo?: string;
  readonly termsOfService?: string;
  readonly privacyPolicy?: string;
}

const textOf = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

/** A link's `href` when it is http(s): a `javascript:` href from a misconfigured org never reaches an `<a>` or `<img>`. */
const hrefOf = (link: unknown): string | undefined => {
  const href = textOf((link as { href?: unknown } | null | undefined)?.href);
  return href && /^https?:\/\//i.test(href) ? href : undefined;
};

/** IDX's `app` object (the flow keeps it as sent) read for consent. */
export function appOf(app: Readonly<Record<string, unknown>> | undefined): App | undefined {
  if (!app) return undefined;
  return {
    label: textOf(app.label),
    logo: hrefOf(app.logo),
    termsOfService: hrefOf(app.termsOfService),
    privacyPolicy: hrefOf(app.privacyPolicy),
  };
}

/** What the screen needs from its element. */
export interface ConsentContext {
  readonly step: FlowStep;
  /** IDX's `app` object, as the flow state keeps it. */
  readonly app?: Readonly<Record<string, unknown>>;
  readonly busy: boolean;
  /** Which button was pressed, while its answer is on the way. */
  readonly pressed?: 'allow' | 'deny';
  readonly t: (key: MessageKey, params?: MessageParams) => string;
  readonly idFor: (name: string) => string;
  readonly allow: (event: SubmitEvent) => void;
  readonly deny: () => void;
}

/** One scope to grant: Okta's label, and its description when it sends one. */
interface Scope {
  readonly name: string;
  readonly label: string;
  readonly description?: string;
  /** Granular consent: the person may leave this scope out (a checkbox), ticked as the server says. */
  readonly optional?: { readonly checked: boolean };
}

const GRANULAR_PREFIX = 'optedScopes.';
const KEEP_SIGNED_IN = 'keep-me-signed-in';

/**
 * The scopes of either remediation: `consent` lists them as the options of its `scopes` field (Widget mock
 * consent-enduser.json) or beside the form (`scopes` on the remediation, as the emulator sends them),
 * `granular-consent` as boolean fields under `optedScopes` (consent-granular.json), those the person may not
 * refuse being fixed by the server (they are sent without being shown).
 */
export function scopesOf(step: FlowStep): readonly Scope[] {
  const listed = step.fields.find((field) => field.name === 'scopes');
  if (listed?.options) {
    return listed.options.map((option) => ({
      name: String(option.value),
      label: option.label,
      description: option.description,
    }));
  }
  if (step.scopes) {
    return step.scopes.map((raw) => {
      const scope = (raw ?? {}) as Record<string, unknown>;
      const name = textOf(scope.value) ?? textOf(scope.name) ?? '';
      return { name, label: textOf(scope.label) ?? name, description: textOf(scope.desc) };
    });
  }
  return step.fields
    .filter((field): field is FlowField => field.name.startsWith(GRANULAR_PREFIX) && field.type === 'boolean')
    .map((field) => ({
      name: field.name,
      label: field.label ?? field.name.slice(GRANULAR_PREFIX.length),
      description: field.description,
      optional: { checked: field.value !== false },
    }));
}

/**
 * What Allow or Don't allow sends: `consent`, and under granular consent every scope's choice in `optedScopes`,
 * keyed by the scope's own name (scope names hold dots, as `notes.read`: they are keys, not paths), the ones the
 * person may not refuse as the server fixed them.
 */
export function consentAnswer(step: FlowStep, formValues: StepValues, consent: boolean): StepValues {
  // Okta's post-authentication prompt: `keepMeSignedIn`, the person's choice.
  if (step.name === KEEP_SIGNED_IN) return { keepMeSignedIn: consent };
  const opted = Object.entries({ ...step.fixed, ...formValues })
    .filter(([path]) => path.startsWith(GRANULAR_PREFIX))
    .map(([path, value]) => [path.slice(GRANULAR_PREFIX.length), value] as const);
  // fromEntries defines own properties: a scope named `__proto__` stays a key.
  return consent && opted.length ? { optedScopes: Object.fromEntries(opted), consent } : { consent };
}

function renderScope(scope: Scope, ctx: ConsentContext): TemplateResult {
  const descriptionId = ctx.idFor(`${scope.name}-description`);
  const description = scope.description
    ? html`<span class="okta-hint" id=${descriptionId}>${scope.description}</span>`
    : nothing;
  if (!scope.optional) {
    return html`<li class="okta-consent-scope"><span class="okta-consent-scope-label">${scope.label}</span> ${description}</li>`;
  }
  const inputId = ctx.idFor(scope.name);
  return html`<li class="okta-consent-scope okta-field okta-check" data-field=${scope.name}>
    <input
      id=${inputId}
      name=${scope.name}
      type="checkbox"
      .defaultChecked=${scope.optional.checked}
      aria-describedby=${ifDefined(scope.description ? descriptionId : undefined)}
    />
    <label for=${inputId}>${scope.label}</label>
    ${description}
  </li>`;
}

function renderLinks(app: App | undefined, ctx: ConsentContext): TemplateResult | typeof nothing {
  if (!app?.termsOfService && !app?.privacyPolicy) return nothing;
  // The app's pages open beside the sign-in, which must stay where it is.
  const link = (href: string | undefined, key: MessageKey) =>
    href ? html`<a class="okta-link" href=${href} target="_blank" rel="noopener noreferrer">${ctx.t(key)}</a>` : nothing;
  return html`<p class="okta-links okta-consent-links">${link(app.termsOfService, 'consent.terms')} ${link(app.privacyPolicy, 'consent.privacy')}</p>`;
}

const spinner = html`<span class="okta-spinner" aria-hidden="true"></span>`;

/** The two answers, the pressed one showing progress while it is sent. */
function renderAnswers(ctx: ConsentContext, yes: MessageKey, no: MessageKey): TemplateResult {
  const { busy, pressed, t } = ctx;
  return html`<button class="okta-button" type="submit" aria-disabled=${busy ? 'true' : 'false'}>
      ${busy && pressed === 'allow' ? spinner : nothing}${t(yes)}
    </button>
    <button class="okta-button okta-button-secondary" type="button" aria-disabled=${busy ? 'true' : 'false'} @click=${ctx.deny}>
      ${busy && pressed === 'deny' ? spinner : nothing}${t(no)}
    </button>`;
}

/**
 * Okta's "Stay signed in" prompt after authentication (`keep-me-signed-in`, the Widget's
 * post-auth-keep-me-signed-in.json): a question and two answers, as the Widget asks it.
 */
function renderKeepSignedIn(ctx: ConsentContext): TemplateResult {
  return html`<form
    class="okta-step"
    novalidate
    @submit=${ctx.allow}
    aria-labelledby=${ctx.idFor('heading')}
    aria-describedby=${ctx.idFor('hint')}
    aria-busy=${ctx.busy ? 'true' : 'false'}
  >
    <h2 id=${ctx.idFor('heading')}>${ctx.t('consent.staySignedIn.heading')}</h2>
    <p class="okta-hint" id=${ctx.idFor('hint')}>${ctx.t('consent.staySignedIn.hint')}</p>
    ${renderAnswers(ctx, 'consent.staySignedIn.yes', 'consent.staySignedIn.no')}
  </form>`;
}

/** The screen: the app (logo and name), what it asks to do, the agreement, Allow and Don't allow. */
export function renderConsent(ctx: ConsentContext): TemplateResult {
  if (ctx.step.name === KEEP_SIGNED_IN) return renderKeepSignedIn(ctx);
  const { busy, t } = ctx;
  const app = appOf(ctx.app);
  const heading = app?.label ? t('consent.heading', { app: app.label }) : t('consent.heading.unnamed');
  const scopes = scopesOf(ctx.step);
  return html`<form
    class="okta-step okta-consent"
    novalidate
    @submit=${ctx.allow}
    aria-labelledby=${ctx.idFor('heading')}
    aria-describedby=${ctx.idFor('agreement')}
    aria-busy=${busy ? 'true' : 'false'}
  >
    ${app?.logo
      ? // Decorative: the app's name is the heading next to it.
        html`<img class="okta-consent-logo" src=${app.logo} alt="" width="48" height="48" referrerpolicy="no-referrer" />`
      : nothing}
    <h2 id=${ctx.idFor('heading')}>${heading}</h2>
    ${scopes.length
      ? html`<p class="okta-hint" id=${ctx.idFor('scopes')}>${t('consent.scopes')}</p>
          <ul class="okta-consent-scopes" aria-labelledby=${ctx.idFor('scopes')}>
            ${scopes.map((scope) => renderScope(scope, ctx))}
          </ul>`
      : nothing}
    <p class="okta-hint" id=${ctx.idFor('agreement')}>${t('consent.agreement')}</p>
    ${renderLinks(app, ctx)}
    ${renderAnswers(ctx, 'consent.allow', 'consent.deny')}
  </form>`;
}
