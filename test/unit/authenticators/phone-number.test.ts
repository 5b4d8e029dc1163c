import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadPhoneNumbers, PHONE_OTHER_REGION } from '../../../src/authenticators/phone-number.js';

describe('phone numbers (libphonenumber-js, loaded on demand)', async () => {
  const phone = await loadPhoneNumbers();

  it('loads the library once', async () => {
    assert.equal(await loadPhoneNumbers(), phone);
  });

  describe('toE164', () => {
    it('keeps the leading zero of an Italian landline', () => {
      assert.equal(phone.toE164('IT', '06 1234 5678'), '+390612345678');
    });

    it('drops the national 0 of a UK mobile', () => {
      assert.equal(phone.toE164('GB', '07400 123456'), '+447400123456');
      assert.equal(phone.toE164('GB', '07700 900123'), '+447700900123');
    });

    it('reads a US number however it is punctuated', () => {
      assert.equal(phone.toE164('US', '(201) 555-0123'), '+12015550123');
      assert.equal(phone.toE164('US', '201.555.0123'), '+12015550123');
      // Fictional 555 numbers (the emulator's demo users) have the right length, and are accepted.
      assert.equal(phone.toE164('US', '555 555 0177'), '+15555550177');
    });

    it('lets a number typed with its + code override the region, "Other" included', () => {
      assert.equal(phone.toE164('US', '+33 1 23 45 67 89'), '+33123456789');
      assert.equal(phone.toE164('IT', '+44 (0) 7400 123456'), '+447400123456');
      assert.equal(phone.toE164(PHONE_OTHER_REGION, '+81 3 1234 5678'), '+81312345678');
      assert.equal(phone.toE164('IT', '0044 7400 123456'), '+447400123456', "Italy's international prefix 00");
    });

    it('refuses what cannot be a number there', () => {
      assert.equal(phone.toE164('US', '12'), undefined, 'too short');
      assert.equal(phone.toE164('US', '123456789012345'), undefined, 'too long');
      assert.equal(phone.toE164('US', '555 0100'), undefined, 'a local number without its area code');
      assert.equal(phone.toE164('US', ''), undefined, 'empty');
      assert.equal(phone.toE164('US', 'call me'), undefined, 'letters');
      assert.equal(phone.toE164('US', '+1 201 555 0123 x'), undefined, 'trailing text');
      assert.equal(phone.toE164('US', '+1 (201) 555-0123 ext. 4'), undefined, 'an extension cannot get a code');
      assert.equal(phone.toE164(PHONE_OTHER_REGION, '06 1234 5678'), undefined, '"Other" needs a + code');
      assert.equal(phone.toE164('ZZ', '06 1234 5678'), undefined, 'an unknown region needs a + code');
      assert.equal(phone.toE164('US', '+999 1234567'), undefined, 'no such country code');
    });
  });

  describe('countries', () => {
    it('lists every region the library knows, not a short list', () => {
      const list = phone.countries('en');
      assert.ok(list.length > 200, `only ${list.length} regions`);
      assert.equal(new Set(list.map((c) => c.region)).size, list.length, 'each region once');
      for (const region of ['IT', 'GB', 'US', 'IS', 'XK', 'AC', 'VA']) {
        assert.ok(list.some((c) => c.region === region), `${region} is missing`);
      }
    });

    it('labels each region by name and dialling code in the locale', () => {
      const en = phone.countries('en');
      assert.deepEqual(en.find((c) => c.region === 'IT'), { region: 'IT', dialCode: '39', label: 'Italy (+39)' });
      assert.deepEqual(en.find((c) => c.region === 'GB'), { region: 'GB', dialCode: '44', label: 'United Kingdom (+44)' });
      const de = phone.countries('de');
      assert.equal(de.find((c) => c.region === 'IT')!.label, 'Italien (+39)');
      assert.equal(de.find((c) => c.region === 'DE')!.label, 'Deutschland (+49)');
    });

    it('sorts by label in the locale', () => {
      for (const locale of ['en', 'de', 'sv']) {
        const labels = phone.countries(locale).map((c) => c.label);
        assert.deepEqual(labels, [...labels].sort(new Intl.Collator(locale).compare), locale);
      }
      // Swedish sorts Å, Ä, Ö after Z; English sorts Å with A.
      const sv = phone.countries('sv').map((c) => c.region);
      assert.ok(sv.indexOf('AX') > sv.indexOf('ZW'), 'Åland after Zimbabwe in Swedish');
      const en = phone.countries('en').map((c) => c.region);
      assert.ok(en.indexOf('AX') < en.indexOf('ZW'), 'Åland among the As in English');
    });

    it('falls back to English names for a locale Intl refuses, and hands out copies', () => {
      const list = phone.countries('not a locale!');
      assert.equal(list.find((c) => c.region === 'IT')!.label, 'Italy (+39)');
      (list[0] as { label: string }).label = 'changed';
      assert.notEqual(phone.countries('not a locale!')[0].label, 'changed');
    });
  });

  describe('defaultRegion', () => {
    it("is the locale's region when the library knows it, else US", () => {
      assert.equal(phone.defaultRegion('en-GB'), 'GB');
      assert.equal(phone.defaultRegion('it-IT'), 'IT');
      assert.equal(phone.defaultRegion('zh-Hant-TW'), 'TW');
      assert.equal(phone.defaultRegion('en'), 'US');
      assert.equal(phone.defaultRegion('es-419'), 'US', 'Latin America is no single region');
      assert.equal(phone.defaultRegion('not a locale!'), 'US');
    });
  });
});
