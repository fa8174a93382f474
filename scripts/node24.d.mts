// Types of scripts/node24.mjs for the TypeScript tests (test/helpers/node24-archive.ts).
export declare const NODE24_VERSION: string;
export declare function node24Binary(): string | undefined;
