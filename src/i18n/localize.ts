import { enInBundle } from './en-in-bundle.js';
import type { MessageKey } from './en.js';

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

/** `pt-BR` → the `pt-BR` catalogue, else `pt`, else none (English). */
function catalogueFor(lang: string): Catalogue | undefined {
  const tag = lang.toLowerCase();
  return catalogues.get(tag) ?? catalogues.get(tag.split('-')[0]);
}

/** A key's own string value in a table: never an inherited `constructor` or `toString` for a hostile key. */
function own(table: Readonly<Record<string, unknown>> | undefined, key: string): string | undefined {
  if (!table || !Object.hasOwn(table, key)) return undefined;
  const value = table[key];
  return typeof value === 'string' ? value : undefined;
}

function fill(template: string, params: MessageParams | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
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
  const lookup = (key: string): string | undefined => own(strings, key) ?? own(catalogue, key) ?? own(english, key);
  return {
    lang,
    t(key, params) {
      const count = params?.count;
      const template =
        (typeof count === 'number' ? lookup(`${key}.${rules.select(count)}`) ?? lookup(`${key}.other`) : undefined) ??
        lookup(key) ??
        key;
      return fill(template, params);
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
