import { useId, useMemo, useState } from 'react';
import { kindLabel } from '../../i18n/datasetLabels';
import { columnLabel } from '../../i18n/columnLabel';
import { translate } from '../../i18n/strings';
import { parenthesised } from '../../i18n/parenthesised';
import { provenanceLabel } from '../../i18n/provenanceText';
import { entityName, originNames } from '../../i18n/chartText';
import { rowWindow } from '../../layout/rowWindow';
import { formatMoney, formatPercent, moneyUnit } from '../../model/format';
import { money, moneyAt, share } from '../../model/units';
import { useExplorer } from '../../state/context';
import { useLoopResult } from '../../state/panelHooks';

/** Tables longer than this build only the rows in view: 10,000 rows of a large dataset froze the page for seconds. */
const WINDOWED_FROM = 200;
/** A windowed row's fixed height, in CSS pixels (its cells are one line each: see tables.css). */
const ROW_PX = 32;
const VIEW_PX = 480;
/** A windowed row names its largest origins; its tooltip lists them all. */
const ORIGINS_SHOWN = 3;

/** The flow table's rows: every flow with its amount, origins and what kind of figure it is. */
export function FlowRows() {
  const lang = useExplorer((s) => s.lang);
  const separator = translate(lang, 'text.semicolon');
  const model = useExplorer((s) => s.model);
  const result = useLoopResult();
  const [scrollTop, setScrollTop] = useState(0);
  const captionId = useId();
  const names = useMemo(() => originNames(model, lang), [model, lang]);
  if (result.status !== 'converged') return <p>{translate(lang, 'table.none')}</p>;
  const { dataset, structure } = model;
  const unit = moneyUnit(dataset.meta);
  const { flowByOrigin } = result;
  const total = dataset.flows.length;
  const windowed = total > WINDOWED_FROM;
  const rows = windowed ? rowWindow(scrollTop, VIEW_PX, ROW_PX, total) : { first: 0, end: total, above: 0, below: 0 };

  const labelOf = (key: 'table.kind' | 'table.amount' | 'table.origins' | 'table.status') => columnLabel(lang, translate(lang, key));
  const moreOrigins = (count: number) => translate(lang, 'table.moreOrigins').replace('{count}', String(count));
  const row = (f: number) => {
    const flow = dataset.flows[f]!;
    const value = moneyAt(result.flowValue, f);
    const parts = names
      .map((name, o) => ({ name, part: money(flowByOrigin.get(f, o)) }))
      .filter((p) => p.part > 1e-9)
      .sort((a, b) => (windowed ? b.part - a.part : 0))
      .map((p) => `${p.name} ${formatMoney(p.part, lang, unit)}${parenthesised(formatPercent(share(p.part / value), lang), lang)}`);
    const shown =
      windowed && parts.length > ORIGINS_SHOWN ? [...parts.slice(0, ORIGINS_SHOWN), moreOrigins(parts.length - ORIGINS_SHOWN)] : parts;
    return (
      <tr key={flow.id} role="row" data-flow={flow.id} aria-rowindex={windowed ? f + 2 : undefined}>
        <th scope="row" role="rowheader">
          {entityName(dataset, structure.flowFrom[f] as number, lang)} → {entityName(dataset, structure.flowTo[f] as number, lang)}
        </th>
        <td role="cell" data-label={labelOf('table.kind')}>
          {kindLabel(dataset.meta, flow.kind, lang)}
        </td>
        <td role="cell" className="number" data-label={labelOf('table.amount')}>
          {formatMoney(value, lang, unit)}
        </td>
        <td role="cell" title={windowed ? parts.join(separator) : undefined} data-label={labelOf('table.origins')}>
          {shown.join(separator)}
        </td>
        <td role="cell" data-label={labelOf('table.status')}>
          {provenanceLabel(flow.provenance, model.moment.date, lang)}
        </td>
      </tr>
    );
  };

  const built: number[] = [];
  for (let f = rows.first; f < rows.end; f++) built.push(f);
  return (
    <>
      {/* Above the table, not its caption: a caption is as wide as its table, and scrolled out of view with it. */}
      <p className="table__caption" id={captionId}>
        {translate(lang, 'table.caption')}
        {windowed && ` ${translate(lang, 'table.windowed').replace('{count}', total.toLocaleString(lang))}`}
      </p>
      <div
        className={`flow-table__scroll${windowed ? ' flow-table__scroll--windowed' : ''}`}
        style={windowed ? { maxHeight: VIEW_PX } : undefined}
        onScroll={windowed ? (event) => setScrollTop(event.currentTarget.scrollTop) : undefined}
        tabIndex={windowed ? 0 : undefined}
        role={windowed ? 'region' : undefined}
        aria-labelledby={windowed ? captionId : undefined}
      >
        {/* A windowed table tells assistive technology how many rows there are and which ones are built. */}
        <table role="table" aria-rowcount={windowed ? total + 1 : undefined} aria-labelledby={captionId}>
          <thead role="rowgroup">
            <tr role="row" aria-rowindex={windowed ? 1 : undefined}>
              {(['table.flow', 'table.kind', 'table.amount', 'table.origins', 'table.status'] as const).map((key) => (
                <th key={key} scope="col" role="columnheader">
                  {translate(lang, key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody role="rowgroup">
            {rows.above > 0 && <tr aria-hidden="true" className="flow-table__spacer" style={{ height: rows.above }} />}
            {built.map(row)}
            {rows.below > 0 && <tr aria-hidden="true" className="flow-table__spacer" style={{ height: rows.below }} />}
          </tbody>
        </table>
      </div>
    </>
  );
}
