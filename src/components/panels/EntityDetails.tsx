import { parenthesised } from '../../i18n/parenthesised';
import { chartAmount } from '../../i18n/chartText';
import { translate } from '../../i18n/strings';
import { LocalText } from '../shared/LocalText';
import { formatMoney, formatPercent, moneyUnit } from '../../model/format';
import type { RoundTrip } from '../../model/figures';
import type { Dataset, Lang } from '../../model/types';
import { share, type Money } from '../../model/units';
import { OriginBreakdown } from './OriginBreakdown';

export interface EntityDetailsProps {
  dataset: Dataset;
  entity: number;
  value: Money;
  byOrigin: ArrayLike<number>;
  roundTrip: RoundTrip | undefined;
  /** Rounds added up when the loop has no totals (see Chart.partialRounds), else null. */
  partialRounds?: number | null;
  originNames: string[];
  lang: Lang;
  /** While a scenario is compared: its name, this entity's money in there (0 when it has none), and the rounds summed when that scenario's loop has no totals. */
  compared?: { scenario: string; value: Money; partialRounds: number | null } | undefined;
}

export function EntityDetails({
  dataset,
  entity: e,
  value,
  byOrigin,
  roundTrip,
  partialRounds = null,
  originNames,
  lang,
  compared,
}: EntityDetailsProps) {
  const entity = dataset.entities[e];
  if (!entity) return null;
  const unit = moneyUnit(dataset.meta);

  return (
    <div className="details">
      <p className="details__title">
        <LocalText text={entity.label} lang={lang} />
      </p>
      {entity.description && (
        <p className="details__note">
          <LocalText text={entity.description} lang={lang} />
        </p>
      )}
      <dl>
        <dt>{translate(lang, 'tooltip.inflow')}</dt>
        <dd>{chartAmount(value, lang, unit, partialRounds)}</dd>
        {roundTrip && roundTrip.own > 0 && (
          <>
            <dt>{translate(lang, 'tooltip.own')}</dt>
            <dd>
              {formatMoney(roundTrip.own, lang, unit)}
              {parenthesised(formatPercent(roundTrip.share ?? share(0), lang), lang)}
            </dd>
            <dt>{translate(lang, 'net.caption')}</dt>
            <dd>{formatMoney(roundTrip.net, lang, unit)}</dd>
          </>
        )}
        {compared && (
          // The dashed outline's figure: the outline alone gives no number, and none for a box
          // whose compared size is too small to draw.
          <>
            <dt>{translate(lang, 'tooltip.compared', { scenario: compared.scenario })}</dt>
            <dd data-compared>
              {compared.value > 0
                ? chartAmount(compared.value, lang, unit, compared.partialRounds)
                : translate(lang, 'tooltip.comparedNone')}
            </dd>
          </>
        )}
      </dl>
      <p className="details__subtitle">{translate(lang, 'tooltip.byOrigin')}</p>
      <OriginBreakdown parts={byOrigin} originNames={originNames} lang={lang} unit={unit} />
    </div>
  );
}
