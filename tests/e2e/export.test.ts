import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launch, openPage } from './browser';

const dir = mkdtempSync(join(tmpdir(), 'capital-loop-export-'));

async function exportFile(page: Page, kind: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`button[data-export="${kind}"]`)]);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error) throw new Error(`${command} is not installed (Debian: libxml2-utils, librsvg2-bin): ${result.error.message}`);
  return result;
}

describe.runIf(hasBrowser)('exporting a snapshot', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('exports an SVG that is valid XML, renders in rsvg-convert, and holds the same links and labels', async () => {
    const { page, errors } = await openPage(browser, './?lang=zh-TW&scenario=feb-2026-round');
    const path = await exportFile(page, 'svg');
    expect(path).toMatch(/capital-loop-feb-2026-round-\d{4}-\d\d-\d\d\.svg$/);
    const lint = run('xmllint', ['--noout', path]);
    expect(lint.stderr).toBe('');
    expect(lint.status).toBe(0);
    const png = join(dir, 'snapshot.png');
    const render = run('rsvg-convert', ['-o', png, path]);
    expect(render.stderr).toBe('');
    expect(render.status).toBe(0);
    expect(statSync(png).size).toBeGreaterThan(10_000);

    const svg = readFileSync(path, 'utf8');
    const onScreen = await page.evaluate(() => ({
      links: [...document.querySelectorAll('svg.chart__svg g.link:not(.link--empty)')].map((g) => g.getAttribute('data-key')).sort(),
      labels: [...document.querySelectorAll('svg.chart__svg text.label')].map((t) => t.getAttribute('data-key')).sort(),
      title: document.querySelector('h1')!.textContent,
    }));
    const inFile = {
      links: [...svg.matchAll(/<g class="link" data-key="([^"]+)"/g)].map((m) => m[1]).sort(),
      labels: [...svg.matchAll(/<text class="label" data-key="([^"]+)"/g)].map((m) => m[1]).sort(),
    };
    expect(inFile.links).toEqual(onScreen.links);
    expect(inFile.labels).toEqual(onScreen.labels);
    expect(svg).toContain(onScreen.title!);
    expect(svg).toContain('2026 年 2 月'); // the scenario in the subtitle, in the reader's language
    expect(svg).not.toMatch(/<script|<foreignObject|\son\w+=/i);
    expect(errors).toEqual([]);
  });

  it('exports a PNG at twice the size, and the data as CSV and JSON', async () => {
    const { page, errors } = await openPage(browser, './');
    const png = await exportFile(page, 'png');
    const bytes = readFileSync(png);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    const width = bytes.readUInt32BE(16);
    const chartWidth = Number(await page.getAttribute('svg.chart__svg', 'width'));
    expect(width).toBeGreaterThanOrEqual(chartWidth * 2);

    const csv = readFileSync(await exportFile(page, 'csv'), 'utf8');
    const flows = await page.locator('svg.chart__svg g.link').count();
    expect(csv.trim().split('\r\n')).toHaveLength(flows + 1);
    const json = JSON.parse(readFileSync(await exportFile(page, 'json'), 'utf8'));
    expect(json.flows).toHaveLength(flows);
    expect(errors).toEqual([]);
  });
});
