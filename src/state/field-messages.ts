import type { FlowMessage, FlowStep } from './flow-state.js';

/**
 * Okta's i18n keys of messages that are about one field, and the field each is about. Okta sends some of
 * them at the top level of the response (a wrong password: `incorrectPassword`, with the password field
 * bare) and others on the field itself (an invalid one-time code, a wrong security answer, password rules),
 * which need no entry here; either way the person needs them beside the field to fix. Kept small and
 * explicit, one entry per key seen at the top level of a real org's answer: a key that is not listed stays
 * where the server put it.
 */
export const MESSAGE_FIELDS: Readonly<Record<string, string>> = {
  /** "Password is incorrect" (okta-captures idx-java/identify-first-error-response.json). */
  incorrectPassword: 'credentials.passcode',
};

/** Where a page-level message belongs: the field path it is about, or undefined when it is about the page. */
export function fieldOfMessage(message: FlowMessage): string | undefined {
  const { key } = message;
  return message.level === 'error' && key && Object.hasOwn(MESSAGE_FIELDS, key) ? MESSAGE_FIELDS[key] : undefined;
}

/**
 * Okta's i18n keys of page-level messages that a step's view says itself, and the steps whose view does:
 * on the page as well they would be said twice, in two wordings (Okta Verify's "You have chosen to reject
 * this login." above the view's "The push was not approved." and its "Send push again").
 */
export const STEP_MESSAGES: Readonly<Record<string, readonly string[]>> = {
  'api.authn.poll.error.push_rejected': ['resend'],
};

/** The same message: by its i18n key when both have one, else by its words. */
const sameMessage = (a: FlowMessage, b: FlowMessage) => (a.key && b.key ? a.key === b.key : a.text === b.text);

/**
 * Moves the page-level errors that are about a field of the shown step onto that field, so the step marks
 * it invalid, describes it by the message, focuses it and drops a refused secret, as it does for Okta's
 * field-level messages. Errors about a field the step does not have stay on the page. A page-level error
 * that a field of the shown step already carries (Okta sends "Invalid Phone Number." at both levels) is
 * said once, beside the field; one the step's view says itself (`STEP_MESSAGES`) goes to the step.
 */
export function placeFieldMessages(
  steps: readonly FlowStep[],
  messages: readonly FlowMessage[],
): { steps: FlowStep[]; messages: FlowMessage[] } {
  const [shown, ...others] = steps;
  const belongsTo = (message: FlowMessage) => shown?.fields.find((field) => field.name === fieldOfMessage(message));
  const moved = messages.filter(belongsTo);
  const onField = (message: FlowMessage) =>
    message.level === 'error' && (shown?.fields.some((field) => field.messages.some((m) => sameMessage(m, message))) ?? false);
  const saidByStep = (message: FlowMessage) => !!shown && !!message.key && (STEP_MESSAGES[message.key]?.includes(shown.name) ?? false);
  const repeated = messages.filter((message) => !moved.includes(message) && onField(message));
  const stepOwn = messages.filter(saidByStep);
  if (!moved.length && !repeated.length && !stepOwn.length) return { steps: [...steps], messages: [...messages] };
  const fields = shown.fields.map((field) => {
    const mine = moved.filter((message) => belongsTo(message) === field);
    return mine.length ? { ...field, messages: [...field.messages, ...mine] } : field;
  });
  const step: FlowStep = { ...shown, fields, ...(stepOwn.length ? { messages: [...(shown.messages ?? []), ...stepOwn] } : {}) };
  const left = messages.filter((message) => !moved.includes(message) && !repeated.includes(message) && !stepOwn.includes(message));
  return { steps: [step, ...others], messages: left };
}
