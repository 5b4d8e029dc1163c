let counter = 0;

/** Ids for label/description wiring in the light DOM, unique on the page. */
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
