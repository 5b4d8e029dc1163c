// The table of every catalogue key and its English text, for README's "Words and languages".
//   node --import tsx scripts/catalogue-keys.mjs           prints the Markdown table
//   node --import tsx scripts/catalogue-keys.mjs --write   puts it in README.md between the markers
// test/unit/i18n/readme-catalogue.test.ts fails when README's table is not this script's output.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { en } from '../src/i18n/en.ts';

export const START = '<!-- catalogue:start -->';
export const END = '<!-- catalogue:end -->';
export const README = fileURLToPath(new URL('../README.md', import.meta.url));

/** Text as a table cell shows it: nothing Markdown would read as a column, HTML or emphasis. */
function cell(text) {
  // A Markdown cell drops spaces at its ends, so a sentence with one there (" (done)") is shown quoted in code.
  if (text !== text.trim()) return `\`"${text}"\``;
  return text.replace(/[\\|<>*_`[\]]/g, (character) => `\\${character}`);
}

/** Every key of the English catalogue, in catalogue order, with its text. */
export function catalogueTable() {
  const rows = Object.entries(en).map(([key, text]) => `| \`${key}\` | ${cell(text)} |`);
  return ['| Key | English |', '| --- | --- |', ...rows].join('\n');
}

/** The table README holds between the markers, or `undefined` when a marker is missing. */
export function readmeTable(readme) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return undefined;
  return readme.slice(start + START.length, end).trim();
}

/** README with the current table between the markers. */
export function withCurrentTable(readme) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} markers`);
  return `${readme.slice(0, start + START.length)}\n${catalogueTable()}\n${readme.slice(end)}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--write')) {
    writeFileSync(README, withCurrentTable(readFileSync(README, 'utf8')));
    console.log(`README.md: catalogue table updated (${Object.keys(en).length} keys).`);
  } else {
    console.log(catalogueTable());
  }
}
