import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { en } from '../../../src/i18n/en.js';
import { README, catalogueTable, readmeTable, withCurrentTable } from '../../../scripts/catalogue-keys.mjs';

describe("README's table of catalogue keys", () => {
  it('lists every key of the English catalogue once, with its text', () => {
    const rows = catalogueTable().split('\n').slice(2);
    assert.equal(rows.length, Object.keys(en).length);
    for (const [key, text] of Object.entries(en)) {
      const row = rows.find((line) => line.startsWith(`| \`${key}\` |`));
      assert.ok(row, `no row for ${key}`);
      // The words of the sentence survive escaping (placeholders included).
      for (const word of text.trim().split(/\s+/)) assert.ok(row.replace(/\\/g, '').includes(word), `${key}: "${word}" missing`);
    }
  });

  it('is what the catalogue says: run `node --import tsx scripts/catalogue-keys.mjs --write` after changing a key', () => {
    const documented = readmeTable(readFileSync(README, 'utf8'));
    assert.ok(documented !== undefined, 'README.md lacks the <!-- catalogue:start --> / <!-- catalogue:end --> markers');
    assert.equal(documented, catalogueTable());
  });

  it('--write replaces only what is between the markers', () => {
    const readme = 'before\n<!-- catalogue:start -->\n| an-outdated-row-no-key-has |\n<!-- catalogue:end -->\nafter\n';
    const updated = withCurrentTable(readme);
    assert.ok(updated.startsWith('before\n<!-- catalogue:start -->\n| Key | English |'));
    assert.ok(updated.endsWith('\n<!-- catalogue:end -->\nafter\n'));
    assert.equal(readmeTable(updated), catalogueTable());
    assert.doesNotMatch(updated, /an-outdated-row-no-key-has/);
  });
});
