// An SVG export made in a worker: the state crosses as a message (copied as postMessage copies it)
// and the document drawn from it there is the one the page would draw itself, byte for byte.
import { beforeAll, describe, expect, it } from 'vitest';
import '../bothLanguages';
import { drawSvg } from '../../src/export/drawSvg';
import { presetSvg } from '../../src/export/exportPresets';
import { datasetMessages, fromSvgJob, joinDataset, toSvgJob } from '../../src/export/svgJob';
import { generateDataset } from '../../scripts/bench/generateDataset';
import { deriveChart } from '../../src/i18n/deriveChart';
import { loadSteps, solveLoopOnce } from '../../src/model/solveCache';
import { runStress } from '../../src/model/stress';
import type { Dataset } from '../../src/model/types';
import { createExplorerStore, type ExplorerState } from '../../src/state/store';
import { loadDefaultDataset } from '../model/fixtures';

/** The dataset as the worker receives it: its parts copied one by one, and joined. */
function datasetAcross(source: Dataset): Dataset {
  const [head, ...more] = datasetMessages(source).map((message) => structuredClone(message));
  if (!head || !('source' in head)) throw new Error('the dataset goes first');
  for (const message of more) if ('more' in message) joinDataset(head.source, message.more);
  return head.source;
}

/** The state as the worker sees it: the dataset and the job each copied, the job's arrays handed over. */
async function acrossToWorker(state: ExplorerState): Promise<ExplorerState> {
  const { job, transfer } = await toSvgJob(state, 'wide', 1);
  return { ...state, ...fromSvgJob(datasetAcross(state.model.source), structuredClone(job, { transfer })) };
}

// The slider step's code, which the page loads beside the dataset.
beforeAll(() => loadSteps());

/** A store whose sliders moved step by step, each step solved as the chart on screen solves it. */
function draggedState(): ExplorerState {
  const store = createExplorerStore(loadDefaultDataset(), 'zh-TW', { shared: { compare: 'feb-2026-round', showNet: true } });
  for (const amount of [31, 33, 36, 40]) {
    store.getState().setValue('nvidia-openai', amount);
    solveLoopOnce(store.getState().model, store.getState().values);
  }
  return store.getState();
}

describe('an SVG export drawn in a worker', () => {
  it('draws what the page draws after slider steps, from the very solve the page drew', async () => {
    const state = draggedState();
    const { job, transfer } = await toSvgJob(state, 'wide', 1);
    // The flows' split stays behind (derived again from the arrays that cross), not its class's fields.
    expect(job.result && 'flowByOrigin' in job.result).toBe(false);
    const arrived = structuredClone(job, { transfer });
    const there = { ...state, ...fromSvgJob(datasetAcross(state.model.source), arrived) };
    expect(there.model).not.toBe(state.model);
    expect(presetSvg(there, 'wide')).toBe(presetSvg(state, 'wide'));
    // Not solved again there: a slider step's solve may differ from a fresh one in the last bits.
    // (Its arrays are those that arrived; its flows' split is derived from them again.)
    const drawn = deriveChart(there, { width: 640 }).result;
    if (drawn.status !== 'converged' || arrived.result?.status !== 'converged') throw new Error('diverged');
    expect(drawn.flowValue).toBe(arrived.result.flowValue);
    expect(drawn.inflowByOrigin).toBe(arrived.result.inflowByOrigin);
  });

  it('draws the rounds view and the origins as the page does', async () => {
    const store = createExplorerStore(loadDefaultDataset(), 'en', { shared: { view: 'rounds', rounds: 4, colorByOrigin: true } });
    store.getState().isolate(store.getState().model.structure.origins[0]!);
    const state = store.getState();
    expect(presetSvg(await acrossToWorker(state), 'wide')).toBe(presetSvg(state, 'wide'));
  });

  it("draws a stress test's outcome, while it is the one for the sliders shown", async () => {
    const store = createExplorerStore(loadDefaultDataset(), 'en');
    const shocks = { revenueFall: 0.6, dropUncommitted: true };
    store.getState().setShocks(shocks);
    const { model, values } = store.getState();
    const outcome = runStress(model, values, shocks, { alpha: 0.5, beta: 0.9 });
    if (outcome.status !== 'converged') throw new Error('the default dataset diverges under the shocks');
    store.getState().setStressed({ model, values, outcome, shown: 1 });
    const stressed = store.getState();
    const svg = presetSvg(stressed, 'wide');
    expect(svg).not.toBe(presetSvg({ ...stressed, stressed: null }, 'wide'));
    expect(presetSvg(await acrossToWorker(stressed), 'wide')).toBe(svg);
    const { job } = await toSvgJob(stressed, 'wide', 1);
    expect(job.stress && 'flowByOrigin' in job.stress.outcome.stressed).toBe(false);
  });

  it('copies a large dataset across in parts, joined again as it was', () => {
    const source = generateDataset(500, 2500);
    const messages = datasetMessages(source);
    expect(messages.length).toBeGreaterThan(2);
    expect(datasetAcross(source)).toEqual(source);
  });

  it('is drawn on the page where no worker can run', async () => {
    const state = draggedState();
    const file = await drawSvg(state, 'print');
    expect(file.type).toBe('image/svg+xml;charset=utf-8');
    expect(await file.text()).toBe(presetSvg(state, 'print'));
  });
});
