import type { Lang } from '../model/types';

/** `?lang=` when it names a language we have, else the browser's preference, else English. */
export function initialLang(search: string, browserLanguages: readonly string[]): Lang {
  const asked = new URLSearchParams(search).get('lang');
  if (asked === 'en' || asked === 'zh-TW') return asked;
  for (const language of browserLanguages) {
    const lower = language.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-TW';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}
