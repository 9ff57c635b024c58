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
  const date = useExplorer((s) => s.model.moment.date);
  return (
    <footer className="sources">
      <p>
        {translate(lang, 'footer.asOf', { date: formatDate(meta.asOf, lang), unit: unitLabel(meta, lang) })}
        {/* A scenario's date: the figures are the dataset's, the deals' statuses that day's. */}
        {date !== meta.asOf && translate(lang, 'footer.dealsOn', { date: formatDate(date, lang) })}
      </p>
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
