// An SVG export as a message to a worker, and back into the state it was made from. The dataset
// crosses on its own (once per dataset: it is the largest part to copy), the rest with each export.
import { compileModel, type CompiledModel, type Divergent, type SteadyState } from '../model/engine';
import { FlowSplit } from '../model/flowSplit';
import type { Moment } from '../model/resolveMoment';
import { rememberSolve, solveLoopOnce } from '../model/solveCache';
import { isRetired } from '../model/solveStep';
import type { StressResult } from '../model/stress';
import type { Structure } from '../model/structure';
import type { Dataset } from '../model/types';
import type { StressedView } from '../state/store';
import type { ExportPreset } from './presetIds';
import type { SnapshotState } from './snapshotTypes';

type Settings = Omit<SnapshotState, 'model' | 'stressed'>;

/**
 * A steady state as it crosses to the worker: without its flows' split, which is derived from the
 * arrays that cross with it (a message copies fields, not a class). Here, not in the model: the
 * first script, which holds the model, has no bytes to spare.
 */
type SentSteadyState = Omit<SteadyState, 'flowByOrigin'>;
type SentResult = SentSteadyState | Divergent;
type SentStress = Omit<StressResult, 'stressed'> & { stressed: SentSteadyState };

const sentSteadyState = ({ flowByOrigin: _derived, ...sent }: SteadyState): SentSteadyState => sent;

/** A steady state sent to the worker, whole again: its flows' split derived from its own arrays. */
const receivedSteadyState = (s: Structure, sent: SentSteadyState): SteadyState => ({
  ...sent,
  flowByOrigin: new FlowSplit(s, sent.coefficients.shares, sent.flowValue, sent.inflowByOrigin),
});

export interface SvgJob {
  id: number;
  preset: ExportPreset;
  moment: Moment;
  settings: Settings;
  /** The solve the page drew, or null while a stress test's outcome is drawn instead. */
  result: SentResult | null;
  /** The stress test's outcome, when it is the one the chart draws (for this model and these sliders). */
  stress: (Pick<StressedView, 'shown'> & { outcome: SentStress }) | null;
}

/** Numbers copied between two pauses, and items of a dataset's list per message: each a short task on a slow machine. */
const STEP = 1 << 19;
const PART = 1000;

/** Lets the page's other tasks run (a frame, a keystroke) between two parts of a long copy. */
export const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The export of `state` at `preset`, as a message (its dataset apart: `state.model.source`), with
 * the buffers to move rather than copy: the solve's arrays (megabytes on a large graph: 6 MB for
 * the inflow split at 2,000 entities) are copied once here, a part at a time between pauses, and the copies handed over.
 */
export async function toSvgJob(
  state: SnapshotState,
  preset: ExportPreset,
  id: number,
  wait = pause,
): Promise<{ job: SvgJob; transfer: ArrayBuffer[] }> {
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
  const copier = { transfer: [] as ArrayBuffer[], copied: 0, wait };
  const job: SvgJob = {
    id,
    preset,
    moment: model.moment,
    settings,
    // Solved already for the chart on screen: this costs nothing here.
    result: current ? null : await copiedSolve(model, state.values, copier),
    stress: current && {
      outcome: await ownArrays({ ...current.outcome, stressed: sentSteadyState(current.outcome.stressed) }, copier),
      ...(current.shown === undefined ? {} : { shown: current.shown }),
    },
  };
  return { job, transfer: copier.transfer };
}

/**
 * The solve of `values`, copied between frames: should the slider move on meanwhile, far enough for
 * the solve's arrays to go to later steps (see `isRetired`), it is solved and copied again.
 */
async function copiedSolve(model: CompiledModel, values: SnapshotState['values'], copier: Copier): Promise<SentResult> {
  for (;;) {
    const result = solveLoopOnce(model, values);
    const listed = copier.transfer.length;
    const copy = await ownArrays(result.status === 'converged' ? sentSteadyState(result) : result, copier);
    if (!isRetired(result)) return copy;
    copier.transfer.length = listed;
  }
}

interface Copier {
  transfer: ArrayBuffer[];
  /** Numbers copied since the last pause. */
  copied: number;
  wait: () => Promise<void>;
}

/** A copy of plain data whose typed arrays are its own, their buffers listed to hand over. */
async function ownArrays<T>(value: T, copier: Copier): Promise<T> {
  if (ArrayBuffer.isView(value)) {
    const from = value as unknown as Float64Array;
    const copy = new (from.constructor as Float64ArrayConstructor)(from.length);
    for (let start = 0; start < from.length; start += STEP) {
      if (copier.copied >= STEP) {
        await copier.wait();
        copier.copied = 0;
      }
      const end = Math.min(from.length, start + STEP);
      copy.set(from.subarray(start, end), start);
      copier.copied += end - start;
    }
    copier.transfer.push(copy.buffer);
    return copy as T;
  }
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    for (const item of value) items.push(await ownArrays(item, copier));
    return items as T;
  }
  if (value !== null && typeof value === 'object') {
    const fields: [string, unknown][] = [];
    for (const [key, item] of Object.entries(value)) fields.push([key, await ownArrays(item, copier)]);
    return Object.fromEntries(fields) as T;
  }
  return value;
}

/**
 * The dataset as messages of a few hundred kilobytes each: its lists of more than PART items (a
 * large graph's flows and entities) follow the rest, PART items a message, and are joined again.
 */
export function datasetMessages(source: Dataset): ToExportWorker[] {
  const head: Record<string, unknown> = { ...source };
  const more: ToExportWorker[] = [];
  for (const [key, value] of Object.entries(source)) {
    if (!Array.isArray(value) || value.length <= PART) continue;
    head[key] = value.slice(0, PART);
    for (let start = PART; start < value.length; start += PART) more.push({ more: { key, items: value.slice(start, start + PART) } });
  }
  return [{ source: head as unknown as Dataset }, ...more];
}

/** Adds a part of a list to the dataset received. */
export function joinDataset(source: Dataset, { key, items }: { key: string; items: unknown[] }): void {
  const list = (source as unknown as Record<string, unknown[]>)[key];
  for (const item of items) list?.push(item);
}

/** The state a job was made from, on the other side: the model compiled afresh, the page's solve taken as its own. */
export function fromSvgJob(source: Dataset, job: SvgJob): SnapshotState {
  const model = compileModel(source, job.moment);
  const { values } = job.settings;
  const s = model.structure;
  const { result } = job;
  if (result) rememberSolve(model, values, result.status === 'converged' ? receivedSteadyState(s, result) : result);
  const stress = job.stress && {
    ...job.stress,
    outcome: { ...job.stress.outcome, stressed: receivedSteadyState(s, job.stress.outcome.stressed) },
  };
  return { ...job.settings, model, stressed: stress && { ...stress, model, values } };
}

/** What the page sends the export worker: a dataset (in parts, before the jobs that draw it), or a job. */
export type ToExportWorker = { source: Dataset } | { more: { key: string; items: unknown[] } } | { job: SvgJob };

/** What the export worker answers each job: its document, or why it failed. */
export type FromExportWorker = { id: number; svg: Blob } | { id: number; error: string };
