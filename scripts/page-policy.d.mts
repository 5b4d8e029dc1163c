/** See page-policy.mjs. */
export declare function pagePolicy(emulatorOrigin: string): string;
