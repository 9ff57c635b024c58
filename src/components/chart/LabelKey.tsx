import { translate } from '../../i18n/strings';
import type { LabelPlacement } from '../../layout/labels';
import type { Lang } from '../../model/types';

/** The boxes the chart names by a number, with their full names and amounts, in the numbers' order. */
export function LabelKey({ labels, lang }: { labels: LabelPlacement[]; lang: Lang }) {
  const numbered = labels.filter((l) => l.tag).sort((a, b) => a.tag!.number - b.tag!.number);
  if (numbered.length === 0) return null;
  return (
    <div className="label-key">
      <p className="label-key__title" id="label-key-title">
        {translate(lang, 'labels.keyTitle')}
      </p>
      <ol className="label-key__items" aria-labelledby="label-key-title">
        {numbered.map((label) => (
          <li key={label.key} value={label.tag!.number} data-key={label.key}>
            <span className="label-key__number" aria-hidden="true">
              {label.tag!.number}
            </span>
            <span className="label-key__name">{label.name.join(' ')}</span>{' '}
            {/* Each part whole ("gross … · net …" may break at its dot). */}
            {label.amount.map((part, i) => (
              <span key={i}>
                {i > 0 && ' · '}
                <span className="label-key__amount">{part}</span>
              </span>
            ))}
          </li>
        ))}
      </ol>
    </div>
  );
}
