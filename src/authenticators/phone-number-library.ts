import { getCountries, getCountryCallingCode, isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

/**
 * The phone-number library itself, behind `loadPhoneNumbers()` in ./phone-number.ts. Import it only
 * dynamically, from there: a static import would put libphonenumber-js into every page's bundle.
 * The "min" metadata knows every region's dialling code, national prefix and number lengths.
 */

const FALLBACK_REGION = 'US';

/** A locale Intl accepts: the app's or the browser's, else English rather than a RangeError. */
function usableLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

const listsByLocale = new Map<string, { region: string; dialCode: string; label: string }[]>();

function countries(locale: string) {
  const tag = usableLocale(locale);
  let list = listsByLocale.get(tag);
  if (!list) {
    const names = new Intl.DisplayNames([tag], { type: 'region', fallback: 'code' });
    const collator = new Intl.Collator(tag);
    list = getCountries()
      .map((region) => {
        const dialCode = getCountryCallingCode(region);
        return { region: region as string, dialCode, label: `${names.of(region) ?? region} (+${dialCode})` };
      })
      .sort((a, b) => collator.compare(a.label, b.label));
    listsByLocale.set(tag, list);
  }
  // A copy, so a caller that sorts or filters cannot change the next caller's list.
  return list.map((entry) => ({ ...entry }));
}

function defaultRegion(locale: string): string {
  let region: string | undefined;
  try {
    region = new Intl.Locale(usableLocale(locale)).region;
  } catch {
    region = undefined;
  }
  return region && isSupportedCountry(region) ? region : FALLBACK_REGION;
}

function toE164(region: string, typed: string): string | undefined {
  const text = typed.trim();
  const international = text.startsWith('+');
  if (text === '' || (!international && !isSupportedCountry(region))) return undefined;
  // extract: false — the whole text must be the number, not a number found somewhere inside it.
  const number = parsePhoneNumberFromString(
    text,
    international ? { extract: false } : { defaultCountry: region as CountryCode, extract: false },
  );
  // Possible (the right length for its region), not "valid": libphonenumber's list of allocated ranges
  // lags behind carriers, and refuses the fictional numbers of demos and tests (+1 555…, UK 07700 900…).
  // The server, which sends the SMS, has the final say. An extension cannot receive a code.
  if (!number || !number.isPossible() || number.ext) return undefined;
  return number.number;
}

export const phoneNumbers = { countries, defaultRegion, toE164 };
