import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walk } from '../../scripts/bench/appTimings.mjs';
import { generateDataset } from '../../scripts/bench/generateDataset';
import { baseUrl, hasBrowser, launch } from './browser';
import { dataServer } from './hostServer';

// The walk `npm run bench` times through 2,000 entities and 10,000 flows (drag a slider, open a
// tooltip, open and scroll the data table, export an SVG), here for correctness only: every step
// completes without an error on the page. Its timings belong to the bench.
const ENTITIES = 2000;
const FLOWS = 10000;

describe.runIf(hasBrowser)('a reader walks through a large dataset', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof dataServer>>;
  beforeAll(async () => {
    browser = await launch();
    server = await dataServer({ '/large.json': JSON.stringify(generateDataset(ENTITIES, FLOWS)) });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(`drags, opens a tooltip, opens and scrolls the table and exports an SVG at ${ENTITIES} / ${FLOWS}`, { timeout: 300_000 }, async () => {
    const url = new URL(`./?data=${encodeURIComponent(`${server.url}/large.json`)}`, baseUrl).href;
    // walk() throws on any error on the page, a step that never completes, or a download that never comes.
    const result = await walk(browser, url, FLOWS);
    expect(Number.isFinite(result.tableOpened)).toBe(true);
    expect(result.tableOpened).toBeGreaterThan(0);
  });
});
