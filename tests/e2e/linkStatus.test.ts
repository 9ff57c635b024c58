import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkMark } from '../../src/layout/linkMarks';
import { compileModel } from '../../src/model/engine';
import { flowStanding } from '../../src/model/flowStanding';
import { momentDate, statusAt } from '../../src/model/resolveMoment';
import type { Dataset } from '../../src/model/types';
import { loadDefaultDataset } from '../model/fixtures';
import { hasBrowser, launch, openPage } from './browser';

// Written against the bundled dataset's own statuses and scenario dates, so it keeps holding (and
// checks more) as the dataset gains dated deals.
const dataset: Dataset = loadDefaultDataset();

/** What each flow's link should show at a date: its mark, and its deal status if it has one (in the model year, whose basis it has). */
function expected(date: string): Map<string, { mark: string; status: string | null }> {
  return new Map(
    compileModel(dataset, { date }).dataset.flows.map((flow) => {
      const standing = flowStanding(flow.provenance, date);
      const status = standing.status === null || standing.status === 'not-yet' ? null : standing.status;
      return [flow.id, { mark: linkMark(standing), status }];
    }),
  );
}

/** Nvidia's stake in OpenAI as a letter of intent in the September 2025 scenario, once the dataset says so. */
const loiScenario = dataset.scenarios.find((s) => s.id === 'sept-2025-loi');
const loiFlow = loiScenario
  ? dataset.flows.find(
      (f) =>
        f.from.startsWith('nvidia') && f.to === 'openai' && statusAt(f.provenance, momentDate(dataset, loiScenario)) === 'letter-of-intent',
    )
  : undefined;

describe.runIf(hasBrowser)("links drawn by their deal's status", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it("draws every link with the status and mark of its deal at each scenario's date", async () => {
    for (const scenario of [null, ...dataset.scenarios]) {
      const { page, errors } = await openPage(browser, scenario ? `./?scenario=${encodeURIComponent(scenario.id)}` : './');
      const want = expected(momentDate(dataset, scenario));
      const drawn = await page
        .locator('g.link:not(.link--empty)')
        .evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-key'), g.getAttribute('data-mark'), g.getAttribute('data-status')]));
      expect(drawn.length).toBeGreaterThan(10);
      for (const [key, mark, status] of drawn) expect({ key, mark, status }).toEqual({ key, ...want.get(key!) });
      // The key explains the marks the chart uses besides solid, and no others.
      const marks = new Set(drawn.map(([, mark]) => mark));
      const keyed = await page.locator('.chart-key__item').evaluateAll((items) => items.map((item) => item.getAttribute('data-mark')));
      for (const mark of ['dashed', 'hatched', 'dotted']) expect(keyed.includes(mark), `${scenario?.id}: ${mark}`).toBe(marks.has(mark));
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('draws every swatch of the key at its full width, however its text wraps (320 px, Chinese)', async () => {
    const { page } = await openPage(browser, './?lang=zh-TW', { width: 320, height: 740 });
    const widths = await page.locator('.chart-key__item svg').evaluateAll((svgs) => svgs.map((svg) => svg.getBoundingClientRect().width));
    expect(widths.length).toBeGreaterThanOrEqual(2);
    expect(widths).toEqual(widths.map(() => 36));
    await page.context().close();
  });

  it.runIf(loiFlow)('shows the September 2025 letter of intent on the Nvidia → OpenAI link', async () => {
    const { page } = await openPage(browser, `./?scenario=${loiScenario!.id}`);
    const link = page.locator(`g.link[data-key="${loiFlow!.id}"]`);
    expect(await link.getAttribute('data-status')).toBe('letter-of-intent');
    expect(await link.getAttribute('data-mark')).toBe('dashed');
    await page.context().close();
  });
});
