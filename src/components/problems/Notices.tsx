import { pickText, translate } from '../../i18n/strings';
import { listSeparator } from '../../i18n/publisherName';
import { moneyUnit } from '../../model/format';
import { formatParameterValue } from '../../model/formatParameter';
import { modelYears } from '../../model/resolveMoment';
import { useExplorer } from '../../state/context';
import { PARAM_PREFIX, type Notice } from '../../state/sharedState';
import type { Dataset, Lang } from '../../model/types';

/**
 * A notice in the reader's words. A slider's is told by its name and in its unit: "改用 100" read
 * as 100 億美元 (US$10B) where the slider's 100 is US$100B.
 */
export function describeNotice(notice: Notice, lang: Lang, dataset: Dataset): string {
  switch (notice.kind) {
    case 'unknown-scenario':
      return translate(lang, 'notice.unknown-scenario', { value: notice.value });
    case 'unknown-compare':
      return translate(lang, 'notice.unknown-compare', { value: notice.value });
    case 'clamped': {
      const parameter = notice.key.startsWith(PARAM_PREFIX) && dataset.parameters.find((p) => PARAM_PREFIX + p.id === notice.key);
      if (!parameter) return translate(lang, 'notice.clamped', { key: notice.key, value: notice.value, to: notice.to });
      const unit = moneyUnit(dataset.meta);
      const shown = (value: number) => formatParameterValue(parameter, value, lang, unit);
      return translate(lang, 'notice.clampedSlider', {
        name: pickText(parameter.label, lang).text,
        key: notice.key,
        value: notice.value,
        min: shown(parameter.min),
        max: shown(parameter.max),
        to: shown(notice.to),
      });
    }
    case 'unknown-key':
      // A slider's id without its prefix ("nvidia-openai"): say how a link sets it.
      return dataset.parameters.some((p) => p.id === notice.key)
        ? translate(lang, 'notice.unknown-key-slider', { key: notice.key, prefixed: PARAM_PREFIX + notice.key })
        : translate(lang, 'notice.unknown-key', { key: notice.key });
    case 'not-a-number':
      return translate(lang, 'notice.not-a-number', { key: notice.key, value: notice.value });
    case 'bad-value': {
      const years = notice.key === 'year' ? modelYears(dataset.meta) : [];
      return years.length > 0
        ? translate(lang, 'notice.bad-year', { value: notice.value, years: years.join(listSeparator(lang)) })
        : translate(lang, 'notice.bad-value', { key: notice.key, value: notice.value });
    }
  }
}

/** What a link asked for that was clamped or ignored; the reader's view is kept, not replaced. */
export function Notices() {
  const lang = useExplorer((s) => s.lang);
  const notices = useExplorer((s) => s.notices);
  const dismiss = useExplorer((s) => s.dismissNotices);
  const dataset = useExplorer((s) => s.model.dataset);
  if (notices.length === 0) return null;
  return (
    <section className="notices" role="status" aria-live="polite">
      <p className="notices__title">{translate(lang, 'notice.title')}</p>
      <ul>
        {notices.map((notice, i) => (
          <li key={i}>{describeNotice(notice, lang, dataset)}</li>
        ))}
      </ul>
      <button type="button" onClick={dismiss}>
        {translate(lang, 'notice.dismiss')}
      </button>
    </section>
  );
}
