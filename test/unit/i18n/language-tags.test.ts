import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolveLanguage } from '../../../src/i18n/language-tags.js';
import { createLocalizer, loadCatalogue } from '../../../src/i18n/localize.js';

const shipped = new Set(['fr', 'pt', 'pt-br', 'zh-hans', 'zh-hant']);
const has = (tag: string) => shipped.has(tag);

describe('resolveLanguage', () => {
  it('takes the tag itself, else drops subtags from the end', () => {
    assert.equal(resolveLanguage('pt-BR', has), 'pt-br');
    assert.equal(resolveLanguage('pt-PT', has), 'pt');
    assert.equal(resolveLanguage('fr-CA', has), 'fr');
    assert.equal(resolveLanguage('fr_CA', has), 'fr');
  });

  it('picks Chinese by script: Traditional for Hant, Taiwan, Hong Kong and Macao, else Simplified', () => {
    for (const tag of ['zh-Hant', 'zh-TW', 'zh-HK', 'zh-Hant-TW', 'zh-MO']) assert.equal(resolveLanguage(tag, has), 'zh-hant', tag);
    for (const tag of ['zh', 'zh-CN', 'zh-Hans', 'zh-SG', 'zh-Hans-CN']) assert.equal(resolveLanguage(tag, has), 'zh-hans', tag);
  });

  it('finds nothing (English) for a language with no catalogue', () => {
    assert.equal(resolveLanguage('sw', has), undefined);
    assert.equal(resolveLanguage('en-GB', has), undefined);
  });
});

describe('loadCatalogue', () => {
  it('speaks English until the catalogue arrives, then a new localizer speaks the language', async () => {
    assert.equal(createLocalizer('fr-CA').t('flow.startOver'), 'Start over');
    const pending = loadCatalogue('fr-CA');
    assert.ok(pending, 'French is fetched');
    await pending;
    assert.equal(createLocalizer('fr-CA').t('flow.startOver'), 'Recommencer');
    assert.equal(loadCatalogue('fr'), undefined, 'nothing left to fetch');
    assert.equal(loadCatalogue('en-US'), undefined, 'English is in the bundle');
    assert.equal(loadCatalogue('sw'), undefined, 'no catalogue: English');
  });

  it('serves pt and pt-PT the Brazilian catalogue (no European one yet), and zh-TW the Traditional one', async () => {
    await loadCatalogue('pt-PT');
    assert.equal(createLocalizer('pt-PT').t('flow.startOver'), 'Recomeçar');
    await loadCatalogue('zh-TW');
    assert.equal(createLocalizer('zh-TW').t('flow.loading'), '載入中…');
    await loadCatalogue('zh-CN');
    assert.equal(createLocalizer('zh-CN').t('flow.loading'), '正在加载…');
  });

  it('lets an app’s strings win per key, and plural forms follow the language', async () => {
    await loadCatalogue('fr');
    const i18n = createLocalizer('fr', { 'flow.tryAgain': 'Encore !' });
    assert.equal(i18n.t('flow.tryAgain'), 'Encore !');
    assert.equal(i18n.t('step.field.tooShort', { count: 0 }), 'Saisissez au moins 0 caractère');
    assert.equal(i18n.t('step.field.tooShort', { count: 2 }), 'Saisissez au moins 2 caractères');
  });

  it('formats counts for the language', async () => {
    await loadCatalogue('fr');
    assert.equal(createLocalizer('fr').t('error.rateLimitedFor', { count: 1200 }), `Trop de demandes. Réessayez dans ${new Intl.NumberFormat('fr').format(1200)} s.`);
    assert.match(createLocalizer('fr').t('error.rateLimitedFor', { count: 1200 }), /1\s200 s/);
  });
});
