import { describe, expect, it } from 'vitest';
import { renderSvgSnapshot } from '../../src/export/renderSvg';
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

describe("the export's figures in a dated scenario", () => {
  it.each([
    [
      'en',
      'Counted in this loop though not committed on 22 September 2025: Nvidia (own funds) → OpenAI, US$10B (under a letter of intent).',
    ],
    ['zh-TW', '截至 2025 年 9 月 22 日尚未承諾、但已計入這個循環的資金：輝達（自有資金） → OpenAI 100 億美元（意向書階段）。'],
  ] as const)('say which money they count that is not committed on its date, as the page does (%s)', (lang, said) => {
    const september = snapshotInput(loadDefaultDataset(), { lang, scenario: 'sept-2025-loi' });
    expect(september.figuresNote).toBe(said);
    // Drawn under the figures (wrapped: its first words on the first line).
    const svg = renderSvgSnapshot(september);
    const note = /<g class="figures-note">(.*?)<\/g>/s.exec(svg)?.[1]?.replace(/<[^>]+>/g, '');
    expect(note?.replace(/\s+/g, '')).toBe(said.replace(/\s+/g, ''));
    expect(snapshotInput(loadDefaultDataset(), { lang, scenario: 'mar-2026-close' }).figuresNote).toBeUndefined();
  });
});
