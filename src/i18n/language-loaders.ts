/**
 * The catalogues okta-elements ships, by lower-case tag. Each is a dynamic import, so each language is a file
 * of its own beside the bundle (a catalogue is plain data, keyed like English; a unit test checks it is complete),
 * downloaded only when a flow uses that language; English stays in the bundle.
 */
export const LANGUAGE_LOADERS: Readonly<Record<string, () => Promise<{ readonly default: Readonly<Record<string, string>> }>>> = {
  fr: () => import('./languages/fr.js'),
  da: () => import('./languages/da.js'),
  de: () => import('./languages/de.js'),
  es: () => import('./languages/es.js'),
  it: () => import('./languages/it.js'),
  ja: () => import('./languages/ja.js'),
  ar: () => import('./languages/ar.js'),
  he: () => import('./languages/he.js'),
  ko: () => import('./languages/ko.js'),
  nl: () => import('./languages/nl.js'),
  pl: () => import('./languages/pl.js'),
  'pt-br': () => import('./languages/pt-BR.js'),
  // No European Portuguese catalogue yet: pt and pt-PT read Brazilian Portuguese rather than English.
  pt: () => import('./languages/pt-BR.js'),
  sv: () => import('./languages/sv.js'),
  'zh-hans': () => import('./languages/zh-Hans.js'),
  'zh-hant': () => import('./languages/zh-Hant.js'),
};
