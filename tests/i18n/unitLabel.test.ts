import { describe, expect, it } from 'vitest';
import { amountUnit } from '../../src/i18n/unitLabel';
import { formatMoney, moneyUnit } from '../../src/model/format';
import { money } from '../../src/model/units';

describe('amountUnit', () => {
  it.each([
    // unit of the dataset, Chinese unit, how many of it one dataset unit makes
    [{ currency: 'USD', unit: 'US$ billions' }, '億美元', 10],
    [{ currency: 'USD', unit: 'US$ trillions' }, '億美元', 10_000],
    [{ currency: 'EUR', unit: '€ millions' }, '萬歐元', 100],
    [{ currency: 'TWD', unit: 'NT$ 億' }, '億新台幣', 1],
    [{ currency: 'JPY', unit: 'thousands of yen' }, '日圓', 1000],
    [{ currency: 'USD', unit: 'US$' }, '美元', 1],
  ] as const)('writes %j in Chinese in %s, %d of it per dataset unit', (meta, label, per) => {
    expect(amountUnit(meta, 'zh-TW')).toEqual({ label, per });
    // The page writes 3 dataset units in the same unit, except trillions, which it writes in 兆
    // (3 兆美元 is 30,000 億美元: the CSV's column keeps one unit for every row).
    const written = formatMoney(money(3), 'zh-TW', moneyUnit(meta));
    if (per < 10_000) expect(written.endsWith(label), written).toBe(true);
    else expect(written).toBe('3 兆美元');
  });

  it('keeps the dataset’s own words in English, one for one', () => {
    expect(amountUnit({ currency: 'JPY', unit: 'thousands of yen' }, 'en')).toEqual({ label: 'thousands of yen', per: 1 });
    expect(amountUnit({ currency: 'USD', unit: 'US$ billions' }, 'en').per).toBe(1);
  });
});
