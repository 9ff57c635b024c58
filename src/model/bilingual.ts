// The page's two languages, and text given in both: the lowest piece of the dataset format, which
// types.ts and storyTypes.ts both build on.

export type Lang = 'en' | 'zh-TW';

/** Text in both languages; a missing one falls back to the other (visibly, in the UI). */
export interface Bilingual {
  en?: string;
  'zh-TW'?: string;
}
