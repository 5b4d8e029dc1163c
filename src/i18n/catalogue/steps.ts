/** English sentences of the steps layer, part of the one catalogue in `../en.ts`. Keys are stable. */
export const stepStrings = {
} as const;
