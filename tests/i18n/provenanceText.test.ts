import { describe, expect, it } from 'vitest';
import { dealStatusText, derivationText, provenanceLabel } from '../../src/i18n/provenanceText';
import type { Provenance } from '../../src/model/types';
import { loadDefaultDataset } from '../model/fixtures';

const loi: Provenance = {
  basis: 'reported',
  status: [
    { date: '2025-09-22', status: 'letter-of-intent' },
    { date: '2026-01-30', status: 'on-ice' },
  ],
};

describe('provenance text', () => {
  it('names the basis and the deal status on the date shown, with the day it took effect', () => {
    expect(provenanceLabel(loi, '2025-12-01', 'en')).toBe('Reported · letter of intent since 22 September 2025');
    expect(provenanceLabel(loi, '2026-03-31', 'en')).toBe('Reported · on ice since 30 January 2026');
    expect(provenanceLabel(loi, '2026-03-31', 'zh-TW')).toBe('報導數字 · 自 2026 年 1 月 30 日起遭擱置');
    // A status named by a noun reads as one after 起: 自…起為意向書, not 自…起意向書.
    expect(provenanceLabel(loi, '2025-12-01', 'zh-TW')).toBe('報導數字 · 自 2025 年 9 月 22 日起為意向書');
    expect(dealStatusText(loi, '2025-09-01', 'en')).toBe('not agreed yet on 1 September 2025');
    expect(dealStatusText(loi, '2025-09-01', 'zh-TW')).toBe('截至 2025 年 9 月 1 日尚未達成');
    // An event on its date, not a state since it.
    expect(dealStatusText({ basis: 'reported', status: [{ date: '2026-03-31', status: 'completed' }] }, '2026-04-01', 'zh-TW')).toBe(
      '於 2026 年 3 月 31 日完成',
    );
    expect(provenanceLabel({ basis: 'assumption' }, '2026-03-31', 'en')).toBe('Assumption');
    expect(provenanceLabel({ basis: 'estimate' }, '2026-03-31', 'zh-TW')).toBe('本站估算');
  });

  it('writes a derivation as arithmetic a reader can redo', () => {
    const derivation = {
      formula: 'net_income / revenue',
      inputs: { net_income: { value: 120.1 }, revenue: { value: 215.9 } },
      value: 0.556,
    };
    expect(derivationText(derivation, 'en')).toBe('net_income ÷ revenue = 120.1 ÷ 215.9 = 0.556');
  });

  it('names the inputs by their labels in the reader’s language, and by their ids where they have none', () => {
    const derivation = {
      formula: '(q1 + q2) / revenue',
      inputs: {
        q1: { value: 1, label: { en: 'Q1 net income', 'zh-TW': '第一季淨利' } },
        q2: { value: 2, label: { en: 'Q2 net income' } },
        revenue: { value: 10 },
      },
      value: 0.3,
    };
    expect(derivationText(derivation, 'en')).toBe('(Q1 net income + Q2 net income) ÷ revenue = (1 + 2) ÷ 10 = 0.3');
    // A label missing in one language is read in the other, as other dataset text is.
    expect(derivationText(derivation, 'zh-TW')).toBe('(第一季淨利 + Q2 net income) ÷ revenue = (1 + 2) ÷ 10 = 0.3');
  });

  it('shows no English input name in a Chinese formula of the bundled dataset', () => {
    const dataset = loadDefaultDataset();
    const formulas = [...dataset.flows, ...dataset.parameters]
      .map((item) => item.provenance.derivation)
      .filter((derivation) => derivation !== undefined)
      .map((derivation) => derivationText(derivation, 'zh-TW').split(' = ')[0]!);
    expect(formulas.length).toBeGreaterThan(15);
    // Company and project names (Azure, AWS, CoreWeave, Trainium, Project Rainier) and "G" of "Series G" stay as written in Chinese too.
    const english = formulas.filter((f) => /[a-z_]{3,}/.test(f.replace(/Azure|CoreWeave|Trainium|Project Rainier/g, '')));
    expect(english).toEqual([]);
  });
});
