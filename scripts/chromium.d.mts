// Types for scripts/chromium.mjs, which the TypeScript tests import.
export declare const CHROMIUM: string;
export declare const CHROMIUM_FLAGS: string[];
