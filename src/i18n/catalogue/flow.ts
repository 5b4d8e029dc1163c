/** English sentences of the flow layer, part of the one catalogue in `../en.ts`. Keys are stable. */
export const flowStrings = {
} as const;
