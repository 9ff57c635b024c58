import type { Lang } from './types';
import type { Money, Share } from './units';

const MINUS = '−';

// Building an Intl.NumberFormat costs far more than using one; a slider drag formats dozens per frame.
const formatters = new Map<string, Intl.NumberFormat>();

/** A number with at most maxDecimals decimals, in the reader's digits (one formatter per language and precision). */
export function trimmed(value: number, maxDecimals: number, lang: Lang): string {
  const key = `${lang}:${maxDecimals}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(lang === 'zh-TW' ? 'zh-TW' : 'en-US', {
      maximumFractionDigits: maxDecimals,
      minimumFractionDigits: 0,
    });
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}

/**
 * What one of the dataset's amounts is worth: `scale` units of `currency` (an ISO 4217 code).
 * "€ millions" is { currency: 'EUR', scale: 1e6 }; the bundled dataset is { 'USD', 1e9 }.
 */
export interface MoneyUnit {
  currency: string;
  scale: number;
}

export const USD_BILLIONS: MoneyUnit = { currency: 'USD', scale: 1e9 };

// Longest words first, so "billions" is not read as "millions" and 百萬 not as 萬.
const SCALE_WORDS: [RegExp, number][] = [
  [/trillion|\btn\b|兆/i, 1e12],
  [/billion|\bbn\b|\bb\b|十億/i, 1e9],
  [/百萬|million|\bmn\b|\bm\b/i, 1e6],
  [/億/, 1e8],
  [/千萬/, 1e7],
  [/萬/, 1e4],
  [/thousand|\bk\b|千/i, 1e3],
];

const units = new WeakMap<object, MoneyUnit>();

/**
 * The unit a dataset's amounts are in, from meta.currency and the words of meta.unit ("€ millions",
 * "NT$ 億", "thousands of yen"). A currency Intl does not know is written as its code.
 */
export function moneyUnit(meta: { currency: string; unit: string }): MoneyUnit {
  const known = units.get(meta);
  if (known) return known;
  const currency = meta.currency.trim().toUpperCase() || 'USD';
  const scale = SCALE_WORDS.find(([words]) => words.test(meta.unit))?.[1] ?? 1;
  const unit = { currency, scale };
  units.set(meta, unit);
  return unit;
}

export interface CurrencyWords {
  /** Written before the number in English: "US$", "€", "NT$", "¥", or the code and a space. */
  symbol: string;
  /** Written after the number in Chinese: "美元", "歐元", "新台幣". */
  name: string;
}

const currencyWords = new Map<string, CurrencyWords>();

export function wordsFor(currency: string): CurrencyWords {
  let words = currencyWords.get(currency);
  if (!words) currencyWords.set(currency, (words = lazyWords(currency)));
  return words;
}

// Each word is looked up when it is first written: an English page never needs the Chinese name,
// and building Intl.DisplayNames for zh-TW costs several milliseconds of a first chart.
function lazyWords(currency: string): CurrencyWords {
  let symbol: string | undefined;
  let name: string | undefined;
  return {
    get symbol() {
      return (symbol ??= symbolOf(currency));
    },
    get name() {
      return (name ??= nameOf(currency));
    },
  };
}

// A code Intl does not know (a dataset may say "points" or "credits") is written as given; Intl
// refuses the same malformed codes for a symbol and for a name.
function symbolOf(currency: string): string {
  try {
    const symbol = new Intl.NumberFormat('en-US', { style: 'currency', currency })
      .formatToParts(1)
      .find((part) => part.type === 'currency')?.value;
    // en-US writes the dollar as a bare "$"; a page read worldwide says which dollar.
    const shown = currency === 'USD' ? 'US$' : (symbol ?? currency);
    return /^[A-Z]{3}$/.test(shown) ? `${shown} ` : shown;
  } catch {
    return `${currency} `;
  }
}

function nameOf(currency: string): string {
  try {
    return new Intl.DisplayNames('zh-TW', { type: 'currency' }).of(currency) ?? currency;
  } catch {
    return ` ${currency}`;
  }
}

/**
 * An amount in the dataset's unit as a reader writes it: "US$12.3B", "€50M", "NT$1.4T" in English;
 * "123 億美元", "1.4 兆歐元", "5,000 萬新台幣" in Traditional Chinese (億 = 100 million, 兆 = 1 trillion).
 */
export function formatMoney(amount: Money, lang: Lang, unit: MoneyUnit): string {
  if (!Number.isFinite(amount)) return lang === 'zh-TW' ? '無上限' : 'unbounded';
  const sign = amount < 0 ? MINUS : '';
  const x = Math.abs(amount) * unit.scale;
  const words = wordsFor(unit.currency);
  return sign + (lang === 'zh-TW' ? formatChinese(x, words) : formatEnglish(x, words));
}

interface Scaled {
  number: string;
  unit: 'T' | 'B' | 'M' | 'K' | '';
}

// Units switch on the rounded value, so 999.99 billion reads "1T", never "1,000B".
function scaleEnglish(x: number): Scaled {
  if (x >= 999.5e9) return { number: trimmed(x / 1e12, x >= 9999.5e9 ? 1 : 2, 'en'), unit: 'T' };
  if (x >= 0.9995e9) return { number: trimmed(x / 1e9, x >= 99.95e9 ? 0 : 1, 'en'), unit: 'B' };
  if (x >= 0.9995e6) return scaledBelow(x / 1e6, 'M');
  if (x >= 999.5) return scaledBelow(x / 1e3, 'K');
  return scaledBelow(x, '');
}

function scaledBelow(value: number, unit: Scaled['unit']): Scaled {
  return { number: trimmed(value, value >= 9.95 ? 0 : 1, 'en'), unit };
}

function formatEnglish(x: number, words: CurrencyWords): string {
  if (x === 0) return `${words.symbol}0`;
  const { number, unit } = scaleEnglish(x);
  return `${words.symbol}${number}${unit}`;
}

function formatChinese(x: number, words: CurrencyWords): string {
  if (x === 0) return `0 ${words.name}`;
  const yi = x / 1e8;
  if (yi >= 9999.5) return `${trimmed(x / 1e12, x >= 9999.5e9 ? 1 : 2, 'zh-TW')} 兆${words.name}`;
  if (yi >= 0.99995) return `${trimmed(yi, yi >= 99.95 ? 0 : 1, 'zh-TW')} 億${words.name}`;
  const wan = x / 1e4;
  if (wan >= 0.995) return `${trimmed(wan, 0, 'zh-TW')} 萬${words.name}`;
  return `${trimmed(x, x >= 9.95 ? 0 : 1, 'zh-TW')} ${words.name}`;
}

const UNIT_WORDS = { T: 'trillion', B: 'billion', M: 'million', K: 'thousand', '': '' } as const;

/** The amount as a screen reader should say it: "US$30 billion" (Chinese is already in words). */
export function formatMoneySpoken(amount: Money, lang: Lang, unit: MoneyUnit): string {
  if (lang === 'zh-TW' || !Number.isFinite(amount) || amount === 0) return formatMoney(amount, lang, unit);
  const { number, unit: scaled } = scaleEnglish(Math.abs(amount) * unit.scale);
  const spoken = `${wordsFor(unit.currency).symbol}${number} ${UNIT_WORDS[scaled]}`.trimEnd();
  return `${amount < 0 ? 'minus ' : ''}${spoken}`;
}

/** The currency's name in Traditional Chinese: 美元, 歐元, 新台幣 (the code when Intl does not know it). */
export function currencyName(unit: MoneyUnit): string {
  return wordsFor(unit.currency).name.trim();
}

/** An ISO date (2026-03-31) as the reader writes it: "31 March 2026", "2026年3月31日". */
export function formatDate(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return (
    new Intl.DateTimeFormat(lang === 'zh-TW' ? 'zh-TW' : 'en-GB', {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    })
      .format(date)
      // Intl writes 2026年3月31日; the page's Chinese spaces digits from characters: 2026 年 3 月 31 日.
      .replace(/(\d)([年月日])/g, '$1 $2')
      .replace(/([年月])(\d)/g, '$1 $2')
  );
}

/**
 * Builds the formatters a first view uses. A page's first Intl formatter loads its locale's data,
 * tens of milliseconds on a slow machine: the entry has that done while the data downloads, not
 * in the first chart's render.
 */
export function prepareFormats(lang: Lang): void {
  trimmed(0, 0, lang);
  formatDate('2000-01-01', lang);
}

/** A fraction 0..1 as a percentage: 0.234 → "23%" (one decimal below 10%). */
export function formatPercent(fraction: Share, lang: Lang): string {
  if (!Number.isFinite(fraction)) return '—';
  return `${formatHundredths(fraction, lang)}%`;
}

/** A fraction as hundredths, rounded as formatPercent rounds it: 0.234 → "23" (so "23¢" agrees with "23%"). */
export function formatHundredths(fraction: number, lang: Lang): string {
  const percent = fraction * 100;
  const decimals = Math.abs(percent) < 10 && percent !== 0 ? 1 : 0;
  return trimmed(percent, decimals, lang);
}
