// Edges of the number formats: where each unit and each number of decimals starts.
import { money, share } from '../../src/model/units';
import { formatDate, formatMoney, formatMoneySpoken, formatPercent, USD_BILLIONS } from '../../src/model/format';
import { formatRatio } from '../../src/model/formatPerDollar';
import { describe, expect, it } from 'vitest';

describe('formatMoney at the edges of its units', () => {
  it.each([
    [999.5, 'US$1T'],
    [999.49, 'US$999B'],
    [1234.5, 'US$1.23T'],
    [12345, 'US$12.3T'],
    [99.95, 'US$100B'],
    [99.94, 'US$99.9B'],
    [0.9995, 'US$1B'],
    [0.99949, 'US$999M'],
    [0.00995, 'US$10M'],
    [0.00994, 'US$9.9M'],
    [0.0001, 'US$100K'],
  ])('%s billion in English → %s', (value, en) => {
    expect(formatMoney(money(value), 'en', USD_BILLIONS)).toBe(en);
  });

  it.each([
    [999.95, '1 兆美元'],
    [999.9, '9,999 億美元'],
    [1234.5, '1.23 兆美元'],
    [12345, '12.3 兆美元'],
    [1.23, '12.3 億美元'],
    [12.34, '123 億美元'],
    [0.099995, '1 億美元'],
    [0.099994, '9,999 萬美元'],
    [0.0001, '10 萬美元'],
  ])('%s billion in Chinese → %s', (value, zh) => {
    expect(formatMoney(money(value), 'zh-TW', USD_BILLIONS)).toBe(zh);
  });

  it('keeps one formatter per language and number of decimals', () => {
    // Alternating calls would reuse a wrong formatter if the cache mixed them up.
    expect(formatMoney(money(1234.5), 'en', USD_BILLIONS)).toBe('US$1.23T');
    expect(formatMoney(money(12345), 'en', USD_BILLIONS)).toBe('US$12.3T');
    expect(formatMoney(money(1234.5), 'zh-TW', USD_BILLIONS)).toBe('1.23 兆美元');
    expect(formatPercent(share(0.5), 'zh-TW')).toBe('50%');
  });
});

describe('formatMoneySpoken', () => {
  it('says zero and unbounded amounts as formatMoney writes them', () => {
    expect(formatMoneySpoken(money(0), 'en', USD_BILLIONS)).toBe('US$0');
    expect(formatMoneySpoken(money(Infinity), 'en', USD_BILLIONS)).toBe('unbounded');
    expect(formatMoneySpoken(money(-0.5), 'zh-TW', USD_BILLIONS)).toBe('−5 億美元');
    expect(formatMoneySpoken(money(999.5), 'en', USD_BILLIONS)).toBe('US$1 trillion');
  });
});

describe('formatPercent and formatRatio', () => {
  it('shows one decimal below 10%, also for negative shares', () => {
    expect(formatPercent(share(0.0634), 'en')).toBe('6.3%');
    expect(formatPercent(share(-0.0634), 'en')).toBe('-6.3%');
    expect(formatPercent(share(-0.123), 'en')).toBe('-12%');
    expect(formatPercent(share(0.123), 'en')).toBe('12%');
    expect(formatPercent(share(0), 'en')).toBe('0%');
    expect(formatPercent(share(Infinity), 'en')).toBe('—');
    expect(formatPercent(share(Number.NaN), 'en')).toBe('—');
  });

  it('shows ratios to two decimals, and a dash when there is none', () => {
    expect(formatRatio(1.8345, 'en')).toBe('1.83');
    expect(formatRatio(1234.5, 'zh-TW')).toBe('1,234.5');
    expect(formatRatio(Infinity, 'en')).toBe('—');
    expect(formatRatio(Number.NaN, 'en')).toBe('—');
  });
});

describe('formatDate', () => {
  it('formats only whole ISO dates and leaves anything else as written', () => {
    expect(formatDate('2026-01-05', 'en')).toBe('5 January 2026');
    expect(formatDate('2026-12-31', 'zh-TW')).toBe('2026 年 12 月 31 日');
    for (const text of ['2026-1-31', 'x2026-01-31', '2026-01-31x', '']) expect(formatDate(text, 'en')).toBe(text);
  });
});
