/** A server value set in bold inside a sentence: shared by the password (main bundle) and the code views. */
import { html, type TemplateResult } from 'lit';

/** `<strong>` around a server value inside a catalogue sentence, rendered as text. */
export const strong = (value: string): TemplateResult => html`<strong>${value}</strong>`;
