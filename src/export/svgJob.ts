// An SVG export as a message to a worker, and back into the state it was made from. The dataset
// crosses on its own (once per dataset: it is the largest part to copy), the rest with each export.
import { compileModel, type LoopResult } from '../model/engine';
import type { Moment } from '../model/resolveMoment';
import { rememberSolve, solveLoopOnce } from '../model/solveCache';
import type { Dataset } from '../model/types';
import type { StressedView } from '../state/store';
import type { ExportPreset } from './presetIds';
import type { SnapshotState } from './snapshotTypes';

type Settings = Omit<SnapshotState, 'model' | 'stressed'>;

export interface SvgJob {
  id: number;
  preset: ExportPreset;
  moment: Moment;
  settings: Settings;
  /** The solve the page drew, or null while a stress test's outcome is drawn instead. */
  result: LoopResult | null;
  /** The stress test's outcome, when it is the one the chart draws (for this model and these sliders). */
  stress: Pick<StressedView, 'outcome' | 'shown'> | null;
}

/**
 * The export of `state` at `preset`, as a message (its dataset apart: `state.model.source`), with
 * the buffers to move rather than copy: the solve's arrays (tens of megabytes on a large graph)
 * are copied once here, and the copies handed over.
 */
export function toSvgJob(state: SnapshotState, preset: ExportPreset, id: number): { job: SvgJob; transfer: ArrayBuffer[] } {
  const { model, stressed } = state;
  const settings: Settings = {
    values: state.values,
    view: state.view,
    rounds: state.rounds,
    offsets: state.offsets,
    showNet: state.showNet,
    fitToView: state.fitToView,
    compare: state.compare,
    lang: state.lang,
    playRound: state.playRound,
    focus: state.focus,
    scenario: state.scenario,
    colorByOrigin: state.colorByOrigin,
    isolated: state.isolated,
    shocks: state.shocks,
    alpha: state.alpha,
    beta: state.beta,
  };
  const current = stressed && stressed.model === model && stressed.values === state.values ? stressed : null;
  const transfer: ArrayBuffer[] = [];
  const job: SvgJob = {
    id,
    preset,
    moment: model.moment,
    settings,
    // Solved already for the chart on screen: this costs nothing here.
    result: current ? null : ownArrays(solveLoopOnce(model, state.values), transfer),
    stress: current && {
      outcome: ownArrays(current.outcome, transfer),
      ...(current.shown === undefined ? {} : { shown: current.shown }),
    },
  };
  return { job, transfer };
}

/** A copy of plain data whose typed arrays are its own, their buffers listed to hand over. */
function ownArrays<T>(value: T, transfer: ArrayBuffer[]): T {
  if (ArrayBuffer.isView(value)) {
    const copy = (value as unknown as Float64Array).slice();
    transfer.push(copy.buffer);
    return copy as T;
  }
  if (Array.isArray(value)) return value.map((item: unknown) => ownArrays(item, transfer)) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, ownArrays(item, transfer)])) as T;
  return value;
}

/** The state a job was made from, on the other side: the model compiled afresh, the page's solve taken as its own. */
export function fromSvgJob(source: Dataset, job: SvgJob): SnapshotState {
  const model = compileModel(source, job.moment);
  const { values } = job.settings;
  if (job.result) rememberSolve(model, values, job.result);
  return { ...job.settings, model, stressed: job.stress && { ...job.stress, model, values } };
}

/** What the page sends the export worker: a dataset (before the jobs that draw it), or a job. */
export type ToExportWorker = { source: Dataset } | { job: SvgJob };

/** What the export worker answers each job: its document, or why it failed. */
export type FromExportWorker = { id: number; svg: Blob } | { id: number; error: string };
