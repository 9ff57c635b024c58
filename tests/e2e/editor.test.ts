import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launch, openPage } from './browser';

/** Types into the field with this label, from the keyboard (select all, then the text). */
async function typeInto(page: Page, label: string, text: string) {
  await page.getByLabel(label, { exact: true }).focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

/** Picks a choice in a select from the keyboard: typing its first letters selects it, as in any select. */
async function choose(page: Page, label: string, typed: string, expected: string) {
  const select = page.getByLabel(label, { exact: true });
  await select.focus();
  await page.keyboard.type(typed);
  expect(await select.inputValue()).toBe(expected);
}

async function downloadDraft(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as JSON' }).press('Enter');
  return readFileSync((await (await download).path())!, 'utf8');
}

describe.runIf(hasBrowser)('the data editor', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('builds a loop from empty with the keyboard, downloads it, and the download loads back identical', async () => {
    const { page, errors } = await openPage(browser, './');
    await page.locator('button[data-action="edit-data"]').press('Enter');
    await page.getByRole('button', { name: 'Start from empty' }).press('Enter');
    const add = (table: string) => page.getByRole('button', { name: `Add a row to ${table}` }).press('Enter');
    const entities: [string, string, string, string][] = [
      ['fund', 'Fund', 's', 'source'],
      ['lab', 'Lab', 'a', 'startup'],
      ['cloud', 'Cloud', 'cl', 'cloud'],
      ['out', 'Costs', 'l', 'sink'],
    ];
    for (const [i, [id, name, typed, role]] of entities.entries()) {
      await add('Companies and groups');
      await typeInto(page, `Id, row ${i + 1}`, id);
      await page.keyboard.press('Tab');
      await page.keyboard.type(name);
      await choose(page, `Role, row ${i + 1}`, typed, role);
    }
    // Flows: the fund puts in 10; the lab spends 80% on the cloud and the rest leaves; the cloud's money leaves.
    const flows: [string, string, string, string, string][] = [
      ['f', 'l', 'e', 'amount', '10'],
      ['l', 'c', 'c', 'share', '0.8'],
      ['l', 'o', 'le', 'share', 'rest'],
      ['c', 'o', 'le', 'share', 'rest'],
    ];
    for (const [i, [from, to, kind, mode, value]] of flows.entries()) {
      await add('Flows of money');
      const row = i + 1;
      await choose(page, `From, row ${row}`, from, { f: 'fund', l: 'lab', c: 'cloud' }[from]!);
      await choose(page, `To, row ${row}`, to, { l: 'lab', c: 'cloud', o: 'out' }[to]!);
      await choose(page, `Kind, row ${row}`, kind, { e: 'equity-investment', c: 'compute-spend', le: 'leakage' }[kind]!);
      await choose(page, `Amount or share, row ${row}`, mode === 'amount' ? 'a' : 's', mode);
      await typeInto(page, `Value, row ${row}`, value);
    }
    await page.getByRole('status').filter({ hasText: 'Valid' }).waitFor();
    await page.waitForSelector('g.node[data-key="lab"]');
    expect(await page.locator('g.link[data-key="flow-2"]').getAttribute('aria-label')).toContain('US$8B');
    const first = await downloadDraft(page);
    expect(JSON.parse(first).flows).toHaveLength(4);

    // A fresh page, the file loaded back through "Load data", the editor opened on it: the same JSON.
    await page.reload();
    await page.waitForSelector('svg.chart__svg g.nodes > *');
    await page.click('button[data-action="load-data"]');
    await page.setInputFiles('input[data-input="file"]', {
      name: 'my-loop.json',
      mimeType: 'application/json',
      buffer: Buffer.from(first),
    });
    await page.waitForSelector('g.node[data-key="lab"]');
    await page.click('button[data-action="load-data"]');
    await page.locator('button[data-action="edit-data"]').press('Enter');
    expect(await downloadDraft(page)).toBe(first);
    expect(errors).toEqual([]);
  });
});
