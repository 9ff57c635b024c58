import { chartAmount } from '../../i18n/chartText';
import { kindLabel } from '../../i18n/datasetLabels';
import { spaceLatin } from '../../i18n/spaceLatin';
import { amountUnit } from '../../i18n/unitLabel';
import { pickText, translate } from '../../i18n/strings';
import { ProvenanceDetails } from './ProvenanceDetails';
import { formatPercent, moneyUnit } from '../../model/format';
import { isAmountFlow, type Dataset, type Lang } from '../../model/types';
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
  /** The date the chart shows: the deal's status is the one on that day. */
  date: string;
  /** Rounds added up when the loop has no totals (see Chart.partialRounds), else null. */
  partialRounds?: number | null;
  lang: Lang;
}

/** The unit of a formula's amounts (the dataset's own), said where the page writes amounts in another. */
function formulaUnit(meta: Dataset['meta'], lang: Lang): string | undefined {
  const { label, per } = amountUnit(meta, lang);
  if (lang === 'zh-TW') return per === 1 ? undefined : spaceLatin(translate(lang, 'tooltip.formulaUnit', { unit: `${per} ${label}` }));
  return translate(lang, 'tooltip.formulaUnit', { unit: label });
}

export function FlowDetails({
  dataset,
  flow: f,
  value,
  byOrigin,
  sourceOutflow,
  originNames,
  date,
  partialRounds = null,
  lang,
}: FlowDetailsProps) {
  const flow = dataset.flows[f];
  if (!flow) return null;
  const unit = moneyUnit(dataset.meta);
  const name = (id: string) => pickText(dataset.entities.find((e) => e.id === id)?.label, lang).text;
  const sources = dataset.meta.sources.filter((s) => flow.provenance.sources?.includes(s.id));
  return (
    <div className="details">
      <p className="details__title">
        {name(flow.from)} → {name(flow.to)}
      </p>
      <p className="details__kind">{kindLabel(dataset.meta, flow.kind, lang)}</p>
      <dl>
        <dt>{translate(lang, 'tooltip.amount')}</dt>
        <dd>{chartAmount(value, lang, unit, partialRounds)}</dd>
        {sourceOutflow > 0 && (
          <>
            {/* 「占 OpenAI 流出資金的比重」, spaced where Chinese meets a Latin name (「占輝達流出…」 stays as is; English has no Chinese to space). */}
            <dt>{spaceLatin(translate(lang, 'tooltip.shareOfSource', { source: name(flow.from) }))}</dt>
            <dd>{formatPercent(share(value / sourceOutflow), lang)}</dd>
          </>
        )}
      </dl>
      <p className="details__subtitle">{translate(lang, 'tooltip.byOrigin')}</p>
      <OriginBreakdown parts={byOrigin} originNames={originNames} lang={lang} unit={unit} />
      <ProvenanceDetails
        provenance={flow.provenance}
        date={date}
        lang={lang}
        resultIs={isAmountFlow(flow) ? undefined : spaceLatin(translate(lang, 'tooltip.formulaShare', { source: name(flow.from) }))}
        unitNote={formulaUnit(dataset.meta, lang)}
      />
      {sources.length > 0 && (
        <>
          <p className="details__subtitle">{translate(lang, 'tooltip.sources')}</p>
          <SourceLinks sources={sources} lang={lang} />
        </>
      )}
    </div>
  );
}
