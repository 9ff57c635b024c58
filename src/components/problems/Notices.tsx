import { translate } from '../../i18n/strings';
import { useExplorer } from '../../state/context';
import type { Notice } from '../../state/sharedState';
import type { Lang } from '../../model/types';

export function describeNotice(notice: Notice, lang: Lang): string {
  switch (notice.kind) {
    case 'unknown-scenario':
      return translate(lang, 'notice.unknown-scenario', { value: notice.value });
    case 'unknown-compare':
      return translate(lang, 'notice.unknown-compare', { value: notice.value });
    case 'clamped':
      return translate(lang, 'notice.clamped', { key: notice.key, value: notice.value, to: notice.to });
    case 'unknown-key':
      return translate(lang, 'notice.unknown-key', { key: notice.key });
    case 'not-a-number':
      return translate(lang, 'notice.not-a-number', { key: notice.key, value: notice.value });
    case 'bad-value':
      return translate(lang, 'notice.bad-value', { key: notice.key, value: notice.value });
  }
}

/** What a link asked for that was clamped or ignored; the reader's view is kept, not replaced. */
export function Notices() {
  const lang = useExplorer((s) => s.lang);
  const notices = useExplorer((s) => s.notices);
  const dismiss = useExplorer((s) => s.dismissNotices);
  if (notices.length === 0) return null;
  return (
    <section className="notices" role="status" aria-live="polite">
      <p className="notices__title">{translate(lang, 'notice.title')}</p>
      <ul>
        {notices.map((notice, i) => (
          <li key={i}>{describeNotice(notice, lang)}</li>
        ))}
      </ul>
      <button type="button" onClick={dismiss}>
        {translate(lang, 'notice.dismiss')}
      </button>
    </section>
  );
}
