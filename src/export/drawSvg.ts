import type { Dataset } from '../model/types';
import { presetSvg, svgBlob } from './exportPresets';
import { provideLayoutCode } from './provideLayoutCode';
import type { ExportPreset } from './presetIds';
import type { SnapshotState } from './snapshotTypes';
import { datasetMessages, pause, toSvgJob, type FromExportWorker } from './svgJob';

interface Pending {
  state: SnapshotState;
  preset: ExportPreset;
  resolve: (svg: Blob) => void;
  reject: (problem: Error) => void;
}

interface Drawer {
  worker: Worker;
  /** The dataset the worker holds (each is copied across once), and when it has all of it. */
  sent: { source: Dataset; copied: Promise<void> } | undefined;
  pending: Map<number, Pending>;
}

/** The export worker, started on the first export; null where workers are unavailable or the worker failed. */
let drawer: Drawer | null | undefined;
let jobs = 0;

/**
 * The SVG file of the state at a preset, drawn in a worker so the page's thread only copies the
 * state across (a large chart takes a second to derive and write). Where no worker can run, drawn here.
 */
export async function drawSvg(state: SnapshotState, preset: ExportPreset): Promise<Blob> {
  // Should it be drawn here after all (no worker, or the worker fails), it needs that code here too.
  await provideLayoutCode(state);
  const current = drawer === undefined ? (drawer = startDrawer()) : drawer;
  if (!current) return svgBlob(presetSvg(state, preset));
  const id = ++jobs;
  const svg = new Promise<Blob>((resolve, reject) => current.pending.set(id, { state, preset, resolve, reject }));
  const { source } = state.model;
  if (current.sent?.source !== source) current.sent = { source, copied: sendDataset(current.worker, source) };
  const { copied } = current.sent;
  // The state as it was when the reader asked, even if the sliders moved while the dataset was copied.
  const { job, transfer } = await toSvgJob(state, preset, id);
  await copied;
  current.worker.postMessage({ job }, transfer);
  return svg;
}

/** Copies a dataset to the worker, each part of a large one in a task of its own rather than in one long one. */
async function sendDataset(worker: Worker, source: Dataset): Promise<void> {
  for (const message of datasetMessages(source)) {
    worker.postMessage(message);
    await pause();
  }
}

function startDrawer(): Drawer | null {
  if (typeof Worker === 'undefined') return null;
  const started: Drawer = {
    worker: new Worker(new URL('./exportWorker.ts', import.meta.url), { type: 'module' }),
    sent: undefined,
    pending: new Map(),
  };
  started.worker.addEventListener('message', (event: MessageEvent<FromExportWorker>) => {
    const reply = event.data;
    const job = started.pending.get(reply.id);
    started.pending.delete(reply.id);
    if (!job) return;
    if ('svg' in reply) job.resolve(reply.svg);
    else job.reject(new Error(reply.error));
  });
  // A worker that cannot start (a lost chunk, a host's policy) or that crashed: this export and the
  // next ones are drawn here, as they were before there was a worker.
  started.worker.addEventListener('error', () => {
    started.worker.terminate();
    drawer = null;
    for (const job of started.pending.values()) {
      try {
        job.resolve(svgBlob(presetSvg(job.state, job.preset)));
      } catch (problem) {
        job.reject(problem instanceof Error ? problem : new Error(String(problem)));
      }
    }
    started.pending.clear();
  });
  return started;
}
