// What the label geometry property checks of names: that each reads as its own box's and stays in
// its round (see labelGeometry.test.ts), and the lines a label draws, as the chart draws them.
import { expect } from 'vitest';
import { LABEL_SLACK } from '../../src/layout/chartLabels';
import { LABEL_FONT } from '../../src/layout/chartGeometry';
import { estimateTextWidth, READS_AS_ITS, type LabelPlacement, type Rect } from '../../src/layout/labels';
import type { NodeBox } from '../../src/layout/sankeyLayout';
import type { Chart } from '../../src/i18n/deriveChart';
import { compileModel } from '../../src/model/engine';
import { focusEntity } from '../../src/model/figures';
import type { Dataset } from '../../src/model/types';

/** A label line's height: 1.25 × the chart font. */
export const LINE = LABEL_FONT * 1.25;

/** A label's lines as the chart draws them: in the chart font (CJK about 1 em), 1.25 em apart, each as wide as its text. */
export function textRects(label: LabelPlacement): Rect[] {
  const lines = [...label.name, ...label.amount];
  const top = label.y - (lines.length * LINE) / 2;
  return lines.map((line, i) => {
    // Names are drawn bold, a little wider.
    const w = estimateTextWidth(line, LABEL_FONT, i < label.name.length);
    const x0 = label.anchor === 'end' ? label.x - w : label.x;
    return { x0, x1: x0 + w, y0: top + i * LINE, y1: top + (i + 1) * LINE };
  });
}

/** The smallest rect around `rects`. */
export const around = (rects: Rect[]): Rect => ({
  x0: Math.min(...rects.map((r) => r.x0)),
  x1: Math.max(...rects.map((r) => r.x1)),
  y0: Math.min(...rects.map((r) => r.y0)),
  y1: Math.max(...rects.map((r) => r.y1)),
});

/** Every drawn name reads as its own box's, not a neighbour's (`boxes`: the boxes with money). */
export function checkNamesReadAsTheirOwn(labels: readonly LabelPlacement[], boxes: readonly NodeBox[], where: string): void {
  // A name beside its own box (no leader) stands no nearer another box of its column, unless that
  // box has its own name or number beside it: it read as that box's (in the January 2026 scenario at
  // 800 px, Other investors' name stood beside Meta's thin box, whose number went 110 px down a leader).
  const byKey = new Map(labels.map((l) => [l.key, l]));
  const unnamedBeside = (b: NodeBox) => byKey.get(b.key)!.leader !== undefined || (!byKey.get(b.key)!.visible && !byKey.get(b.key)!.tag);
  for (const label of labels) {
    if (!label.visible) continue;
    const node = boxes.find((b) => b.key === label.key)!;
    const lines = textRects(label).slice(0, label.name.length);
    const centre = (lines[0]!.y0 + lines[lines.length - 1]!.y1) / 2;
    const distance = (b: NodeBox) => Math.max(0, b.y0 - centre, centre - b.y1);
    const nearer = label.leader ? [] : boxes.filter((b) => b.column === node.column && b !== node && distance(b) < distance(node));
    expect(
      nearer.filter(unnamedBeside).map((b) => b.key),
      `${where}: ${label.key}'s name stands nearer`,
    ).toEqual([]);
    // Nor does a name, moved off its box or not, start just right of a box of another column at its
    // height (it read as that box's: at 320 px Nvidia's retained profit, named from the far right down
    // a leader, started beside AMD's box). (The drawn text starts a little after the spot measured.)
    const start = around(textRects(label)).x0;
    const startsBeside = boxes.filter(
      (b) =>
        b.column !== node.column &&
        b.y0 < lines[lines.length - 1]!.y1 &&
        lines[0]!.y0 < b.y1 &&
        start >= b.x1 &&
        start < b.x1 + READS_AS_ITS - LABEL_SLACK &&
        unnamedBeside(b),
    );
    expect(
      startsBeside.map((b) => b.key),
      `${where}: ${label.key}'s name starts beside`,
    ).toEqual([]);
  }
}

/**
 * No name runs across a line between rounds: it read as the next round's (round 3's "Custom chips"
 * reached into round 4). A number may: the key says whose it is; and so may the focus, named in
 * words whatever the room, where its round has no spot for it (`focusToo` checks it as well).
 */
export function checkNamesWithinRounds(chart: Chart, dataset: Dataset, where = '', { focusToo = false } = {}) {
  const model = compileModel(dataset);
  const focus = focusToo ? undefined : model.structure.entityIndex.get(focusEntity(model) ?? '');
  const focusKeys = new Set(chart.geometry.nodes.filter((n) => n.entity === focus).map((n) => n.key));
  for (const label of chart.labels.filter((l) => l.visible && !l.tag && !focusKeys.has(l.key)))
    for (const rect of textRects(label)) {
      const crossed = (chart.roundFrame?.dividers ?? []).filter((x) => rect.x0 < x && x < rect.x1);
      expect(crossed, `${where}: ${label.key}'s name crosses a line between rounds`).toEqual([]);
    }
}
