import type { Bilingual, Lang } from '../model/types';
import type { StringKey } from './en';

export type { StringKey };

/**
 * The interface's words per language, each loaded (loadLanguage) before a page shows it, so a
 * reader downloads only the language they read, beside the dataset, and not with the first script.
 */
const dictionaries: Partial<Record<Lang, Record<StringKey, string>>> = {};
const LOADERS: Record<Lang, () => Promise<Record<StringKey, string>>> = {
  en: () => import('./en').then((module) => module.en),
  'zh-TW': () => import('./zhTW').then((module) => module.zhTW),
};

export function isLanguageLoaded(lang: Lang): boolean {
  return dictionaries[lang] !== undefined;
}

/** Makes a language's words available; resolves at once when they already are. */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (isLanguageLoaded(lang)) return;
  dictionaries[lang] = await LOADERS[lang]();
}

/** For tests and tools that read both languages without waiting. */
export function registerLanguage(lang: Lang, words: Record<StringKey, string>): void {
  dictionaries[lang] = words;
}

/** A UI string with {placeholders} filled in. */
export function translate(lang: Lang, key: StringKey, params: Record<string, string | number> = {}): string {
  // A language shown before it loaded would be a bug; the other language's words beat a blank or a
  // crash, and the key beats nothing when no words could be loaded at all.
  const words = dictionaries[lang] ?? dictionaries.en ?? dictionaries['zh-TW'];
  return fillPlaceholders(words?.[key] ?? key, params);
}

/** Text with {placeholders} filled in; unknown ones stay visible. */
export function fillPlaceholders(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/** Dataset text in the reader's language, else the other one, flagged so the UI can mark it. */
export function pickText(text: Bilingual | undefined, lang: Lang): { text: string; fallback: boolean } {
  const other: Lang = lang === 'en' ? 'zh-TW' : 'en';
  const wanted = text?.[lang]?.trim();
  if (wanted) return { text: wanted, fallback: false };
  return { text: text?.[other]?.trim() ?? '', fallback: true };
}
