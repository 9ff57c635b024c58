// Types for the part of scripts/bench/frames.mjs the tests import.

export declare const FRAME_MS: number;

export declare function wholeFrames(intervals: number[]): { times: number[]; missed: number; spanned: number };

export declare function sixtyHertz(intervals: number[]): void;
