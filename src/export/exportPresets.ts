import { buildSnapshot } from './buildSnapshot';
import { renderSvgSnapshot, SVG_MARGIN, type SvgFrame } from './renderSvg';

import type { ExportPreset } from './presetIds';
import type { SnapshotState } from './snapshotTypes';

/**
 * Sizes editors ask for, whatever the screen the export is made on: an article column (640 and
 * 1200 px wide), a social card (1200 × 675, the headline figures left to the post's text) and an
 * A4 landscape page (297 × 210 mm, at 96 px to the inch).
 */
export const EXPORT_PRESETS: Record<ExportPreset, { frame: SvgFrame; figures: boolean }> = {
  article: { frame: { width: 640 }, figures: true },
  wide: { frame: { width: 1200 }, figures: true },
  social: { frame: { width: 1200, height: 675 }, figures: false },
  print: { frame: { width: 1123, height: 794, physical: { width: '297mm', height: '210mm' } }, figures: true },
};

/** The SVG document at a preset: the chart derived afresh at the preset's width, as the screen derives it at its own. */
export function presetSvg(state: SnapshotState, preset: ExportPreset): string {
  const { frame, figures } = EXPORT_PRESETS[preset];
  const input = buildSnapshot(state, { width: frame.width - 2 * SVG_MARGIN });
  return renderSvgSnapshot(figures ? input : { ...input, figures: [] }, frame);
}

/** The SVG document as the file downloaded (and drawn as a PNG). */
export function svgBlob(svg: string): Blob {
  return new Blob([svg], { type: 'image/svg+xml;charset=utf-8' });
}
