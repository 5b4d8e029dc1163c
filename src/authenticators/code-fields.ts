/**
 * Which fields hold a one-time code. In the main bundle because the registry asks it of every step (an
 * authenticator okta-elements does not know gets the passcode module when its step asks for a code).
 */
import type { FlowField, FlowStep } from '../state/flow-state.js';

/** The fields a one-time code goes in: `passcode` for sent codes, `totp` for some app codes. */
export const CODE_FIELDS: readonly string[] = ['credentials.passcode', 'credentials.totp'];

export const codeFieldOf = (step: FlowStep): FlowField | undefined => step.fields.find((f) => CODE_FIELDS.includes(f.name));
