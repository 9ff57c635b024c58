import { describe, expect, it } from 'vitest';
import { loadDefaultDataset } from '../model/fixtures';
import { snapshotInput } from './fixture';

describe("the export's subtitle in a dated scenario", () => {
  it.each([
    ['en', 'Nvidia → OpenAI investment US$30B (not agreed yet: counts 0)'],
    ['zh-TW', '（尚未達成，計為 0）'],
  ] as const)('says which sliders are of deals not made yet at its date (%s)', (lang, said) => {
    const january = snapshotInput(loadDefaultDataset(), { lang, scenario: 'jan-2026-on-ice' }).subtitle;
    expect(january).toContain(said);
    // Three deals of the February round: Nvidia's, SoftBank's and the other investors'.
    expect(january.split(lang === 'en' ? '(not agreed yet' : '（尚未達成').length - 1).toBe(3);
    expect(snapshotInput(loadDefaultDataset(), { lang, scenario: 'mar-2026-close' }).subtitle).not.toContain(said);
  });
});
