import { enInBundle } from './en-in-bundle.js';
import type { MessageKey } from './en.js';
import { LANGUAGE_LOADERS } from './language-loaders.js';
import { resolveLanguage } from './language-tags.js';

export type { MessageKey } from './en.js';

/** Values put into a sentence's `{name}` placeholders. A numeric `count` also picks the plural form. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * An app's replacements, by key: okta-elements keys (`flow.loading`) or Okta's own i18n keys
 * (`incorrectPassword`) for messages the server sends. Keys left out keep their default.
 */
export type Strings = Readonly<Record<string, string>>;

/** A server message as the state layer keeps it: the server's text and, when sent, its i18n key. */
export interface ServerMessage {
  readonly text: string;
  readonly key?: string;
  readonly params?: readonly unknown[];
}

/** The one way text reaches a person: every sentence okta-elements shows goes through `t()` or `server()`. */
export interface Localizer {
  /** The language sentences are formatted for (a BCP 47 tag such as `en` or `pt-BR`). */
  readonly lang: string;
  /** A sentence of okta-elements' catalogue, with its placeholders filled. */
  t(key: MessageKey, params?: MessageParams): string;
  /** A message from the server: the app's replacement for its i18n key when there is one, else the server's own text. */
  server(message: ServerMessage): string;
}

/** Catalogues of other languages are data keyed like the English one; missing keys fall back to English. */
export type Catalogue = Readonly<Partial<Record<MessageKey, string>>>;

const catalogues = new Map<string, Catalogue>();

/** English by key: the main bundle's sentences, then those that arrived with modules loaded on demand. */
const english: Record<string, string> = { ...enInBundle };

/**
 * Adds the English sentences of a module loaded on demand (the authenticators other than the password, with
 * their views): part of the one catalogue, kept out of the main bundle. Every localizer sees them at once.
 */
export function addEnglish(strings: Readonly<Record<string, string>>): void {
  Object.assign(english, strings);
}

/** Adds (or replaces) the catalogue of a language, such as `fr` or `pt-BR`. */
export function registerCatalogue(lang: string, catalogue: Catalogue): void {
  catalogues.set(lang.toLowerCase(), catalogue);
}

/** `pt-BR` → the `pt-BR` catalogue, else `pt`; `zh-TW` → Traditional Chinese; else none (English). */
function catalogueFor(lang: string): Catalogue | undefined {
  const tag = resolveLanguage(lang, (candidate) => catalogues.has(candidate));
  return tag === undefined ? undefined : catalogues.get(tag);
}

const loading = new Map<string, Promise<void>>();

/**
 * Fetches the shipped catalogue of `lang` (its own file) when it is not here yet. Undefined when there is
 * nothing to wait for: English, a language already loaded or registered by the app, or one with no catalogue
 * (English is shown). Until it resolves, a localizer of `lang` speaks English; build a new one after.
 */
export function loadCatalogue(lang: string): Promise<void> | undefined {
  const registered = resolveLanguage(lang, (candidate) => catalogues.has(candidate));
  const shipped = resolveLanguage(lang, (candidate) => Object.hasOwn(LANGUAGE_LOADERS, candidate));
  // An app's own catalogue for this tag (or a closer one) wins over the shipped one.
  if (shipped === undefined || (registered !== undefined && registered.length >= shipped.length)) return undefined;
  let pending = loading.get(shipped);
  if (!pending) {
    pending = LANGUAGE_LOADERS[shipped]().then(
      (module) => {
        if (!catalogues.has(shipped)) registerCatalogue(shipped, module.default);
      },
      // Offline or blocked: the flow stays in English rather than failing; a later flow tries again.
      () => void loading.delete(shipped),
    );
    loading.set(shipped, pending);
  }
  return pending;
}

/** A key's own string value in a table: never an inherited `constructor` or `toString` for a hostile key. */
function own(table: Readonly<Record<string, unknown>> | undefined, key: string): string | undefined {
  if (!table || !Object.hasOwn(table, key)) return undefined;
  const value = table[key];
  return typeof value === 'string' ? value : undefined;
}

function fill(template: string, params: MessageParams | undefined, numbers?: Intl.NumberFormat): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name];
    return typeof value === 'number' && numbers ? numbers.format(value) : String(value);
  });
}

/** Counts and countdowns in the language's digits and grouping (`1 000` in French, `٣٠` in Arabic). */
function numberFormat(lang: string): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(lang);
  } catch {
    return new Intl.NumberFormat('en');
  }
}

function pluralRules(lang: string): Intl.PluralRules {
  try {
    return new Intl.PluralRules(lang);
  } catch {
    return new Intl.PluralRules('en');
  }
}

/**
 * Builds the localizer of one flow. A key is looked up in the app's `strings`, then the catalogue of
 * `lang`, then English. A key with plural forms (`key.one`, `key.other`...) is chosen by `count`.
 */
export function createLocalizer(lang = 'en', strings: Strings = {}): Localizer {
  lang = lang.trim() || 'en';
  const catalogue = catalogueFor(lang);
  const rules = pluralRules(lang);
  const numbers = numberFormat(lang);
  const lookup = (key: string): string | undefined => own(strings, key) ?? own(catalogue, key) ?? own(english, key);
  return {
    lang,
    t(key, params) {
      const count = params?.count;
      const template =
        (typeof count === 'number' ? lookup(`${key}.${rules.select(count)}`) ?? lookup(`${key}.other`) : undefined) ??
        lookup(key) ??
        key;
      return fill(template, params, numbers);
    },
    server(message) {
      const replacement = message.key ? own(strings, message.key) : undefined;
      if (replacement === undefined) return message.text;
      const params = Object.fromEntries((message.params ?? []).map((value, index) => [String(index), String(value)]));
      return fill(replacement, params);
    },
  };
}

/** English with no replacements: what a step shows outside `<okta-flow>` (a story, a test). */
export const defaultLocalizer: Localizer = createLocalizer('en');
