import { formatHundredths, trimmed, wordsFor, type MoneyUnit } from './format';
import type { Lang } from './types';

// The headline's figures per dollar, apart from format.ts: only the headline (loaded after the
// chart) writes them, so they stay out of the first script.

/** One whole unit of the currency, as sentences say it: "$1", "€1", "1 美元", "1 歐元". */
export function formatOne(lang: Lang, unit: MoneyUnit): string {
  return formatPlain('1', lang, unit);
}

/** A plain number of currency units (not scaled): "$1.83", "€1.83", "1.83 美元". */
export function formatPlain(number: string, lang: Lang, unit: MoneyUnit): string {
  const words = wordsFor(unit.currency);
  if (lang === 'zh-TW') return `${number} ${words.name}`;
  // In a sentence the dollar reads as "$1" (the headline already says which one).
  return `${unit.currency === 'USD' ? '$' : words.symbol}${number}`;
}

/**
 * A fraction of one currency unit, rounded as formatPercent rounds it: "14¢" and "14 美分" for
 * dollars; other currencies as an amount ("€0.14", "0.14 歐元"), since not every one has cents.
 */
export function formatPartOfOne(fraction: number, lang: Lang, unit: MoneyUnit): string {
  const hundredths = formatHundredths(fraction, lang);
  if (unit.currency === 'USD') return lang === 'zh-TW' ? `${hundredths} 美分` : `${hundredths}¢`;
  const decimals = Math.abs(fraction * 100) < 10 && fraction !== 0 ? 3 : 2;
  return formatPlain(trimmed(fraction, decimals, lang), lang, unit);
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
