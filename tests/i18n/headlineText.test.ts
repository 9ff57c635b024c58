// The headline's sentences in both languages: scoped, labelled by basis, and agreeing with their numbers.
import { spaceLatin } from '../../src/i18n/spaceLatin';
import { USD_BILLIONS } from '../../src/model/format';
import { describe, expect, it } from 'vitest';
import { defaultValues } from '../../src/model/defaults';
import { compileModel, solveLoop } from '../../src/model/engine';
import { headlineFigures, type HeadlineFigures } from '../../src/model/figures';
import { customerNames, headlineItems, scopeSentence } from '../../src/i18n/headlineText';
import type { Lang } from '../../src/model/types';
import { fy26, loadDefaultDataset, web } from '../model/fixtures';

function figuresOf(focus: string, year = 2026): HeadlineFigures {
  const model = compileModel(web(), { year });
  return headlineFigures(model, solveLoop(model, defaultValues(model.dataset.parameters)), focus);
}

describe('the scope sentence', () => {
  it('says what the company books from this loop in the year, beside its annual revenue', () => {
    expect(scopeSentence(figuresOf('azure'), 'Azure', 2026, 'en', USD_BILLIONS)).toBe(
      'Of the US$50B Azure books from this loop in 2026, US$15B (30%) is its own money coming back and 20% was paid by real customers. The US$50B is about 20% of its FY26 revenue of US$250B.',
    );
    expect(scopeSentence(figuresOf('azure'), 'Azure', 2026, 'zh-TW', USD_BILLIONS)).toBe(
      'Azure 在 2026 年從這個循環入帳 500 億美元，其中 150 億美元（30%）是自己的錢繞了回來，20% 由真實客戶支付。這 500 億美元約占其 FY26 營收 2,500 億美元的 20%。',
    );
  });

  it("says when the annual revenue is an earlier year's, the latest reported", () => {
    const earlier = { ...figuresOf('azure'), annual: { ...fy26, year: 2025 } };
    expect(scopeSentence(earlier, 'Azure', 2026, 'en', USD_BILLIONS)).toBe(
      'Of the US$50B Azure books from this loop in 2026, US$15B (30%) is its own money coming back and 20% was paid by real customers. The US$50B equals about 20% of its revenue in an earlier full year, US$250B in FY26.',
    );
    expect(scopeSentence(earlier, 'Azure', 2026, 'zh-TW', USD_BILLIONS)).toBe(
      'Azure 在 2026 年從這個循環入帳 500 億美元，其中 150 億美元（30%）是自己的錢繞了回來，20% 由真實客戶支付。這 500 億美元約相當於其較早一個完整年度營收的 20%：FY26 營收 2,500 億美元。',
    );
  });

  it('says when the annual revenue was reported after the date shown (a dated scenario, with hindsight)', () => {
    expect(scopeSentence(figuresOf('azure'), 'Azure', 2026, 'en', USD_BILLIONS, '2026-02-25')).toMatch(
      / of its FY26 revenue of US\$250B, reported on 25 February 2026, after the date shown\.$/,
    );
    expect(scopeSentence(figuresOf('azure'), 'Azure', 2026, 'zh-TW', USD_BILLIONS, '2026-02-25')).toMatch(
      /營收 2,500 億美元（於 2026 年 2 月 25 日公布，晚於所示日期）的 20%。$/,
    );
  });

  it("never puts the period's own brackets inside the sentence's brackets", () => {
    const bracketed = { ...fy26, period: { en: 'FY26 (Feb 2025 – Jan 2026)', 'zh-TW': '2026 會計年度（2025 年 2 月至 2026 年 1 月）' } };
    const figures = { ...figuresOf('azure'), annual: { ...bracketed, year: 2025 } };
    // Nor a space after a closing full-width bracket, in the same year's comparison or an earlier year's.
    for (const year of [2025, 2026]) expect(scopeSentence(figures, 'Azure', year, 'zh-TW', USD_BILLIONS)).not.toMatch(/）\s/);
    for (const lang of ['en', 'zh-TW'] as const) {
      let depth = 0;
      for (const c of scopeSentence(figures, 'Azure', 2026, lang, USD_BILLIONS)!) {
        if (c === '(' || c === '（') depth++;
        if (c === ')' || c === '）') depth--;
        expect(depth, lang).toBeLessThan(2);
      }
    }
  });

  it('leaves the annual revenue out rather than guess it', () => {
    const chip = scopeSentence(figuresOf('chip'), 'Chip', 2026, 'en', USD_BILLIONS);
    expect(chip).toBe(
      'Of the US$45B Chip books from this loop in 2026, US$0 (0%) is its own money coming back and 11% was paid by real customers.',
    );
    // 2025: Microsoft gives no revenue for that year.
    expect(scopeSentence(figuresOf('azure', 2025), 'Azure', 2025, 'en', USD_BILLIONS)).not.toMatch(/revenue of|FY26/);
    expect(scopeSentence(figuresOf('azure', 2025), 'Azure', 2025, 'zh-TW', USD_BILLIONS)).not.toMatch(/營收 .* 的/);
  });

  it.each<[Lang, RegExp, RegExp]>([
    ['en', /, our estimate\.$/, /Reported/i],
    ['zh-TW', /；全年營收為本站估算。$/, /報導/],
  ])('names an annual revenue that is our estimate as such (%s), never as reported', (lang, named, reported) => {
    const figures = figuresOf('azure');
    const estimate = { ...figures, annual: { ...fy26, provenance: { basis: 'estimate' as const } } };
    expect(scopeSentence(estimate, 'Azure', 2026, lang, USD_BILLIONS)).toMatch(named);
    expect(scopeSentence(estimate, 'Azure', 2026, lang, USD_BILLIONS)).not.toMatch(reported);
    expect(scopeSentence(figures, 'Azure', 2026, lang, USD_BILLIONS)).not.toMatch(named);
  });

  it('says so when the company books nothing, and has no year for a dataset without years', () => {
    const none = { ...figuresOf('azure'), focusRevenue: 0 as HeadlineFigures['focusRevenue'], roundTripShare: null, customerShare: null };
    expect(scopeSentence(none, 'Azure', null, 'en', USD_BILLIONS)).toBe('Azure books nothing from this loop at these settings.');
    expect(scopeSentence(none, 'Azure', 2026, 'zh-TW', USD_BILLIONS)).toBe('在目前設定下，Azure 在 2026 年沒有從這個循環入帳任何營收。');
  });
});

