import type { Lang } from '../model/types';

/** A text put in brackets after another: " (14%)" in English, "（14%）" in Chinese (full width, no space). */
export function parenthesised(text: string, lang: Lang): string {
  return lang === 'zh-TW' ? `（${text}）` : ` (${text})`;
}
