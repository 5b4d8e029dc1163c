/** English sentences of the authenticators layer, part of the one catalogue in `../en.ts`. Keys are stable. */
export const authenticatorStrings = {
} as const;
