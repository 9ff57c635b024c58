// Loaded on demand when the reader exports: keeps the first page load small.
import { solveLoop } from '../model/engine';
import type { ExplorerState } from '../state/store';
import { namedScenario } from './buildSnapshot';
import { flowsTable, toCsv, toJson } from './dataExport';
import { downloadBlob } from '../components/shared/downloadBlob';
import { drawSvg } from './drawSvg';
import type { ExportPreset } from './presetIds';

export type ExportKind = 'svg' | 'png' | 'csv' | 'json';
export type PngScale = 1 | 2 | 3;

/**
 * Downloads the chart (drawn at the preset's size, whatever the page shows) or its data. The data
 * are totals: a loop that amplifies itself has none, and then nothing is downloaded ('no-totals').
 */
export async function runExport(
  kind: ExportKind,
  state: ExplorerState,
  preset: ExportPreset,
  scale: PngScale,
): Promise<'no-totals' | void> {
  if (kind === 'svg' || kind === 'png') {
    const svg = await drawSvg(state, preset);
    const name = `${fileStem(state)}-${preset}`;
    if (kind === 'svg') return downloadBlob(svg, `${name}.svg`);
    return downloadBlob(await svgToPng(svg, scale), `${name}@${scale}x.png`);
  }
  const name = fileStem(state);
  const result = solveLoop(state.model, state.values);
  if (result.status !== 'converged') return 'no-totals';
  if (kind === 'csv')
    return downloadBlob(new Blob([toCsv(flowsTable(state.model, result, state.lang))], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
  return downloadBlob(new Blob([toJson(state.model, result, state.values, state.lang)], { type: 'application/json' }), `${name}.json`);
}

/** What the file shows, in its name: scenario, view, language and the chart's date. */
export function fileStem(state: ExplorerState): string {
  const view = state.view === 'rounds' ? `rounds${state.rounds}` : 'loop';
  return `capital-loop-${namedScenario(state)?.id ?? 'custom'}-${view}-${state.lang}-${state.model.moment.date}`;
}

/** Draws the SVG on a canvas at `scale` × its size: the same picture as the SVG, as pixels. */
async function svgToPng(svg: Blob, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(svg);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    // The viewBox holds the pixel size (a print page's width and height are in millimetres); the
    // document's root element, which carries it, opens the file.
    const head = await svg.slice(0, 1024).text();
    const [, , width, height] = (/viewBox="([^"]+)"/.exec(head)?.[1] ?? '').split(' ').map(Number);
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil((width || image.naturalWidth) * scale);
    canvas.height = Math.ceil((height || image.naturalHeight) * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
