/** E.164-ish: `+` and 8 to 15 digits once spaces, dashes, dots and parentheses are removed. */
export function normalisePhone(value: string): string | undefined {
  const compact = value.replace(/[\s().-]/g, '');
  return /^\+[1-9]\d{7,14}$/.test(compact) ? compact : undefined;
}
