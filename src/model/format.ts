import type { Lang } from './types';
import type { Money, Share } from './units';

const MINUS = '−';

// Building an Intl.NumberFormat costs far more than using one; a slider drag formats dozens per frame.
const formatters = new Map<string, Intl.NumberFormat>();

function trimmed(value: number, maxDecimals: number, lang: Lang): string {
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
 * An amount in billions of US dollars as a reader writes it: "US$12.3B", "US$1.4T", "US$500M" in
 * English; "123 億美元", "1.4 兆美元", "5,000 萬美元" in Traditional Chinese (億 = 100 million, 兆 = 1 trillion).
 */
export function formatMoney(billions: Money, lang: Lang): string {
  if (!Number.isFinite(billions)) return lang === 'zh-TW' ? '無上限' : 'unbounded';
  const sign = billions < 0 ? MINUS : '';
  const x = Math.abs(billions);
  return sign + (lang === 'zh-TW' ? formatChinese(x) : formatEnglish(x));
}

interface Scaled {
  number: string;
  unit: 'T' | 'B' | 'M';
}

// Units switch on the rounded value, so 999.99 reads "1T", never "1,000B".
function scaleEnglish(x: number): Scaled {
  if (x >= 999.5) return { number: trimmed(x / 1000, x >= 9999.5 ? 1 : 2, 'en'), unit: 'T' };
  if (x >= 0.9995) return { number: trimmed(x, x >= 99.95 ? 0 : 1, 'en'), unit: 'B' };
  const millions = x * 1000;
  return { number: trimmed(millions, millions >= 9.95 ? 0 : 1, 'en'), unit: 'M' };
}

function formatEnglish(x: number): string {
  if (x === 0) return 'US$0';
  const { number, unit } = scaleEnglish(x);
  return `US$${number}${unit}`;
}

function formatChinese(x: number): string {
  if (x === 0) return '0 美元';
  const yi = x * 10; // 1 億 = US$0.1B
  if (yi >= 9999.5) return `${trimmed(x / 1000, x >= 9999.5 ? 1 : 2, 'zh-TW')} 兆美元`;
  if (yi >= 0.99995) return `${trimmed(yi, yi >= 99.95 ? 0 : 1, 'zh-TW')} 億美元`;
  const wan = x * 1e5; // 1 萬 = US$10,000
  return `${trimmed(wan, 0, 'zh-TW')} 萬美元`;
}

const UNIT_WORDS = { T: 'trillion', B: 'billion', M: 'million' } as const;

/** The amount as a screen reader should say it: "US$30 billion" (Chinese is already in words). */
export function formatMoneySpoken(billions: Money, lang: Lang): string {
  if (lang === 'zh-TW' || !Number.isFinite(billions) || billions === 0) return formatMoney(billions, lang);
  const { number, unit } = scaleEnglish(Math.abs(billions));
  return `${billions < 0 ? 'minus ' : ''}US$${number} ${UNIT_WORDS[unit]}`;
}

/** An ISO date (2026-03-31) as the reader writes it: "31 March 2026", "2026年3月31日". */
export function formatDate(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(lang === 'zh-TW' ? 'zh-TW' : 'en-GB', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(date);
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

/**
 * The loop gain as a ratio and as cents per dollar, both from one rounding so the figure and its
 * sentence always agree: 0.0626 → "0.063" and "6.3".
 */
export function formatGain(gain: number, lang: Lang): { ratio: string; cents: string } {
  if (!Number.isFinite(gain)) return { ratio: '—', cents: '—' };
  const decimals = Math.abs(gain * 100) < 10 && gain !== 0 ? 1 : 0;
  const cents = Math.round(gain * 100 * 10 ** decimals) / 10 ** decimals;
  return { ratio: trimmed(cents / 100, decimals + 2, lang), cents: trimmed(cents, decimals, lang) };
}

/** A ratio such as revenue per dollar: 1.83 → "1.83". */
export function formatRatio(ratio: number, lang: Lang): string {
  if (!Number.isFinite(ratio)) return '—';
  return trimmed(ratio, 2, lang);
}
