/**
 * Dialling codes for the phone-number field. A short list of regions keeps the bundle small; anyone
 * else picks "Other" and types the number with its + code. Names come from the browser (Intl).
 */
const DIAL_CODES: Readonly<Record<string, string>> = {
  US: '1', CA: '1', GB: '44', IE: '353', FR: '33', DE: '49', ES: '34', IT: '39', PT: '351', NL: '31',
  BE: '32', CH: '41', AT: '43', SE: '46', NO: '47', DK: '45', FI: '358', PL: '48', CZ: '420', GR: '30',
  TR: '90', IL: '972', AE: '971', SA: '966', IN: '91', PK: '92', CN: '86', JP: '81', KR: '82', SG: '65',
  HK: '852', TW: '886', PH: '63', ID: '62', MY: '60', TH: '66', VN: '84', AU: '61', NZ: '64', ZA: '27',
  NG: '234', KE: '254', EG: '20', MA: '212', BR: '55', AR: '54', CL: '56', CO: '57', PE: '51', MX: '52',
};

export interface PhoneCountry {
  readonly region: string;
  readonly dialCode: string;
  readonly label: string;
}

export function phoneCountries(locale = navigator.language): PhoneCountry[] {
  const names = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames([locale], { type: 'region' }) : undefined;
  return Object.entries(DIAL_CODES)
    .map(([region, dialCode]) => ({ region, dialCode, label: `${names?.of(region) ?? region} (+${dialCode})` }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

/** The region of the browser's language (`en-GB` → `GB`), when the list has it. */
export function defaultRegion(locale = navigator.language): string {
  const region = locale.split('-')[1]?.toUpperCase();
  return region && DIAL_CODES[region] ? region : 'US';
}

/** Joins the chosen dialling code and what was typed, unless the person already typed a + code. */
export function internationalNumber(region: string, typed: string): string {
  const digits = typed.trim();
  if (digits.startsWith('+') || !DIAL_CODES[region]) return digits.replace(/[^\d+]/g, '');
  return `+${DIAL_CODES[region]}${digits.replace(/\D/g, '').replace(/^0+/, '')}`;
}
