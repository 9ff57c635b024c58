// Loaded on demand when the reader exports: keeps the first page load small.
import type { ChartSize } from '../i18n/deriveChart';
import { solveLoop } from '../model/engine';
import type { ExplorerState } from '../state/store';
import { buildSnapshot } from './buildSnapshot';
import { flowsTable, toCsv, toJson } from './dataExport';
import { downloadBlob } from '../components/shared/downloadBlob';
import { renderSvgSnapshot } from './renderSvg';

export type ExportKind = 'svg' | 'png' | 'csv' | 'json';

/** Downloads the chart (drawn at `size`, whatever the page shows) or its data. */
export async function runExport(kind: ExportKind, state: ExplorerState, size: ChartSize): Promise<void> {
  const name = fileStem(state);
  if (kind === 'svg' || kind === 'png') {
    const svg = renderSvgSnapshot(buildSnapshot(state, size));
    if (kind === 'svg') return downloadBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), `${name}.svg`);
    return downloadBlob(await svgToPng(svg, 2), `${name}.png`);
  }
  const result = solveLoop(state.model, state.values);
  if (result.status !== 'converged') throw new Error('the loop amplifies itself at these settings, so there are no totals to download');
  if (kind === 'csv')
    return downloadBlob(new Blob([toCsv(flowsTable(state.model, result, state.lang))], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
  return downloadBlob(new Blob([toJson(state.model, result, state.values, state.lang)], { type: 'application/json' }), `${name}.json`);
}

function fileStem(state: ExplorerState): string {
  return `capital-loop-${state.scenario ?? 'custom'}-${new Date().toISOString().slice(0, 10)}`;
}

/** Draws the SVG on a canvas at `scale` × its size: the same picture as the SVG, as pixels. */
async function svgToPng(svg: string, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(image.naturalWidth * scale);
    canvas.height = Math.ceil(image.naturalHeight * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
