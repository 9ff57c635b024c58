import { parenthesised } from '../../i18n/parenthesised';
import { translate } from '../../i18n/strings';
import { unitLabel } from '../../i18n/unitLabel';
import { LocalText } from '../shared/LocalText';
import { useExplorer } from '../../state/context';
import { SourceLinks } from './SourceLinks';
import { formatDate } from '../../model/format';

/** Where the numbers come from, the as-of date and the convention that makes deals comparable. */
export function SourcesFooter() {
  const lang = useExplorer((s) => s.lang);
  const meta = useExplorer((s) => s.model.dataset.meta);
  return (
    <footer className="sources">
      <p>{translate(lang, 'footer.asOf', { date: formatDate(meta.asOf, lang), unit: unitLabel(meta, lang) })}</p>
      <details>
        <summary>{translate(lang, 'footer.convention')}</summary>
        <p>
          <LocalText text={meta.convention} lang={lang} />
        </p>
      </details>
      <details>
        <summary>
          {translate(lang, 'footer.sources')}
          {parenthesised(String(meta.sources.length), lang)}
        </summary>
        <SourceLinks sources={meta.sources} lang={lang} />
      </details>
    </footer>
  );
}
