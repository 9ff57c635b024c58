import type { Money } from '../model/units';
import { LABEL_FONT } from './chartGeometry';
import { estimateTextWidth, placeLabels, type LabelPlacement, type Rect } from './labels';
import type { LabelText } from './labelText';
import type { Geometry } from './sankeyLayout';

/** Height of one line of a label: 1.25 × the chart font. */
export const LABEL_LINE = LABEL_FONT * 1.25;

/** Room a label line takes beyond its glyphs' estimate: its halo, and names running a little wider than the estimate. */
export const LABEL_SLACK = 5;

/** A label line's width: one function for every chart, so the wordings of names are measured once (see nameLines in labelText.ts). */
const measureLine = (line: string) => estimateTextWidth(line, LABEL_FONT) + LABEL_SLACK;

/**
 * A name's line, drawn bold, with room for its halo (the bold estimate allows for its width): measured
 * as regular, names ran into boxes (up to 20 px at 375 px wide).
 */
const measureName = (line: string) => estimateTextWidth(line, LABEL_FONT, true) + 3;

/** The chart's labels: every node with money named on the chart, or numbered for the key under it (see placeLabels). */
export function chartLabels(
  geometry: Geometry,
  labelText: (entity: number, value: Money) => LabelText,
  focus: number | undefined,
  /** Entities labelled before the biggest: those the view is about. */
  next: ReadonlySet<number> = new Set(),
  /** What labels keep off besides boxes (the rounds view's headers). */
  keepOff?: readonly { rect: Rect }[],
  /** What names keep off, numbers not (the lines between rounds: see placeLabels). */
  walls?: readonly Rect[],
): LabelPlacement[] {
  return placeLabels(geometry.nodes, (node) => labelText(node.entity, node.value), {
    width: geometry.width,
    height: geometry.height,
    keepOff: keepOff?.map((h) => h.rect),
    walls,
    lineHeight: LABEL_LINE,
    measure: measureLine,
    measureName,
    first: new Set(focus === undefined ? [] : [focus]),
    next,
  });
}
