import { useId, useMemo } from 'react';
import { nameOf } from '../../i18n/chartText';
import { columnLabel } from '../../i18n/columnLabel';
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

/** The table's columns after the company's. */
const COLUMNS = ['roundTrips.revenue', 'roundTrips.own', 'roundTrips.customers', 'roundTrips.annual', 'roundTrips.loopShare'] as const;

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
  // Each cell's column name, shown before it where a narrow column stacks a row's cells (tables.css).
  const labels = COLUMNS.map((key) => columnLabel(lang, detailText(lang, key)));
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
        <table role="table" aria-labelledby={captionId}>
          <thead role="rowgroup">
            <tr role="row">
              {(['roundTrips.company', ...COLUMNS] as const).map((key) => (
                <th key={key} scope="col" role="columnheader">
                  {detailText(lang, key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody role="rowgroup">
            {rows.map((row) => (
              <tr key={row.entity} role="row" data-company={row.entity}>
                <th scope="row" role="rowheader">
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
                {[
                  formatMoney(row.revenue, lang, unit),
                  amountAndShare(row.own, row.ownShare, lang, unit),
                  amountAndShare(row.customers, row.customerShare, lang, unit),
                  annual(row),
                  row.annualShare === null ? '—' : formatPercent(row.annualShare, lang),
                ].map((text, c) => (
                  <td key={COLUMNS[c]} role="cell" className="number" data-label={labels[c]}>
                    {text}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
