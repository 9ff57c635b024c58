import { useMemo } from 'react';
import type { LoopResult, SteadyState } from '../model/engine';
import { focusEntity, headlineFigures } from '../model/figures';
import { sumRounds, type Round } from '../model/rounds';
import { solveLoopOnce, unrollRoundsOnce } from '../model/solveCache';
import { useExplorer } from './context';
import { usePanelInput } from './panelInput';

// The side panel's reading of the state, apart from the chart's (./context.ts): only the panel's
// parts, which load beside or after the chart, use these, so they stay out of the first script.

/**
 * The loop for the panel's sliders (see usePanelInput) as the chart draws it: under a stress test, its
 * flows as cleared (the run the chart and the export draw, shared with them), so the headline, the
 * companies' round trips and the data table say what the chart shows. Computed once per dataset and
 * slider state.
 */
export function useLoopResult(): LoopResult {
  const { model, values } = usePanelInput();
  const outcome = useExplorer((s) => s.stressRun)?.(model, values);
  return outcome?.status === 'converged' ? outcome.stressed : solveLoopOnce(model, values);
}

/** Whether the panel's figures are of a stress test's cleared flows (see useLoopResult). */
export function useStressedFigures(): boolean {
  const { model, values } = usePanelInput();
  return useExplorer((s) => s.stressRun)?.(model, values).status === 'converged';
}

/** The loop at the panel's sliders without any stress test's shocks: what the sliders themselves do. */
export function useUnshockedResult(): LoopResult {
  const { model, values } = usePanelInput();
  return solveLoopOnce(model, values);
}

export function useRounds(count: number): Round[] {
  const { model } = usePanelInput();
  return unrollRoundsOnce(model, useLoopResult(), count);
}

/** The headline figures for the loop's steady state. */
function useHeadline() {
  const model = useExplorer((s) => s.model);
  const focus = useExplorer((s) => s.focus);
  const result = useLoopResult();
  return useMemo(() => headlineFigures(model, result, focus), [model, result, focus]);
}

/** Headline figures for what has gone round by the played round (or the steady state when not playing). */
export function useShownHeadline() {
  const model = useExplorer((s) => s.model);
  const focus = useExplorer((s) => s.focus);
  const playRound = useExplorer((s) => s.playRound);
  const roundCount = useExplorer((s) => s.rounds);
  const result = useLoopResult();
  const rounds = useRounds(playRound > 0 ? roundCount : 0);
  const steady = useHeadline();
  return useMemo(() => {
    if (playRound === 0) return { figures: steady, partial: false };
    const totals = sumRounds(rounds, playRound);
    const partial: SteadyState = {
      status: 'converged',
      gain: result.gain,
      coefficients: result.coefficients,
      ...totals,
      absorbed: new Float64Array(totals.inflow.length),
      injected: 0,
      unpaid: new Float64Array(totals.flowValue.length),
    };
    return { figures: headlineFigures(model, partial, focus), partial: true };
  }, [model, focus, playRound, rounds, result, steady]);
}

/** The company the headline follows: the reader's choice, else the dataset's own. */
export function useFollowed(): string | null {
  const chosen = useExplorer((s) => s.focus);
  const model = useExplorer((s) => s.model);
  return chosen ?? focusEntity(model);
}

/** Follows a company in the headline; the dataset's own focus is the default, so a link then carries no focus=. */
export function useFollow(): (id: string) => void {
  const setFocus = useExplorer((s) => s.setFocus);
  const model = useExplorer((s) => s.model);
  return (id) => setFocus(id === focusEntity(model) ? null : id);
}
