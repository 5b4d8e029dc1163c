import type { FlowMessage, FlowStep } from './flow-state.js';

/**
 * Okta's i18n keys of messages that are about one field, and the field each is about. Okta sends some of
 * them at the top level of the response (a wrong password: `incorrectPassword`, with the password field
 * bare) and others on the field itself; either way the person needs them beside the field to fix. Kept
 * small and explicit: a key that is not listed stays where the server put it.
 */
export const MESSAGE_FIELDS: Readonly<Record<string, string>> = Object.freeze({
  /** "Password is incorrect": Okta puts it at the top level. */
  incorrectPassword: 'credentials.passcode',
  /** "Invalid code. Try again.": on the field in the captured orgs; the same field wherever it comes. */
  'api.authn.error.PASSCODE_INVALID': 'credentials.passcode',
  /** "Your answer doesn't match our records.": the security question's answer. */
  'authfactor.challenge.question_factor.answer_invalid': 'credentials.answer',
});

/** Where a page-level message belongs: the field path it is about, or undefined when it is about the page. */
export function fieldOfMessage(message: FlowMessage): string | undefined {
  if (message.level !== 'error' || !message.key) return undefined;
  return Object.prototype.hasOwnProperty.call(MESSAGE_FIELDS, message.key) ? MESSAGE_FIELDS[message.key] : undefined;
}

/**
 * Moves the page-level errors that are about a field of the shown step onto that field, so the step marks
 * it invalid, describes it by the message, focuses it and drops a refused secret, as it does for Okta's
 * field-level messages. Errors about a field the step does not have stay on the page.
 */
export function placeFieldMessages(
  steps: readonly FlowStep[],
  messages: readonly FlowMessage[],
): { steps: FlowStep[]; messages: FlowMessage[] } {
  const shown = steps[0];
  const onFields = new Map<string, FlowMessage[]>();
  const onPage: FlowMessage[] = [];
  for (const message of messages) {
    const name = fieldOfMessage(message);
    if (name && shown?.fields.some((field) => field.name === name)) onFields.set(name, [...(onFields.get(name) ?? []), message]);
    else onPage.push(message);
  }
  if (!shown || onFields.size === 0) return { steps: [...steps], messages: onPage };
  const fields = shown.fields.map((field) => {
    const moved = onFields.get(field.name);
    return moved ? { ...field, messages: [...field.messages, ...moved] } : field;
  });
  return { steps: [{ ...shown, fields }, ...steps.slice(1)], messages: onPage };
}
