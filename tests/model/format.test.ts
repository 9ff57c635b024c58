import { USD_BILLIONS, formatDate, formatMoney, formatMoneySpoken, formatPercent, moneyUnit } from '../../src/model/format';
import { describe, expect, it } from 'vitest';
import { money, share } from '../../src/model/units';

describe('formatMoney', () => {
  it.each([
    [0, 'US$0', '0 美元'],
    [0.5, 'US$500M', '5 億美元'],
    [12.3, 'US$12.3B', '123 億美元'],
    [100, 'US$100B', '1,000 億美元'],
    [1400, 'US$1.4T', '1.4 兆美元'],
    [-5, '−US$5B', '−50 億美元'],
    [-1400, '−US$1.4T', '−1.4 兆美元'],
    [0.05, 'US$50M', '5,000 萬美元'],
    [999.99, 'US$1T', '1 兆美元'],
    [0.99999, 'US$1B', '10 億美元'],
    [63.175, 'US$63.2B', '632 億美元'],
  ])('%s billion → %s / %s', (value, en, zh) => {
    expect(formatMoney(money(value), 'en', USD_BILLIONS)).toBe(en);
    expect(formatMoney(money(value), 'zh-TW', USD_BILLIONS)).toBe(zh);
  });

  it('says non-finite amounts in words instead of NaN or Infinity', () => {
    expect(formatMoney(money(Infinity), 'en', USD_BILLIONS)).toBe('unbounded');
    expect(formatMoney(money(Number.NaN), 'zh-TW', USD_BILLIONS)).toBe('無上限');
  });

  it('speaks amounts in words for screen readers', () => {
    expect(formatMoneySpoken(money(30), 'en', USD_BILLIONS)).toBe('US$30 billion');
    expect(formatMoneySpoken(money(0.5), 'en', USD_BILLIONS)).toBe('US$500 million');
    expect(formatMoneySpoken(money(1400), 'en', USD_BILLIONS)).toBe('US$1.4 trillion');
    expect(formatMoneySpoken(money(-12.3), 'en', USD_BILLIONS)).toBe('minus US$12.3 billion');
    expect(formatMoneySpoken(money(30), 'zh-TW', USD_BILLIONS)).toBe('300 億美元');
  });

  it('formats percentages and dates for each language', () => {
    expect(formatPercent(share(0.273), 'en')).toBe('27%');
    expect(formatPercent(share(0.063), 'zh-TW')).toBe('6.3%');
    expect(formatDate('2026-03-31', 'en')).toBe('31 March 2026');
    expect(formatDate('2026-03-31', 'zh-TW')).toBe('2026 年 3 月 31 日');
    expect(formatDate('March 2026', 'en')).toBe('March 2026');
  });
});

describe('formatMoney in the dataset’s own currency and unit', () => {
  const unit = (currency: string, words: string) => moneyUnit({ currency, unit: words });
  it.each([
    ['EUR', '€ millions', 50, '€50M', '5,000 萬歐元'],
    ['EUR', '€ millions', 2500, '€2.5B', '25 億歐元'],
    ['TWD', 'NT$ 億', 12, 'NT$1.2B', '12 億新台幣'],
    ['JPY', 'thousands of yen', 300, '¥300K', '30 萬日圓'],
    ['GBP', '£', 12, '£12', '12 英鎊'],
    ['USD', 'US$ billions', 1.5, 'US$1.5B', '15 億美元'],
  ])('%s %s: %s → %s / %s', (currency, words, value, en, zh) => {
    expect(formatMoney(money(value), 'en', unit(currency, words))).toBe(en);
    expect(formatMoney(money(value), 'zh-TW', unit(currency, words))).toBe(zh);
  });

  it('reads the scale from the unit’s words, in either language', () => {
    expect(moneyUnit({ currency: 'EUR', unit: '€ billions' }).scale).toBe(1e9);
    expect(moneyUnit({ currency: 'TWD', unit: '百萬新台幣' }).scale).toBe(1e6);
    expect(moneyUnit({ currency: 'TWD', unit: '千萬新台幣' }).scale).toBe(1e7);
    expect(moneyUnit({ currency: 'TWD', unit: '億元' }).scale).toBe(1e8);
    expect(moneyUnit({ currency: 'CNY', unit: '万元' }).scale).toBe(1);
    expect(moneyUnit({ currency: 'CNY', unit: '萬元' }).scale).toBe(1e4);
  });

  it('writes a currency Intl does not know by its code, and speaks amounts with the currency', () => {
    expect(formatMoney(money(5), 'en', moneyUnit({ currency: 'points', unit: 'millions' }))).toBe('POINTS 5M');
    expect(formatMoneySpoken(money(50), 'en', moneyUnit({ currency: 'EUR', unit: '€ millions' }))).toBe('€50 million');
  });
});
