import { isBuiltInKind } from '../model/kinds';
import type { Basis, Bilingual, FlowKind, Lang, Meta } from '../model/types';
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

/** What kind of number a figure is, as its label says it: only a figure a source reported is "Reported". */
export const BASIS_LABELS: Record<Lang, Record<Basis, string>> = {
  en: { reported: 'Reported', estimate: 'Our estimate', assumption: 'Assumption' },
  'zh-TW': { reported: '報導數字', estimate: '本站估算', assumption: '假設' },
};

export const KIND_LABELS: Record<Lang, Record<FlowKind, string>> = {
  en: {
    'equity-investment': 'equity investment',
    debt: 'loans and bonds',
    'compute-spend': 'compute spend',
    'gpu-purchase': 'GPU purchase',
    reinvestment: 'reinvestment',
    'customer-revenue': 'customer revenue',
    leakage: 'leaves the loop',
  },
  'zh-TW': {
    'equity-investment': '股權投資',
    debt: '貸款與債券',
    'compute-spend': '運算支出',
    'gpu-purchase': '採購 GPU',
    reinvestment: '再投資',
    'customer-revenue': '客戶營收',
    leakage: '流出循環',
  },
};

/** A flow kind's label: the dataset's own when it declares one, else the built-in label, else the id. */
export function kindLabel(meta: Meta, kind: string, lang: Lang): string {
  const declared = meta.kinds?.find((k) => k.id === kind);
  if (declared) return pickText(declared.label, lang).text;
  return isBuiltInKind(kind) ? KIND_LABELS[lang][kind] : kind;
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
