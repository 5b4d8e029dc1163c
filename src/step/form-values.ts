import type { StepValues } from '../events/okta-proceed.js';

/**
 * A form's values as the platform submits them (`FormData`: inputs, selects, textareas, the checked radio;
 * disabled controls left out), except that every named checkbox is a boolean, checked or not.
 */
export function readForm(form: HTMLFormElement): StepValues {
  const checkboxes = Array.from(form.elements).filter(
    (element): element is HTMLInputElement => element instanceof HTMLInputElement && element.type === 'checkbox' && !!element.name,
  );
  return formValues(new FormData(form), checkboxes.map((box) => [box.name, box.checked] as const));
}

/**
 * The pure part of `readForm`: text entries by name (the last wins, as one field is one value in IDX),
 * then the checkboxes' booleans. Files are not something a step sends and are skipped.
 */
export function formValues(
  entries: Iterable<readonly [string, FormDataEntryValue]>,
  checkboxes: Iterable<readonly [string, boolean]> = [],
): StepValues {
  const values: Record<string, unknown> = {};
  for (const [name, value] of entries) {
    if (typeof value === 'string') setOwn(values, name, value);
  }
  for (const [name, checked] of checkboxes) setOwn(values, name, checked);
  return values;
}

/** An own property even for a name such as `__proto__`, so a field's name can never reach a prototype. */
function setOwn(target: Record<string, unknown>, name: string, value: unknown): void {
  Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
}
