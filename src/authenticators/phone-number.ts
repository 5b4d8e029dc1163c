/**
 * Phone numbers for the phone authenticator: every region a person may pick, with its dialling code, and
 * the number they typed in E.164. The work is done by libphonenumber-js (about 28 KB gzip with its
 * metadata), so it is loaded on demand: the bundle emits it as a file of its own, fetched only when a
 * phone step appears, and a password sign-in never downloads it.
 */
import { LoadOnce } from './load-once.js';

/** The value of the "Other" choice: no region, so only a number typed with its + code is accepted. */
export const PHONE_OTHER_REGION = 'other';

/** One region of the list: `{ region: 'IT', dialCode: '39', label: 'Italy (+39)' }`. */
export interface PhoneRegion {
  readonly region: string;
  readonly dialCode: string;
  readonly label: string;
}

export interface PhoneNumbers {
  /** Every region the library knows, labelled in `locale` ("Italy (+39)") and sorted by label in that locale. */
  countries(locale: string): PhoneRegion[];
  /** The region of the locale (`en-GB` → `GB`) when the library knows it, else `US`. */
  defaultRegion(locale: string): string;
  /**
   * The number in E.164 (`+390612345678`): read in `region` unless it was typed with its own + code, national
   * prefixes handled per region (Italy keeps its leading 0, the UK drops it). `undefined` when it cannot be
   * a number there: wrong length, letters, an extension, or no + code with the "Other" region.
   */
  toE164(region: string, typed: string): string | undefined;
}

/** The library, fetched once per page the first time a phone step needs it, with its load status. */
export const phoneNumberLibrary = new LoadOnce(() =>
  import('./phone-number-library.js').then((library): PhoneNumbers => library.phoneNumbers),
);

/** Loads the phone-number library once; a failed download is tried again on the next call. */
export function loadPhoneNumbers(): Promise<PhoneNumbers> {
  return phoneNumberLibrary.load();
}
