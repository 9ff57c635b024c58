// The exported chart of a loop with no totals (gain ≥ 1) says so, as the page does: the alert
// instead of the figures, a subtitle naming the rounds added up, labels and link names that are
// sums of those rounds, in both languages.
import { describe, expect, it } from 'vitest';
import '../bothLanguages';
import { renderSvgSnapshot } from '../../src/export/renderSvg';
import { divergentDataset } from '../model/divergentDataset';
import { snapshotInput } from './fixture';

describe('the export of a loop that amplifies itself', () => {
  it.each([
    ['en', 'the first 4 rounds added up (the loop has no totals)', 'US$200B in 4 rounds', 'The loop amplifies itself'],
    ['zh-TW', '前 4 輪合計（循環沒有總額）', '4 輪共 2,000 億美元', '這個循環會自我放大'],
  ] as const)('says it has no totals (%s)', (lang, subtitle, lab, alert) => {
    const input = snapshotInput(divergentDataset(), { lang, showNet: false });
    expect(input.subtitle).toContain(subtitle);
    expect(input.alert).toContain(alert);
    // A name and its amount joined as each language writes it.
    expect(input.nodeNames['lab']?.endsWith(`${lang === 'en' ? ': ' : '：'}${lab}`)).toBe(true);
    for (const name of Object.values(input.linkNames)) expect(name).toMatch(lang === 'en' ? / in 4 rounds$/ : /：4 輪共 /);
    const svg = renderSvgSnapshot(input);
    expect(svg).toContain(lab);
    expect(svg).toContain(alert);
  });

  it('names totals as totals once the loop settles', () => {
    const input = snapshotInput(divergentDataset(), { values: { reinvest: 0.5 }, showNet: false });
    expect(input.subtitle).toContain('the whole loop');
    expect(input.alert).toBeUndefined();
    expect(input.nodeNames['lab']).toBe('Model Lab: US$80B');
  });
});
