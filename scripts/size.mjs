// Prints the minified and gzip sizes of the self-contained bundle and of each file it loads only on
// demand (run `npm run build` first), then what a password sign-in downloads: the bundle alone in English,
// the bundle and one catalogue in another language (the largest catalogue is the figure printed).
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gzip = (name) => gzipSync(readFileSync(`dist/${name}`), { level: 9 }).length;
const entry = 'okta-elements.bundle.js';
// The catalogues are src/i18n/languages/<tag>.ts; rollup names each chunk after its module.
const languages = new Set(readdirSync('src/i18n/languages').map((file) => file.replace(/\.ts$/, '')));
const languageOf = (name) => /^okta-elements\.(.+)\.js$/.exec(name)?.[1];
const lazy = readdirSync('dist').filter((name) => /^okta-elements\..+\.js$/.test(name) && name !== entry);
for (const name of [entry, ...lazy]) {
  const code = readFileSync(`dist/${name}`);
  const role = name === entry ? 'every sign-in' : languages.has(languageOf(name)) ? 'one language, loaded when used' : 'loaded on demand';
  console.log(`dist/${name}: ${kb(code.length)} min, ${kb(gzipSync(code, { level: 9 }).length)} gzip (${role})`);
}
const bundle = gzip(entry);
const catalogues = lazy.filter((name) => languages.has(languageOf(name))).map((name) => ({ name, size: gzip(name) }));
const largest = catalogues.sort((a, b) => b.size - a.size)[0];
console.log(`Password sign-in, English: ${kb(bundle)} gzip (budget 60 KB)`);
if (largest) {
  console.log(`Password sign-in, another language (largest: ${languageOf(largest.name)}): ${kb(bundle + largest.size)} gzip (budget 63 KB)`);
}
