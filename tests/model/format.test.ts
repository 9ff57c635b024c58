import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatMoneySpoken, formatPercent } from '../../src/model/format';
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
    expect(formatMoney(money(value), 'en')).toBe(en);
    expect(formatMoney(money(value), 'zh-TW')).toBe(zh);
  });

  it('says non-finite amounts in words instead of NaN or Infinity', () => {
    expect(formatMoney(money(Infinity), 'en')).toBe('unbounded');
    expect(formatMoney(money(Number.NaN), 'zh-TW')).toBe('無上限');
  });

  it('speaks amounts in words for screen readers', () => {
    expect(formatMoneySpoken(money(30), 'en')).toBe('US$30 billion');
    expect(formatMoneySpoken(money(0.5), 'en')).toBe('US$500 million');
    expect(formatMoneySpoken(money(1400), 'en')).toBe('US$1.4 trillion');
    expect(formatMoneySpoken(money(-12.3), 'en')).toBe('minus US$12.3 billion');
    expect(formatMoneySpoken(money(30), 'zh-TW')).toBe('300 億美元');
  });

  it('formats percentages and dates for each language', () => {
    expect(formatPercent(share(0.273), 'en')).toBe('27%');
    expect(formatPercent(share(0.063), 'zh-TW')).toBe('6.3%');
    expect(formatDate('2026-03-31', 'en')).toBe('31 March 2026');
    expect(formatDate('2026-03-31', 'zh-TW')).toBe('2026年3月31日');
    expect(formatDate('March 2026', 'en')).toBe('March 2026');
  });
});
