// The page's side of the export worker: what it sends, what it makes of the answers, and what it does
// when the worker cannot run (a stand-in worker here: Node has none).
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../bothLanguages';
import type { FromExportWorker, SvgJob, ToExportWorker } from '../../src/export/svgJob';
import { createExplorerStore } from '../../src/state/store';
import { loadDefaultDataset } from '../model/fixtures';

type Answer = (job: SvgJob) => FromExportWorker | 'crash';

function stubWorker(answer: Answer): ToExportWorker[] {
  const received: ToExportWorker[] = [];
  class StandInWorker extends EventTarget {
    postMessage(message: ToExportWorker) {
      received.push(message);
      if (!('job' in message)) return;
      setTimeout(() => {
        const reply = answer(message.job);
        this.dispatchEvent(reply === 'crash' ? new Event('error') : new MessageEvent('message', { data: reply }));
      }, 0);
    }
    terminate() {}
  }
  vi.stubGlobal('Worker', StandInWorker);
  return received;
}

/** drawSvg with a worker of its own (it keeps the one it started for the page's lifetime), in modules loaded afresh. */
async function freshDrawSvg() {
  vi.resetModules();
  await import('../bothLanguages');
  return (await import('../../src/export/drawSvg')).drawSvg;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('an SVG export in a worker, from the page', () => {
  const state = () => createExplorerStore(loadDefaultDataset(), 'en').getState();

  it("gives the worker's file, and copies a dataset across once for every export of it", async () => {
    const received = stubWorker((job) => ({ id: job.id, svg: new Blob([`drawn ${job.preset}`]) }));
    const drawSvg = await freshDrawSvg();
    const shown = state();
    expect(await (await drawSvg(shown, 'wide')).text()).toBe('drawn wide');
    expect(await (await drawSvg({ ...shown, lang: 'zh-TW' }, 'print')).text()).toBe('drawn print');
    expect(received.filter((message) => 'source' in message)).toHaveLength(1);
    expect(received[0]).toHaveProperty('source');
    expect((received[0] as { source: unknown }).source).toEqual(shown.model.source);
    expect(received.map((message) => ('job' in message ? message.job.settings.lang : 'source'))).toEqual(['source', 'en', 'zh-TW']);
  });

  it("fails with the worker's own words, as the export menu shows them", async () => {
    stubWorker((job) => ({ id: job.id, error: 'no 2D canvas' }));
    const drawSvg = await freshDrawSvg();
    await expect(drawSvg(state(), 'wide')).rejects.toThrow(new Error('no 2D canvas'));
  });

  it('draws on the page when the worker cannot start, for this export and the next', async () => {
    const received = stubWorker(() => 'crash');
    const drawSvg = await freshDrawSvg();
    const { presetSvg } = await import('../../src/export/exportPresets');
    const shown = state();
    expect(await (await drawSvg(shown, 'social')).text()).toBe(presetSvg(shown, 'social'));
    const sent = received.length;
    expect(await (await drawSvg(shown, 'article')).text()).toBe(presetSvg(shown, 'article'));
    expect(received).toHaveLength(sent);
  });
});