describe('the headline figures', () => {
  it.each<Lang>(['en', 'zh-TW'])('give the loop gain and its sentence from one rounding (%s)', (lang) => {
    for (const gain of [0.0626, 0.0649, 0.095, 0.0996, 0.1234, 0.5, 0.005]) {
      const item = headlineItems({ ...figuresOf('azure'), gain }, 'Azure', lang, USD_BILLIONS).find((i) => i.id === 'gain')!;
      const cents = /(\d+(?:\.\d+)?) (?:美分|¢)|(\d+(?:\.\d+)?)¢/.exec(item.sentence)!;
      expect(Number(cents[1] ?? cents[2]), `${gain}: ${item.value} vs ${item.sentence}`).toBeCloseTo(Number(item.value) * 100, 9);
    }
  });

  it('says the multiplier counts outside capital’s money, not customers’, booked again at each tier', () => {
    const en = headlineItems(figuresOf('azure'), 'Azure', 'en', USD_BILLIONS).find((i) => i.id === 'multiplier')!;
    expect(en.value).toBe('0.67×');
    expect(en.sentence).toBe(
      'Each $1 of equity and loans put in is booked as $0.67 of revenue (customers’ money left out): again at each company it passes, none while kept as cash.',
    );
    const zh = headlineItems(figuresOf('azure'), 'Azure', 'zh-TW', USD_BILLIONS).find((i) => i.id === 'multiplier')!;
    expect(zh.sentence).toMatch(/（不含客戶付的錢）：同一塊錢每經過一家公司，就再被記一次營收/);
  });

  it('gives the round-trip share the same number in its value and its sentence', () => {
    const item = headlineItems(figuresOf('azure'), 'Azure', 'en', USD_BILLIONS).find((i) => i.id === 'round-trip')!;
    expect(item.value).toBe('30%');
    expect(item.sentence).toBe('Of every $1 Azure books from this loop, 30¢ is its own money coming back.');
    expect(item.label).toBe('Round-trip share of Azure’s loop revenue');
  });

  it('names who counts as a real customer, in the language’s own list', () => {
    const sentence = (lang: Lang, names: string[]) =>
      headlineItems(figuresOf('azure'), 'Azure', lang, USD_BILLIONS, names).find((i) => i.id === 'customers')!.sentence;
    expect(sentence('en', ['Labs’ customers', 'Meta'])).toBe(
      'Real customers (Labs’ customers and Meta) pay for 20% of what Azure books from this loop.',
    );
    expect(sentence('zh-TW', ['實驗室客戶', 'Meta'])).toBe('Azure 從這個循環入帳的營收中，有 20% 是真實客戶（實驗室客戶和 Meta）付的錢。');
    expect(sentence('en', [])).toBe('Real customers pay for 20% of what Azure books from this loop.');
  });

  it('names only the real customers whose money is in what the company followed books, in that year', () => {
    const ds = loadDefaultDataset();
    const names = (focus: string, year: number, lang: Lang = 'en') => {
      const model = compileModel(ds, { year });
      return customerNames(model, solveLoop(model, defaultValues(ds.parameters)), focus, lang);
    };
    // Meta pays CoreWeave, whose money reaches Nvidia but not AWS; its contract starts in 2026.
    // Oracle's contract with OpenAI starts in 2027: no customer's money reaches it before.
    expect(names('nvidia', 2026)).toEqual(["Labs' customers", 'Meta']);
    expect(names('aws', 2026)).toEqual(["Labs' customers"]);
    expect(names('oracle', 2026)).toEqual([]);
    expect(names('nvidia', 2025)).toEqual(["Labs' customers"]);
    expect(names('nvidia', 2026, 'zh-TW')).toEqual(['實驗室客戶', 'Meta']);
  });
});

describe('spaceLatin', () => {
  it('puts a space where Chinese meets Latin letters or digits, and nowhere else', () => {
    expect(spaceLatin('2027 年OpenAI只付得出所欠款項的 62%；Anthropic短缺 62 億美元')).toBe(
      '2027 年 OpenAI 只付得出所欠款項的 62%；Anthropic 短缺 62 億美元',
    );
    expect(spaceLatin('輝達（自有資金）449 億美元，14%）')).toBe('輝達（自有資金）449 億美元，14%）');
    expect(spaceLatin('Of the US$50B Azure books')).toBe('Of the US$50B Azure books');
  });
});
