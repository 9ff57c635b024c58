// Types for what the tests read from eslint.config.js (the layer table).
import type { Linter } from 'eslint';

/** The source layers, lowest first, each with its one-line description. */
export declare const LAYERS: [name: string, description: string][];
declare const config: Linter.Config[];
export default config;
