import { pickText, translate } from '../../i18n/strings';
import type { Bilingual, Lang } from '../../model/types';

/**
 * Dataset text in the reader's language. When only the other language exists it is shown,
 * marked with its language (for screen readers and fonts) and a visible tag, never replaced by an id.
 */
export function LocalText({ text, lang }: { text: Bilingual | undefined; lang: Lang }) {
  const picked = pickText(text, lang);
  if (!picked.fallback) return <>{picked.text}</>;
  const other: Lang = lang === 'en' ? 'zh-TW' : 'en';
  return (
    <span lang={other} className="fallback" title={translate(lang, 'fallback.missing')}>
      {picked.text}
      <span className="fallback__tag" aria-hidden="true">
        {other === 'en' ? 'EN' : '中'}
      </span>
    </span>
  );
}
