import { memo, useCallback, useId, useMemo } from 'react';
import { describeShocks, stressEntityName, stressHeadline, stressWords } from '../../i18n/stressText';
import { fillPlaceholders } from '../../i18n/strings';
import { formatMoney, moneyUnit } from '../../model/format';
import type { CompiledModel } from '../../model/engine';
import { stressRunner, type StressResult } from '../../model/stress';
import type { Lang, ParamValues, Shocks } from '../../model/types';
import { money } from '../../model/units';
import { useLaidOutNow } from '../shared/useLaidOutNow';
import { CascadePlayer } from './CascadePlayer';

/** The table's columns, as the stress words name them (stable keys, whatever the language). */
const COLUMNS = ['entity', 'owes', 'pays', 'short', 'round', 'creditorLoss', 'revenueLoss'] as const;

/** One outcome of the stress test as the report shows it, with what it was run with. */
interface StressShown {
  lang: Lang;
  model: CompiledModel;
  values: ParamValues;
  result: StressResult;
  shocks: Shocks;
  alpha: number;
  beta: number;
}

interface Props {
  shown: StressShown;
  /** The round the chart marks defaults up to (null: every round). */
  step: number | null;
  /** Sets the round the chart marks defaults up to for an outcome, as the step buttons and Play do. */
  pick: (result: StressResult, round: number) => void;
}

/**
 * The stress test's headline, its cascade round by round and the table of who cannot pay whom. The
 * panel may show it a render behind the chart (see StressPanel): memo keeps a render of the panel
 * for the chart's sake from rendering it again.
 */
export const StressReport = memo(function StressReport({ shown, step, pick }: Props) {
  const { lang, model, values, result, shocks, alpha, beta } = shown;
  // The same clearing without shocks: the headline says apart what defaults without any (contracts can
  // exceed a company's year) rather than blame it on the shocks. Run here, in the report's deferred
  // render, not in a slider step's.
  const unshocked = useMemo(() => stressRunner({}, { alpha, beta }), [alpha, beta]);
  const baseline = useMemo(() => {
    const run = unshocked(model, values);
    return run.status === 'converged' ? run : null;
  }, [unshocked, model, values]);
  const setStep = useCallback((round: number) => pick(result, round), [pick, result]);
  // Its dozens of changed cells are laid out in the deferred render's own task, not the next step's frame.
  const region = useLaidOutNow<HTMLDivElement>([shown, step]);
  const captionId = useId();
  const w = stressWords(lang);
  const { dataset } = model;
  const entityName = (id: string) => stressEntityName(dataset, id, lang);
  const shortName = (id: string) => stressEntityName(dataset, id, lang, true);
  const rounds = result.clearing.rounds;
  const upTo = step === null ? rounds : Math.min(step, rounds);
  const unit = moneyUnit(dataset.meta);
  const amount = (x: number) => formatMoney(money(x), lang, unit);
  return (
    <>
      <p className="stress__headline" role="status">
        {stressHeadline(
          dataset,
          result,
          model.moment.year,
          lang,
          // The shocks alone after "If"; the default costs, which apply without shocks too, with the defaults that happen without any.
          describeShocks(dataset, shocks, { alpha: 1, beta: 1 }, lang),
          baseline,
          alpha !== 1 || beta !== 1 ? fillPlaceholders(w.costsNamed, { alpha, beta }) : '',
        )}
        {/* A space between sentences in English; none after 「。」 in Chinese. */}
        {lang === 'en' ? ' ' : ''}
        <small>{w.estimate}</small>
      </p>
      {rounds > 0 && (
        <p className="stress__steps">
          <span aria-live="polite">
            {w.step} {upTo} / {rounds}
          </span>{' '}
          <button type="button" disabled={upTo <= 1} onClick={() => setStep(Math.max(1, upTo - 1))}>
            {w.previous}
          </button>{' '}
          <button type="button" disabled={upTo >= rounds} onClick={() => setStep(Math.min(rounds, upTo + 1))}>
            {w.next}
          </button>{' '}
          <CascadePlayer result={result} shown={upTo} show={setStep} words={w} />
        </p>
      )}
      {/* Seven columns are wider than a side panel or a phone: there each row is laid out on two lines
          (stress.css), the roles said outright as the table's display changes; the introduction
          is above the table, not its caption. */}
      <p className="table__caption" id={captionId}>
        {w.table}
      </p>
      <div ref={region} className="stress__scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="stress__table" aria-labelledby={captionId} role="table">
          <thead role="rowgroup">
            <tr role="row">
              {COLUMNS.map((column) => (
                <th key={column} scope="col" role="columnheader">
                  {w[column]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody role="rowgroup">
            {dataset.entities.map((entity, i) => {
              const due = result.due[i]!;
              const round = result.clearing.round[i]!;
              const loss = result.creditorLoss[i]!;
              const revenue = result.revenueLoss[i]!;
              if (due === 0 && loss < 1e-9 && Math.abs(revenue) < 1e-9) return null;
              const defaulted = round > 0 && round <= upTo;
              const cells: [(typeof COLUMNS)[number], string | number][] = [
                ['owes', amount(due)],
                ['pays', amount(result.clearing.paid[i]!)],
                ['short', amount(result.clearing.shortfall[i]!)],
                ['round', defaulted ? round : w.paysInFull],
                ['creditorLoss', amount(loss)],
                ['revenueLoss', amount(revenue)],
              ];
              return (
                <tr key={entity.id} className={defaulted ? 'stress__defaulted' : undefined} data-round={round || undefined} role="row">
                  <th scope="row" role="rowheader">
                    {shortName(entity.id)}
                  </th>
                  {cells.map(([column, value]) => (
                    <td key={column} role="cell">
                      {value}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {result.equityLosses.length > 0 && (
        <>
          <p>{w.equityLosses}</p>
          <ul>
            {result.equityLosses.map((l) => (
              <li key={`${l.investor}-${l.entity}`}>
                {fillPlaceholders(w.writtenDown, {
                  pair: `${entityName(l.investor)} → ${entityName(l.entity)}`,
                  loss: amount(l.loss),
                  stake: amount(l.stake),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="hint">{w.equityRule}</p>
    </>
  );
});
