import type { DefaultMark, ShortfallBand } from '../layout/stressMarks';
import { ROUND_HEADER_FONT, ROUND_HEADER_ROOM } from '../layout/roundsFrame';
import { linkPath } from '../layout/linkPaths';
import type { SnapshotInput } from './snapshotTypes';
import { COLOR, el, escapeXml } from './writeSvg';

// What the exported chart draws over its links and boxes, as the page's chart layers do: the rounds
// view's frame and the stress test's marks.

/** The rounds view's headers over each round and dashed lines between rounds, from the same frame as the page's. */
export function roundFrameSvg(input: SnapshotInput): string {
  const frame = input.roundFrame;
  if (!frame) return '';
  const { width, height } = input.geometry;
  const lines = frame.dividers.map((x) => el('line', { x1: x, x2: x, y1: 2, y2: height, stroke: COLOR.border, 'stroke-dasharray': '3 3' }));
  const rule = el('line', { x1: 0, x2: width, y1: ROUND_HEADER_ROOM - 2, y2: ROUND_HEADER_ROOM - 2, stroke: COLOR.border });
  const headers = frame.headers.map((h) =>
    el(
      'text',
      {
        x: h.x,
        y: h.y,
        'text-anchor': 'middle',
        'font-size': String(ROUND_HEADER_FONT),
        'font-weight': 'bold',
        fill: COLOR.muted,
        'data-round': h.round,
      },
      escapeXml(h.text),
    ),
  );
  return el('g', { class: 'round-frame', 'aria-hidden': 'true' }, `\n${[...lines, rule, ...headers].join('\n')}\n`);
}

/** The unpaid part of each obligation beside its link, as `ShortfallBands` draws it on screen. */
export function shortfallsSvg(bands: ShortfallBand[]): string {
  const paths = bands.map((band) =>
    el(
      'g',
      { class: 'shortfall', 'data-key': band.link },
      el('path', { d: linkPath(band.route, band.offset), fill: 'none', stroke: 'url(#link-hatch)', 'stroke-width': band.width }) +
        el('path', {
          d: linkPath(band.route, band.offset + band.width / 2),
          fill: 'none',
          stroke: COLOR.defaultMark,
          'stroke-dasharray': '3 2',
        }),
    ),
  );
  return el('g', { class: 'shortfalls', 'aria-hidden': 'true' }, `\n${paths.join('\n')}\n`);
}

/** Defaulting entities outlined, as `DefaultMarks` draws them on screen. */
export function defaultsSvg(marks: DefaultMark[]): string {
  const rects = marks.map((m) =>
    el('rect', {
      class: 'default-mark',
      'data-key': m.node,
      'data-round': m.round,
      x: m.x0 - 2,
      y: m.y0 - 2,
      width: m.x1 - m.x0 + 4,
      height: Math.max(1, m.y1 - m.y0) + 4,
      fill: 'none',
      stroke: COLOR.defaultMark,
      'stroke-width': 2,
    }),
  );
  return el('g', { class: 'defaults', 'aria-hidden': 'true' }, `\n${rects.join('\n')}\n`);
}
