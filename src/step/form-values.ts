import type { StepValues } from '../events/okta-proceed.js';

/** Reads a form's named controls: text as strings, checkboxes as booleans. */
export function readForm(form: HTMLFormElement): StepValues {
  const values: Record<string, unknown> = {};
  for (const element of Array.from(form.elements)) {
    if (!(element instanceof HTMLInputElement) || !element.name) continue;
    if (element.type === 'checkbox') values[element.name] = element.checked;
    else if (element.type === 'radio') {
      if (element.checked) values[element.name] = element.value;
    } else values[element.name] = element.value;
  }
  return values;
}
