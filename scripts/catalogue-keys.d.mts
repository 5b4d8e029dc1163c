// Types of scripts/catalogue-keys.mjs, for the unit test that keeps README's table of keys current.
export declare const START: string;
export declare const END: string;
/** The absolute path of README.md. */
export declare const README: string;
/** The Markdown table of every catalogue key with its English text. */
export declare function catalogueTable(): string;
/** The table README holds between the markers, or `undefined` when a marker is missing. */
export declare function readmeTable(readme: string): string | undefined;
/** README with the current table between the markers. */
export declare function withCurrentTable(readme: string): string;
