import type { Lang } from './types';

const MINUS = '−';

// Building an Intl.NumberFormat costs far more than using one; a slider drag formats dozens per frame.
const formatters = new Map<string, Intl.NumberFormat>();

function trimmed(value: number, maxDecimals: number, lang: Lang): string {
  const key = `${lang}:${maxDecimals}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(lang === 'zh-TW' ? 'zh-TW' : 'en-US', { maximumFractionDigits: maxDecimals, minimumFractionDigits: 0 });
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}

/**
 * An amount in billions of US dollars as a reader writes it: "US$12.3B", "US$1.4T", "US$500M" in
 * English; "123 億美元", "1.4 兆美元", "5,000 萬美元" in Traditional Chinese (億 = 100 million, 兆 = 1 trillion).
 */
export function formatMoney(billions: number, lang: Lang): string {
  if (!Number.isFinite(billions)) return lang === 'zh-TW' ? '無上限' : 'unbounded';
  const sign = billions < 0 ? MINUS : '';
  const x = Math.abs(billions);
  return sign + (lang === 'zh-TW' ? formatChinese(x) : formatEnglish(x));
}

function formatEnglish(x: number): string {
  if (x === 0) return 'US$0';
  if (x >= 1000) return `US$${trimmed(x / 1000, x >= 10000 ? 1 : 2, 'en')}T`;
  if (x >= 1) return `US$${trimmed(x, x >= 100 ? 0 : 1, 'en')}B`;
  const millions = x * 1000;
  return `US$${trimmed(millions, millions >= 10 ? 0 : 1, 'en')}M`;
}

function formatChinese(x: number): string {
  if (x === 0) return '0 美元';
  if (x >= 1000) return `${trimmed(x / 1000, x >= 10000 ? 1 : 2, 'zh-TW')} 兆美元`;
  const yi = x * 10; // 1 億 = US$0.1B
  if (yi >= 1) return `${trimmed(yi, yi >= 100 ? 0 : 1, 'zh-TW')} 億美元`;
  const wan = x * 1e5; // 1 萬 = US$10,000
  return `${trimmed(wan, 0, 'zh-TW')} 萬美元`;
}

/** A fraction 0..1 as a percentage: 0.234 → "23%" (one decimal below 10%). */
export function formatPercent(fraction: number, lang: Lang): string {
  if (!Number.isFinite(fraction)) return '—';
  const percent = fraction * 100;
  const decimals = Math.abs(percent) < 10 && percent !== 0 ? 1 : 0;
  return `${trimmed(percent, decimals, lang)}%`;
}

/** A ratio such as revenue per dollar: 1.83 → "1.83". */
export function formatRatio(ratio: number, lang: Lang): string {
  if (!Number.isFinite(ratio)) return '—';
  return trimmed(ratio, 2, lang);
}
