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
    // Scenario, view, language, the chart's date (the scenario's own) and the size.
    expect(path).toMatch(/capital-loop-feb-2026-round-loop-zh-TW-2026-02-27-wide\.svg$/);
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
    // Drawn at 1200 px, wider than the chart on this screen: every label shown on screen, and maybe more.
    expect(inFile.labels).toEqual(expect.arrayContaining(onScreen.labels));
    expect(svg).toContain(onScreen.title!);
    expect(svg).toContain('2026 年 2 月'); // the scenario in the subtitle, in the reader's language
    expect(svg).not.toMatch(/<script|<foreignObject|\son\w+=/i);
    expect(errors).toEqual([]);
  });

  it('exports a box where the reader dragged it: the export loads the code for dragged boxes too', async () => {
    const { page, errors } = await openPage(browser, './');
    const boxY = (svg: string) =>
      Number(svg.match(/<g class="node" data-key="coreweave"[^>]*><title>[^<]*<\/title><rect x="[^"]+" y="([^"]+)"/)![1]);
    const before = boxY(readFileSync(await exportFile(page, 'svg'), 'utf8'));
    const box = page.locator('g.node[data-key="coreweave"]');
    const y0 = Number(await box.locator('rect.node__box').getAttribute('y'));
    await box.focus();
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await expect.poll(() => box.locator('rect.node__box').getAttribute('y').then(Number)).toBeGreaterThan(y0);
    const after = boxY(readFileSync(await exportFile(page, 'svg'), 'utf8'));
    expect(after).toBeGreaterThan(before);
    expect(errors).toEqual([]);
  });

  it('exports every size preset, whatever the screen: valid, rendered, every label once, every group named', async () => {
    const { page: phone } = await openPage(browser, './', { width: 375, height: 667 });
    const { page: desktop } = await openPage(browser, './');
    const widths = { article: 640, wide: 1200, social: 1200, print: 1123 };
    for (const [preset, width] of Object.entries(widths)) {
      await phone.selectOption('select[data-export-option="preset"]', preset);
      const path = await exportFile(phone, 'svg');
      expect(path).toContain(`-${preset}.svg`);
      expect(run('xmllint', ['--noout', path]).status).toBe(0);
      const png = join(dir, `${preset}.png`);
      const render = run('rsvg-convert', ['-o', png, path]);
      expect(render.stderr).toBe('');
      expect(readFileSync(png).readUInt32BE(16)).toBe(width);
      const svg = readFileSync(path, 'utf8');
      const labels = [...svg.matchAll(/<text class="label" data-key="([^"]+)"/g)].map((m) => m[1]);
      expect(labels.length).toBeGreaterThan(5);
      expect(new Set(labels).size).toBe(labels.length);
      const groups = [...svg.matchAll(/<g class="(?:node|link)"[^>]*>/g)].map((m) => m[0]);
      expect(groups.length).toBeGreaterThan(10);
      for (const group of groups) expect(group).toMatch(/ id="(?:entity|flow)-[A-Za-z0-9._-]+"/);
      if (preset === 'wide') {
        // Made on a phone, the 1200 px export is the one a desktop makes: every label is there.
        await desktop.selectOption('select[data-export-option="preset"]', preset);
        expect(readFileSync(await exportFile(desktop, 'svg'), 'utf8')).toBe(svg);
      }
    }
  });

  it('exports a PNG at twice the size, and the data as CSV and JSON', async () => {
    const { page, errors } = await openPage(browser, './');
    const png = await exportFile(page, 'png');
    const bytes = readFileSync(png);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    // The 1200 px preset at the default 2×; 3× when asked.
    expect(bytes.readUInt32BE(16)).toBe(2400);
    await page.selectOption('select[data-export-option="scale"]', '3');
    expect(readFileSync(await exportFile(page, 'png')).readUInt32BE(16)).toBe(3600);

    const csv = readFileSync(await exportFile(page, 'csv'), 'utf8');
    const flows = await page.locator('svg.chart__svg g.link').count();
    expect(csv.trim().split('\r\n')).toHaveLength(flows + 1);
    const json = JSON.parse(readFileSync(await exportFile(page, 'json'), 'utf8'));
    expect(json.flows).toHaveLength(flows);
    expect(errors).toEqual([]);
  });
});
