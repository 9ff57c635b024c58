import { useCallback, useEffect, useMemo, useState } from 'react';
import { stressWords } from '../../i18n/stressText';
import { stressMarks } from '../../layout/stressMarks';
import { provideStressMarks } from '../../layout/stressMarksCode';
import { hasShocks } from '../../model/shocks';
import { stressRunner, type StressResult } from '../../model/stress';
import { useExplorer } from '../../state/context';
import { usePacedDuringDrag } from '../../state/pacedValue';
import { useLoopResult } from '../../state/panelHooks';
import { StressControls } from './StressControls';
import { StressReport } from './StressReport';

// The chart draws this panel's outcome with the marks' code, loaded with the panel (see provideStressMarks).
provideStressMarks(stressMarks);

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
  // A loop without totals has nothing to clear, shocked or not (the loop the headline reads: no solve of its own).
  const panelLoop = useLoopResult();
  const noTotals = outcome?.status === 'divergent' || panelLoop.status === 'divergent';
  useEffect(() => setStressRun(run), [run, setStressRun]);
  // The step buttons choose how far into the cascade the chart marks defaults (null: every round). A
  // round picked for one outcome means nothing for the next, however the shocks or sliders changed
  // (here, from a link or from a host message): every round shows again.
  const [picked, setPicked] = useState<{ outcome: typeof outcome; round: number } | null>(null);
  const step = picked && picked.outcome === outcome ? picked.round : null;
  // A round is picked for the outcome the report shows (should it be a render behind, the pick
  // lapses with that outcome). Stable, so the report need not render with the chart.
  const pick = useCallback((result: StressResult, round: number) => setPicked({ outcome: result, round }), []);
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
  // The report (the headline, the cascade, the table) may show a render behind the chart: a slider
  // step updates the chart and its stress marks (setStressed, above, in the step's own render)
  // first, and the report, dozens of cells below them, in a deferred render that React starts as a
  // task of its own, during a drag ten times a second (as the panel's figures: see usePanelInput and
  // usePacedDuringDrag). One outcome is deferred together with what it was run with, so the report
  // never mixes one step's outcome with another's shocks or sliders.
  const result = outcome?.status === 'converged' ? outcome : null;
  const current = useMemo(
    () => (open && result ? { lang, model, values, result, shocks, alpha, beta } : null),
    [open, result, lang, model, values, shocks, alpha, beta],
  );
  const report = usePacedDuringDrag(current);
  if (!open) return null;

  const w = stressWords(lang);
  return (
    <div className="stress__panel">
      <p>{w.intro}</p>
      <StressControls lang={lang} dataset={model.dataset} shocks={shocks} alpha={alpha} beta={beta} onShocksChanged={showEveryRound} />
      {/* A loop without totals has no report: said, rather than a panel of controls that do nothing. */}
      {noTotals && (
        <p className="stress__no-totals" role="status">
          {w.noTotals}
        </p>
      )}
      {/* The round picked is not deferred: a step button or Play moves it in the click's own render. */}
      {report && <StressReport shown={report} step={report.result === result ? step : null} pick={pick} />}
    </div>
  );
}
