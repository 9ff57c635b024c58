import type { Lang, Source } from '../model/types';
import { pickText } from './strings';

/**
 * A source's publisher as the reader's language writes it: the name as published, and what the
 * copy is (a summary, a republished text, a filing) in the reader's words when the dataset gives both.
 */
export function publisherName(source: Pick<Source, 'publisher'>, lang: Lang): string {
  return typeof source.publisher === 'string' ? source.publisher : pickText(source.publisher, lang).text;
}

/** What separates names in a list: ", " in English, the enumeration comma 、 in Chinese. */
export const listSeparator = (lang: Lang) => (lang === 'zh-TW' ? '、' : ', ');

/** Publishers listed in the language's list punctuation ("A, B", "A、B"). */
export const publisherList = (names: readonly string[], lang: Lang) => names.join(listSeparator(lang));
