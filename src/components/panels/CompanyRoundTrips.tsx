import { useId, useMemo } from 'react';
import { nameOf } from '../../i18n/chartText';
import { detailText } from '../../i18n/detailText';
import { parenthesised } from '../../i18n/parenthesised';
import { pickText, translate } from '../../i18n/strings';
import { loopRevenues, type LoopRevenue } from '../../model/figures';
import { formatMoney, formatPercent, type MoneyUnit } from '../../model/format';
import type { Lang } from '../../model/types';
import { money, type Money, type Share } from '../../model/units';
import { useExplorer, useMoneyUnit } from '../../state/context';
import { useFollow, useFollowed, useLoopResult } from '../../state/panelHooks';

const amountAndShare = (amount: Money, part: Share | null, lang: Lang, unit: MoneyUnit) =>
  part === null ? formatMoney(amount, lang, unit) : `${formatMoney(amount, lang, unit)}${parenthesised(formatPercent(part, lang), lang)}`;

/** One row per company a reader can follow: what it books from the loop, and whose money that is. */
export function CompanyRoundTrips() {
  const lang = useExplorer((s) => s.lang);
  const model = useExplorer((s) => s.model);
  const result = useLoopResult();
  const followed = useFollowed();
  const follow = useFollow();
  const unit = useMoneyUnit();
  const rows = useMemo(() => (result.status === 'converged' ? loopRevenues(model, result) : null), [model, result]);
  const captionId = useId();
  if (!rows) return <p>{translate(lang, 'table.none')}</p>;
  const { year } = model.moment;
  const name = (id: string) => nameOf(model, id, lang);
  const annual = (row: LoopRevenue) =>
    // After a comma, not in brackets: the period has brackets of its own ("FY26 (Feb 2025 – Jan 2026)").
    row.annual
      ? `${formatMoney(money(row.annual.amount), lang, unit)}${lang === 'en' ? ', ' : '，'}${pickText(row.annual.period, lang).text}`
      : '—';
  return (
    <>
      {/* Above the table, not its caption: a caption is as wide as its table, and scrolled out of view with it. */}
      <p className="table__caption" id={captionId}>
        {detailText(lang, 'roundTrips.caption', { inYear: year === null ? '' : translate(lang, 'headline.scope.inYear', { year }) })}
      </p>
      <div className="flow-table__scroll">
        <table aria-labelledby={captionId}>
          <thead>
            <tr>
              <th scope="col">{detailText(lang, 'roundTrips.company')}</th>
              <th scope="col">{detailText(lang, 'roundTrips.revenue')}</th>
              <th scope="col">{detailText(lang, 'roundTrips.own')}</th>
              <th scope="col">{detailText(lang, 'roundTrips.customers')}</th>
              <th scope="col">{detailText(lang, 'roundTrips.annual')}</th>
              <th scope="col">{detailText(lang, 'roundTrips.loopShare')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.entity} data-company={row.entity}>
                <th scope="row">
                  <button
                    type="button"
                    className="round-trips__follow"
                    aria-pressed={row.entity === followed}
                    aria-label={detailText(lang, 'roundTrips.follow', { company: name(row.entity) })}
                    onClick={() => follow(row.entity)}
                  >
                    {name(row.entity)}
                  </button>
                </th>
                <td className="number">{formatMoney(row.revenue, lang, unit)}</td>
                <td className="number">{amountAndShare(row.own, row.ownShare, lang, unit)}</td>
                <td className="number">{amountAndShare(row.customers, row.customerShare, lang, unit)}</td>
                <td className="number">{annual(row)}</td>
                <td className="number">{row.annualShare === null ? '—' : formatPercent(row.annualShare, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
