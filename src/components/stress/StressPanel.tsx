import { useCallback, useEffect, useMemo, useState } from 'react';
import { describeShocks, stressHeadline, stressWords } from '../../i18n/stressText';
import { pickText } from '../../i18n/strings';
import { formatMoney, formatPercent, moneyUnit } from '../../model/format';
import { hasShocks } from '../../model/shocks';
import { stressRunner } from '../../model/stress';
import type { Shocks } from '../../model/types';
import { money, share } from '../../model/units';
import { useExplorer } from '../../state/context';
import { CascadePlayer } from './CascadePlayer';
import { EntityChoice } from './EntityChoice';
import { ShockRange } from './ShockRange';

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
  const setShocks = useExplorer((s) => s.setShocks);
  const setDefaultCosts = useExplorer((s) => s.setDefaultCosts);
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
  const entityName = (id: string) => {
    const entity = dataset.entities.find((e) => e.id === id);
    return entity ? pickText(entity.short ?? entity.label, lang).text : id;
  };
  // A shock set to nothing (0, unticked, none chosen) is left out, so a link carries only the shocks pulled.
  const change = (patch: { [K in keyof Shocks]?: Shocks[K] | undefined }) => {
    const next: Record<string, unknown> = { ...shocks, ...patch };
    for (const key of Object.keys(next)) if (next[key] === undefined || next[key] === 0 || next[key] === false) delete next[key];
    setShocks(next as Shocks);
    setStep(null);
  };
  const named = (entities: { id: string }[]) => entities.map((e) => ({ id: e.id, name: entityName(e.id) }));
  const lenders = dataset.entities.filter((e) => dataset.flows.some((f) => f.from === e.id && f.kind === 'debt'));
  const result = outcome?.status === 'converged' ? outcome : null;
  const rounds = result?.clearing.rounds ?? 0;
  const shown = step === null ? rounds : Math.min(step, rounds);
  const percent = (x: number) => formatPercent(share(x), lang);
  const unit = moneyUnit(dataset.meta);
  const amount = (x: number) => formatMoney(money(x), lang, unit);

  return (
    <div className="stress__panel">
      <p>{w.intro}</p>
      {(dataset.stressTests ?? []).length > 0 && (
        <fieldset className="stress__tests">
          <legend>{w.tests}</legend>
          {(dataset.stressTests ?? []).map((test) => (
            <button
              key={test.id}
              type="button"
              aria-pressed={JSON.stringify(test.shocks) === JSON.stringify(shocks)}
              title={test.description ? pickText(test.description, lang).text : undefined}
              onClick={() => {
                setShocks(test.shocks);
                setStep(null);
              }}
            >
              {pickText(test.label, lang).text}
            </button>
          ))}
        </fieldset>
      )}
      <div className="stress__controls">
        <ShockRange
          label={w.revenueFall}
          shown={percent(shocks.revenueFall ?? 0)}
          value={shocks.revenueFall ?? 0}
          onChange={(revenueFall) => change({ revenueFall })}
        />
        <ShockRange
          label={w.equitySlowdown}
          shown={percent(shocks.equitySlowdown ?? 0)}
          value={shocks.equitySlowdown ?? 0}
          onChange={(equitySlowdown) => change({ equitySlowdown })}
        />
        <EntityChoice
          label={w.fails}
          none={w.none}
          value={shocks.fails}
          options={named(dataset.entities.filter((e) => e.role !== 'sink'))}
          onChange={(fails) => change({ fails })}
        />
        <EntityChoice
          label={w.lenderStops}
          none={w.none}
          value={shocks.lenderStops}
          options={named(lenders)}
          onChange={(lenderStops) => change({ lenderStops })}
        />
        <label>
          <input
            type="checkbox"
            checked={Boolean(shocks.dropUncommitted)}
            onChange={(e) => change({ dropUncommitted: e.target.checked })}
          />
          {w.dropUncommitted}
        </label>
        <ShockRange label={w.alpha} shown={percent(alpha)} value={alpha} onChange={(value) => setDefaultCosts({ alpha: value })} />
        <ShockRange label={w.beta} shown={percent(beta)} value={beta} onChange={(value) => setDefaultCosts({ beta: value })} />
        <button type="button" onClick={() => (setShocks({}), setDefaultCosts({ alpha: 1, beta: 1 }))}>
          {w.clear}
        </button>
      </div>
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
