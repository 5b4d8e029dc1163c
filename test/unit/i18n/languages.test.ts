import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { en } from '../../../src/i18n/en.js';
import { LANGUAGE_LOADERS } from '../../../src/i18n/language-loaders.js';

const PLURAL = /\.(zero|one|two|few|many|other)$/;
const placeholders = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();

/** The English keys without plural forms, and the bases of those with them (`step.field.tooShort`). */
const singles = Object.keys(en).filter((key) => !PLURAL.test(key));
const pluralBases = [...new Set(Object.keys(en).filter((key) => PLURAL.test(key)).map((key) => key.replace(PLURAL, '')))];
const english = en as Readonly<Record<string, string>>;

for (const [tag, load] of Object.entries(LANGUAGE_LOADERS)) {
  describe(`the ${tag} catalogue`, () => {
    it('has every English key (plural keys in exactly the forms Intl.PluralRules gives the language) and no other', async () => {
      const catalogue = (await load()).default;
      const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
      const expected = [...singles, ...pluralBases.flatMap((base) => categories.map((category) => `${base}.${category}`))].sort();
      const actual = Object.keys(catalogue).sort();
      assert.deepEqual(
        { missing: expected.filter((key) => !actual.includes(key)), extra: actual.filter((key) => !expected.includes(key)) },
        { missing: [], extra: [] },
      );
    });

    it('keeps the placeholders of each English sentence, and translates it into a non-blank one', async () => {
      const catalogue = (await load()).default;
      for (const [key, text] of Object.entries(catalogue)) {
        const source = english[key] ?? english[key.replace(PLURAL, '.other')];
        assert.ok(source !== undefined, `${tag}: ${key} has no English`);
        assert.deepEqual(placeholders(text), placeholders(source), `${tag}: ${key}`);
        // Separators such as ' (done)' or ' or ' may be blank-edged; a sentence is never empty.
        assert.ok(text.trim().length > 0 || source.trim().length === 0, `${tag}: ${key} is blank`);
      }
    });
  });
}
