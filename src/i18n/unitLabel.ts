import { currencyName, moneyUnit } from '../model/format';
import type { Lang } from '../model/types';
import { translate } from './strings';

// Apart from the strings: only parts that load after the first chart (the footer, the embed's
// credit, the exports) write the unit in words.

/**
 * The unit amounts are written in: in English the dataset's own words (US$ billions in the words of
 * the page); in Chinese the unit every Chinese figure is written in (億 or 萬 of the currency).
 */
export function unitLabel(meta: { currency: string; unit: string }, lang: Lang): string {
  return amountUnit(meta, lang).label;
}

/**
 * The unit amounts are written in (see unitLabel), and how many of it one of the dataset's units
 * makes: 10 for 億美元 of a dataset in US$ billions, 1 in English. A table of raw amounts (the CSV
 * export) multiplies by it, so its numbers are in the unit its header names.
 */
export function amountUnit(meta: { currency: string; unit: string }, lang: Lang): { label: string; per: number } {
  if (lang === 'zh-TW') {
    const unit = moneyUnit(meta);
    const [word, base] = unit.scale >= 1e8 ? ['億', 1e8] : unit.scale >= 1e4 ? ['萬', 1e4] : ['', 1];
    return { label: `${word}${currencyName(unit)}`, per: unit.scale / base };
  }
  const label = meta.currency === 'USD' && /billion/i.test(meta.unit) ? translate(lang, 'unit.usdBillions') : meta.unit;
  return { label, per: 1 };
}
