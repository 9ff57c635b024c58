import { useCallback, useEffect, useMemo, useState } from 'react';
import { describeShocks, stressEntityName, stressHeadline, stressWords } from '../../i18n/stressText';
import { formatMoney, moneyUnit } from '../../model/format';
import { hasShocks } from '../../model/shocks';
import { stressRunner } from '../../model/stress';
import { money } from '../../model/units';
import { useExplorer } from '../../state/context';
import { CascadePlayer } from './CascadePlayer';
import { StressControls } from './StressControls';

/**
 * Runs the stress test for the state shown and hands its outcome to the chart; while open, the
 * shocks to pull, the headline, the cascade round by round and the table of who cannot pay whom.
 */
export function StressPanel({ open }: { open: boolean }) {
  const lang = useExplorer((s) => s.lang);
  const model = useExplorer((s) => s.model);
  const values = useExplorer((s) => s.values);
  const shocks = useExplorer((s) => s.shocks);
  const alpha = useExplorer((s) => s.alpha);
  const beta = useExplorer((s) => s.beta);
  const setStressed = useExplorer((s) => s.setStressed);
  const setStressRun = useExplorer((s) => s.setStressRun);
  const active = hasShocks(shocks) || alpha !== 1 || beta !== 1;
  // The chart runs it too, on the values it draws (see deriveChart): one run per slider step, shared.
  const run = useMemo(() => (active ? stressRunner(shocks, { alpha, beta }) : null), [active, shocks, alpha, beta]);
  const outcome = useMemo(() => run?.(model, values) ?? null, [run, model, values]);
  useEffect(() => setStressRun(run), [run, setStressRun]);
  // The step buttons choose how far into the cascade the chart marks defaults (null: every round). A
  // round picked for one outcome means nothing for the next, however the shocks or sliders changed
  // (here, from a link or from a host message): every round shows again.
  const [picked, setPicked] = useState<{ outcome: typeof outcome; round: number } | null>(null);
  const step = picked && picked.outcome === outcome ? picked.round : null;
  const setStep = useCallback((round: number | null) => setPicked(round === null ? null : { outcome, round }), [outcome]);
  // Other shocks pulled: every round shows again (stable, so the controls need not render again with each outcome).
  const showEveryRound = useCallback(() => setPicked(null), []);
  useEffect(() => {
    setStressed(outcome && outcome.status === 'converged' ? { model, values, outcome, ...(step === null ? {} : { shown: step }) } : null);
  }, [outcome, model, values, step, setStressed]);
  useEffect(
    () => () => {
      setStressed(null);
      setStressRun(null);
    },
    [setStressed, setStressRun],
  );
  if (!open) return null;

  const w = stressWords(lang);
  const { dataset } = model;
  const entityName = (id: string) => stressEntityName(dataset, id, lang);
  const result = outcome?.status === 'converged' ? outcome : null;
  const rounds = result?.clearing.rounds ?? 0;
  const shown = step === null ? rounds : Math.min(step, rounds);
  const unit = moneyUnit(dataset.meta);
  const amount = (x: number) => formatMoney(money(x), lang, unit);

  return (
    <div className="stress__panel">
      <p>{w.intro}</p>
      <StressControls lang={lang} dataset={dataset} shocks={shocks} alpha={alpha} beta={beta} onShocksChanged={showEveryRound} />
      {result && (
        <>
          <p className="stress__headline" role="status">
            {stressHeadline(dataset, result, model.moment.year, lang, describeShocks(dataset, shocks, { alpha, beta }, lang))}{' '}
            <small>{w.estimate}</small>
          </p>
          {rounds > 0 && (
            <p className="stress__steps">
              <span aria-live="polite">
                {w.step} {shown} / {rounds}
              </span>{' '}
              <button type="button" disabled={shown <= 1} onClick={() => setStep(Math.max(1, shown - 1))}>
                {w.previous}
              </button>{' '}
              <button type="button" disabled={shown >= rounds} onClick={() => setStep(Math.min(rounds, shown + 1))}>
                {w.next}
              </button>{' '}
              <CascadePlayer result={result} shown={shown} show={setStep} words={w} />
            </p>
          )}
          {/* Seven columns are wider than a side panel: the table scrolls sideways, not the page. */}
          <div className="stress__scroll" role="region" aria-label={w.table} tabIndex={0}>
            <table className="stress__table">
              <caption>{w.table}</caption>
              <thead>
                <tr>
                  <th scope="col">{w.entity}</th>
                  <th scope="col">{w.owes}</th>
                  <th scope="col">{w.pays}</th>
                  <th scope="col">{w.short}</th>
                  <th scope="col">{w.round}</th>
                  <th scope="col">{w.creditorLoss}</th>
                  <th scope="col">{w.revenueLoss}</th>
                </tr>
              </thead>
              <tbody>
                {dataset.entities.map((entity, i) => {
                  const due = result.due[i]!;
                  const round = result.clearing.round[i]!;
                  const loss = result.creditorLoss[i]!;
                  const revenue = result.revenueLoss[i]!;
                  if (due === 0 && loss < 1e-9 && Math.abs(revenue) < 1e-9) return null;
                  const defaulted = round > 0 && round <= shown;
                  return (
                    <tr key={entity.id} className={defaulted ? 'stress__defaulted' : undefined} data-round={round || undefined}>
                      <th scope="row">{entityName(entity.id)}</th>
                      <td>{amount(due)}</td>
                      <td>{amount(result.clearing.paid[i]!)}</td>
                      <td>{amount(result.clearing.shortfall[i]!)}</td>
                      <td>{defaulted ? round : w.paysInFull}</td>
                      <td>{amount(loss)}</td>
                      <td>{amount(revenue)}</td>
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
                    {entityName(l.investor)} → {entityName(l.entity)}: {amount(l.loss)} / {amount(l.stake)}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className="hint">{w.equityRule}</p>
        </>
      )}
    </div>
  );
}
