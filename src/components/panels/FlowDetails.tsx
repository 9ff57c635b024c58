import { KIND_LABELS, STATUS_LABELS, pickText, translate } from '../../i18n/strings';
import { formatMoney, formatPercent } from '../../model/format';
import type { Dataset, Lang } from '../../model/types';
import { share, type Money } from '../../model/units';
import { OriginBreakdown } from './OriginBreakdown';
import { SourceLinks } from './SourceLinks';

export interface FlowDetailsProps {
  dataset: Dataset;
  flow: number;
  value: Money;
  byOrigin: ArrayLike<number>;
  /** Total outflow of the flow's source, for "share of the source's outflow". */
  sourceOutflow: Money;
  originNames: string[];
  lang: Lang;
}

export function FlowDetails({ dataset, flow: f, value, byOrigin, sourceOutflow, originNames, lang }: FlowDetailsProps) {
  const flow = dataset.flows[f];
  if (!flow) return null;
  const name = (id: string) => pickText(dataset.entities.find((e) => e.id === id)?.label, lang).text;
  const sources = dataset.meta.sources.filter((s) => flow.provenance.sources?.includes(s.id));
  const note = flow.provenance.note;
  return (
    <div className="details">
      <p className="details__title">
        {name(flow.from)} → {name(flow.to)}
      </p>
      <p className="details__kind">{KIND_LABELS[lang][flow.kind]}</p>
      <dl>
        <dt>{translate(lang, 'tooltip.amount')}</dt>
        <dd>{formatMoney(value, lang)}</dd>
        {sourceOutflow > 0 && (
          <>
            <dt>{translate(lang, 'tooltip.shareOfSource', { source: name(flow.from) })}</dt>
            <dd>{formatPercent(share(value / sourceOutflow), lang)}</dd>
          </>
        )}
        <dt>{translate(lang, 'tooltip.status')}</dt>
        <dd className={`status status--${flow.provenance.status}`}>{STATUS_LABELS[lang][flow.provenance.status]}</dd>
      </dl>
      <p className="details__subtitle">{translate(lang, 'tooltip.byOrigin')}</p>
      <OriginBreakdown parts={byOrigin} originNames={originNames} lang={lang} />
      {note && (
        <p className="details__note" lang="en">
          <span className="sr-only">{translate(lang, 'tooltip.note')}: </span>
          {note}
          {lang !== 'en' && <span className="fallback__tag">{translate(lang, 'note.englishOnly')}</span>}
        </p>
      )}
      {sources.length > 0 && (
        <>
          <p className="details__subtitle">{translate(lang, 'tooltip.sources')}</p>
          <SourceLinks sources={sources} />
        </>
      )}
    </div>
  );
}
