import { kindLabel, translate } from '../../i18n/strings';
import { provenanceLabel } from '../../i18n/provenanceText';
import { entityName, originNames } from '../../i18n/chartText';
import { formatMoney, formatPercent, moneyUnit } from '../../model/format';
import { OriginMatrix } from '../../model/originMatrix';
import { money, moneyAt, share } from '../../model/units';
import { useExplorer, useLoopResult } from '../../state/context';

/** The flow table's rows: every flow with its amount, origins and what kind of figure it is. */
export function FlowRows() {
  const lang = useExplorer((s) => s.lang);
  const model = useExplorer((s) => s.model);
  const result = useLoopResult();
  if (result.status !== 'converged') return <p>{translate(lang, 'table.none')}</p>;
  const { dataset, structure } = model;
  const unit = moneyUnit(dataset.meta);
  const names = originNames(dataset, structure.origins, lang);
  const flowByOrigin = new OriginMatrix(result.flowByOrigin, structure.origins.length);
  return (
    <div className="flow-table__scroll">
      <table>
        <caption>{translate(lang, 'table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{translate(lang, 'table.flow')}</th>
            <th scope="col">{translate(lang, 'table.kind')}</th>
            <th scope="col">{translate(lang, 'table.amount')}</th>
            <th scope="col">{translate(lang, 'table.origins')}</th>
            <th scope="col">{translate(lang, 'table.status')}</th>
          </tr>
        </thead>
        <tbody>
          {dataset.flows.map((flow, f) => {
            const value = moneyAt(result.flowValue, f);
            const parts = names
              .map((name, o) => ({ name, part: money(flowByOrigin.get(f, o)) }))
              .filter((p) => p.part > 1e-9)
              .map((p) => `${p.name} ${formatMoney(p.part, lang, unit)} (${formatPercent(share(p.part / value), lang)})`)
              .join('; ');
            return (
              <tr key={flow.id} data-flow={flow.id}>
                <th scope="row">
                  {entityName(dataset, structure.flowFrom[f] as number, lang)} → {entityName(dataset, structure.flowTo[f] as number, lang)}
                </th>
                <td>{kindLabel(dataset.meta, flow.kind, lang)}</td>
                <td className="number">{formatMoney(value, lang, unit)}</td>
                <td>{parts}</td>
                <td>{provenanceLabel(flow.provenance, model.moment.date, lang)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
