import type { Lang, Source } from '../../model/types';
import { parenthesised } from '../../i18n/parenthesised';
import { publisherName } from '../../i18n/publisherName';
import { pickText } from '../../i18n/strings';

/** Only http(s) addresses become links; anything else is shown as plain text. */
export function safeHref(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export function SourceLinks({ sources, lang }: { sources: Source[]; lang: Lang }) {
  return (
    <ul className="source-links">
      {sources.map((source) => {
        const href = safeHref(source.url);
        // Chinese punctuation in Chinese: 「Reuters（經 Mint 轉載），2026-01-30：…」. The note, in the
        // reader's language, after the source's own title.
        const note = source.note ? parenthesised(pickText(source.note, lang).text, lang) : '';
        const text =
          lang === 'zh-TW'
            ? `${publisherName(source, lang)}，${source.date}：${source.title}${note}`
            : `${publisherName(source, lang)}, ${source.date}: ${source.title}${note}`;
        return (
          <li key={source.id}>
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {text}
              </a>
            ) : (
              text
            )}
          </li>
        );
      })}
    </ul>
  );
}
