import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createLocalizer, defaultLocalizer, registerCatalogue, type MessageKey } from '../../../src/i18n/localize.js';
import { en } from '../../../src/i18n/en.js';

/** Keys that exist only in these tests, to exercise plurals through an app's strings. */
const key = (name: string) => name as MessageKey;

describe('createLocalizer', () => {
  it('gives the English sentence of a key, with its placeholders filled', () => {
    assert.equal(defaultLocalizer.t('flow.loading'), 'Loading…');
    assert.equal(defaultLocalizer.t('error.rateLimitedFor', { count: 12 }), 'Too many requests. Try again in 12 s.');
    assert.equal(defaultLocalizer.lang, 'en');
  });

  it('uses the app’s replacement for a key and falls back for the others', () => {
    const i18n = createLocalizer('en', { 'flow.startOver': 'Begin again' });
    assert.equal(i18n.t('flow.startOver'), 'Begin again');
    assert.equal(i18n.t('flow.tryAgain'), 'Try again');
  });

  it('leaves an unknown placeholder as written and fills a known one', () => {
    const i18n = createLocalizer('en', { [key('x.custom')]: 'Hi {name}, {missing}' });
    assert.equal(i18n.t(key('x.custom'), { name: 'Dana' }), 'Hi Dana, {missing}');
  });

  it('picks the plural form by count, and falls back to `other`', () => {
    const i18n = createLocalizer('en', { [key('x.items.one')]: '{count} item', [key('x.items.other')]: '{count} items' });
    assert.equal(i18n.t(key('x.items'), { count: 1 }), '1 item');
    assert.equal(i18n.t(key('x.items'), { count: 2 }), '2 items');
    assert.equal(i18n.t(key('x.items'), { count: 0 }), '0 items');
    const onlyOther = createLocalizer('en', { [key('x.n.other')]: '{count} things' });
    assert.equal(onlyOther.t(key('x.n'), { count: 1 }), '1 things');
  });

  it('follows the language’s plural rules', () => {
    const strings = { [key('x.f.one')]: 'un', [key('x.f.many')]: 'beaucoup', [key('x.f.other')]: 'autre' };
    assert.equal(createLocalizer('fr', strings).t(key('x.f'), { count: 0 }), 'un', 'French: 0 is singular');
    assert.equal(createLocalizer('en', strings).t(key('x.f'), { count: 0 }), 'autre');
  });

  it('an unknown or malformed language falls back to English sentences and rules', () => {
    assert.equal(createLocalizer('xx-unknown').t('flow.loading'), 'Loading…');
    assert.equal(createLocalizer('not a tag!').t('flow.signedIn'), 'You’re signed in.');
    assert.equal(createLocalizer('').lang, 'en');
    assert.equal(createLocalizer('   ').t('flow.loading'), 'Loading…');
  });

  it('uses a registered catalogue of the language, then of its base language, then English', () => {
    registerCatalogue('zz', { 'flow.loading': 'Chargement zz…' });
    registerCatalogue('zz-YY', { 'flow.tryAgain': 'Encore zz-YY' });
    const i18n = createLocalizer('zz-YY');
    assert.equal(i18n.t('flow.tryAgain'), 'Encore zz-YY');
    assert.equal(createLocalizer('zz-QQ').t('flow.loading'), 'Chargement zz…');
    assert.equal(i18n.t('flow.startOver'), 'Start over');
    assert.equal(createLocalizer('zz', { 'flow.loading': 'App' }).t('flow.loading'), 'App', 'the app’s strings come first');
  });

  it('a key with no sentence anywhere shows the key, not nothing', () => {
    assert.equal(defaultLocalizer.t(key('no.such.key')), 'no.such.key');
  });

  it('never returns inherited properties for hostile keys or placeholders', () => {
    const i18n = createLocalizer('en', {});
    assert.equal(i18n.t(key('constructor')), 'constructor');
    assert.equal(i18n.t(key('__proto__')), '__proto__');
    assert.equal(i18n.server({ text: 'Server text', key: 'constructor' }), 'Server text');
    assert.equal(i18n.server({ text: 'Server text', key: 'toString' }), 'Server text');
    const custom = createLocalizer('en', { [key('x.p')]: '{toString}' });
    assert.equal(custom.t(key('x.p'), {}), '{toString}');
  });
});

describe('Localizer.server', () => {
  it('keeps the server’s text unless the app replaced that message’s key', () => {
    const message = { text: 'Password is incorrect', key: 'incorrectPassword' };
    assert.equal(defaultLocalizer.server(message), 'Password is incorrect');
    assert.equal(createLocalizer('en', { incorrectPassword: 'Wrong password' }).server(message), 'Wrong password');
    assert.equal(createLocalizer('en', { incorrectPassword: 'Wrong' }).server({ text: 'No key' }), 'No key');
  });

  it('fills the server’s positional params into the app’s sentence', () => {
    const i18n = createLocalizer('en', { 'errors.E0000150': 'Wait {0} minutes for {1}' });
    assert.equal(i18n.server({ text: 'x', key: 'errors.E0000150', params: [5, 'SMS'] }), 'Wait 5 minutes for SMS');
  });
});

describe('the catalogue', () => {
  it('has a sentence for every flow key the root and the driver use', () => {
    for (const name of ['flow.loading', 'flow.startOver', 'flow.backToSignIn', 'flow.tryAgain', 'flow.signedIn', 'error.network', 'error.cors', 'error.timeout', 'error.rateLimited', 'error.rateLimitedFor', 'error.transactionLost']) {
      assert.equal(typeof (en as Record<string, string>)[name], 'string', name);
    }
  });

  it('writes placeholders as {name} only', () => {
    for (const [name, sentence] of Object.entries(en as Record<string, string>)) {
      assert.doesNotMatch(sentence, /\$\{|%s|\{\{/, name);
    }
  });
});
