// Types for the part of scripts/bench/appTimings.mjs the end-to-end tests import.
import type { Browser } from 'playwright-core';

export declare function walk(
  browser: Browser,
  url: string,
  flows?: number,
): Promise<{ longestTask: number; longestDuring: string; longTasks: number; tableOpened: number }>;
