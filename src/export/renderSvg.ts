import { estimateTextWidth } from '../layout/labels';
import { linkMarkStyle } from '../layout/linkMarks';
import { chart, dotsLine, svgColor } from './renderChart';
import { labelKeyBlock } from './renderLabels';
import type { SnapshotInput } from './snapshotTypes';
import { COLOR, el, escapeXml, FONT, GHOST_STROKE, num, textBlock, wrapText, type Block } from './writeSvg';

export const SVG_MARGIN = 16;
const MARGIN = SVG_MARGIN;
const FIGURE_MIN_WIDTH = 220;

function legend(input: SnapshotInput, width: number): Block {
  if (!input.colorByOrigin || input.origins.length === 0) return { svg: '', height: 0 };
  const title = textBlock(wrapText(input.legendTitle, 12, width), 0, 12, 16, { fill: COLOR.muted });
  const parts = [title.svg];
  const rowHeight = 20;
  let x = 0;
  let row = 0;
  input.origins.forEach((origin, o) => {
    if (!origin.listed) return;
    const alone = input.isolated === o;
    const itemWidth = 34 + estimateTextWidth(origin.name, 12) * (alone ? 1.08 : 1);
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      row += 1;
    }
    const cy = title.height + 4 + row * rowHeight + rowHeight / 2;
    const line = { x1: x + 2, y1: cy, x2: x + 26, y2: cy };
    const dim = input.isolated >= 0 && !alone ? '0.35' : undefined;
    const swatch = el('line', { ...line, stroke: svgColor(origin.color), 'stroke-width': '8', opacity: dim });
    const name = el(
      'text',
      { x: x + 32, y: cy + 4, 'font-size': '12', 'font-weight': alone ? 'bold' : undefined, fill: COLOR.fg },
      escapeXml(origin.name),
    );
    parts.push(el('g', { class: 'legend-item' }, swatch + name));
    x += itemWidth + 14;
  });
  return { svg: parts.join('\n'), height: title.height + 4 + (row + 1) * rowHeight };
}

/** What the dashed outlines are, and whether the chart is drawn below its usual scale. */
function scaleNotes(input: SnapshotInput, width: number): Block {
  const parts: string[] = [];
  let height = 0;
  if (input.ghost) {
    const text = textBlock(wrapText(input.ghost.legend, 12, width - 34), 0, 12, 16, { fill: COLOR.muted }, 34);
    parts.push(el('g', { class: 'legend-ghost' }, el('rect', { x: 1, y: 3, width: 26, height: 10, ...GHOST_STROKE }) + text.svg));
    height += text.height;
  }
  if (input.roundFrame) {
    const text = textBlock(wrapText(input.roundFrame.note, 12, width), height, 12, 16, { fill: COLOR.muted });
    parts.push(text.svg);
    height += text.height;
  }
  if (input.scaleNote) {
    const text = textBlock(wrapText(input.scaleNote, 12, width), height, 12, 16, { fill: COLOR.muted });
    parts.push(text.svg);
    height += text.height;
  }
  return { svg: parts.join('\n'), height };
}

/** The key to the chart's marks, drawn as the page draws it (neutral grey swatches, a link 8 px wide). */
function chartKeyBlock(input: SnapshotInput, width: number): Block {
  if (input.keyEntries.length === 0) return { svg: '', height: 0 };
  const title = textBlock(wrapText(input.keyTitle, 12, width), 0, 12, 16, { fill: COLOR.muted });
  const parts = [title.svg];
  const rowHeight = 18;
  let top = title.height + 2;
  for (const entry of input.keyEntries) {
    const lines = wrapText(entry.text, 12, width - 44);
    const cy = top + rowHeight / 2;
    let swatch: string;
    if (entry.mark === 'own') {
      swatch =
        el('rect', { x: 10, y: cy - 6, width: 16, height: 12, fill: COLOR.node }) +
        el('rect', { x: 10, y: cy, width: 16, height: 6, fill: 'url(#own-hatch)' });
    } else if (entry.mark === 'default') {
      swatch = el('rect', { x: 10, y: cy - 6, width: 16, height: 12, fill: COLOR.node, stroke: COLOR.defaultMark, 'stroke-width': 2 });
    } else if (entry.mark === 'shortfall') {
      const line = { x1: 0, x2: 36 };
      swatch =
        el('line', { ...line, y1: cy, y2: cy, stroke: 'url(#link-hatch)', 'stroke-width': 8 }) +
        el('line', { ...line, y1: cy + 4, y2: cy + 4, stroke: COLOR.defaultMark, 'stroke-dasharray': '3 2' });
    } else {
      const { dashes, fade, hatchWidth, dotWidth } = linkMarkStyle(entry.mark, 8);
      const line = { x1: 0, y1: cy, x2: 36, y2: cy, 'stroke-width': '8' };
      swatch =
        el('line', {
          ...line,
          stroke: COLOR.neutral,
          'stroke-dasharray': dashes?.join(' '),
          opacity: fade < 1 ? String(fade) : undefined,
        }) +
        (hatchWidth > 0 ? el('line', { ...line, stroke: 'url(#link-hatch)' }) : '') +
        (dotWidth > 0 ? el('line', { ...line, ...dotsLine(dotWidth) }) : '');
    }
    const text = textBlock(lines, top, 12, rowHeight, { fill: COLOR.fg }, 44);
    parts.push(el('g', { class: 'key-item', 'data-mark': entry.mark }, swatch + text.svg));
    top += text.height + 2;
  }
  return { svg: parts.join('\n'), height: top };
}

function figures(input: SnapshotInput, width: number): Block {
  if (input.alert) {
    const text = textBlock(wrapText(input.alert, 13, width - 20, true), 10, 13, 18, { fill: COLOR.alertFg, 'font-weight': 'bold' }, 10);
    const height = text.height + 20;
    return { svg: el('rect', { width, height, rx: 6, fill: COLOR.alertBg }) + text.svg, height };
  }
  const count = input.figures.length;
  const columns = Math.max(1, Math.min(count, Math.floor((width + MARGIN) / (FIGURE_MIN_WIDTH + MARGIN))));
  const columnWidth = (width - MARGIN * (columns - 1)) / columns;
  const parts: string[] = [];
  let top = 0;
  let rowHeight = 0;
  input.figures.forEach((figure, i) => {
    const x = (i % columns) * (columnWidth + MARGIN);
    if (i > 0 && i % columns === 0) {
      top += rowHeight + 12;
      rowHeight = 0;
    }
    const label = textBlock(wrapText(figure.label, 12, columnWidth), top, 12, 16, { fill: COLOR.muted }, x);
    const value = textBlock([figure.value], top + label.height, 20, 26, { fill: COLOR.fg, 'font-weight': 'bold' }, x);
    const sentence = textBlock(
      wrapText(figure.sentence, 12, columnWidth),
      top + label.height + value.height,
      12,
      16,
      { fill: COLOR.fg },
      x,
    );
    parts.push(el('g', { class: 'figure' }, label.svg + value.svg + sentence.svg));
    rowHeight = Math.max(rowHeight, label.height + value.height + sentence.height);
  });
  if (!count) return { svg: '', height: 0 };
  top += rowHeight;
  // What the figures count though it is not committed (a letter of intent's tranche), under them as on the page.
  if (input.figuresNote) {
    const note = textBlock(wrapText(input.figuresNote, 12, width), top + 8, 12, 16, { fill: COLOR.fg }, 0);
    parts.push(el('g', { class: 'figures-note' }, note.svg));
    top += 8 + note.height;
  }
  return { svg: parts.join('\n'), height: top };
}

/** A page size for the document: its width, and for fixed pages its height (and size on paper). */
export interface SvgFrame {
  width: number;
  height?: number;
  /** The page's size in physical units (print), the drawing keeping its pixel viewBox. */
  physical?: { width: string; height: string };
}

/**
 * A standalone SVG document of the chart with its title, legend, figures and sources, for download.
 * Without a frame it is as wide as the chart; a frame's fixed height (social, print) takes a
 * document that is taller scaled down to fit, centred, on the frame's background.
 */
export function renderSvgSnapshot(input: SnapshotInput, frame?: SvgFrame): string {
  const width = frame?.width ?? Math.max(480, Math.ceil(input.geometry.width + 2 * MARGIN));
  const inner = width - 2 * MARGIN;
  const sections: [Block, number][] = [
    [textBlock(wrapText(input.title, 20, inner, true), 0, 20, 26, { fill: COLOR.fg, 'font-weight': 'bold' }), 4],
    [textBlock(wrapText(input.subtitle, 12, inner), 0, 12, 16, { fill: COLOR.muted }), 12],
    [legend(input, inner), 12],
    [scaleNotes(input, inner), 12],
    [chart(input), 12],
    [labelKeyBlock(input.labels, input.labelKeyTitle, inner, input.lang), 12],
    [chartKeyBlock(input, inner), 16],
    [figures(input, inner), 16],
    [textBlock(wrapText(input.sourceLine, 11, inner), 0, 11, 15, { fill: COLOR.muted }), 0],
  ];
  const body: string[] = [];
  let y = MARGIN;
  for (const [block, gap] of sections) {
    if (block.height <= 0) continue;
    body.push(el('g', { transform: `translate(${MARGIN}, ${num(y)})` }, `\n${block.svg}\n`));
    y += block.height + gap;
  }
  const natural = Math.ceil(y + MARGIN);
  const height = frame?.height ?? natural;
  const fit = natural > height ? height / natural : 1;
  const content =
    fit < 1
      ? [el('g', { transform: `translate(${num((width * (1 - fit)) / 2)}, 0) scale(${fit.toFixed(4)})` }, `\n${body.join('\n')}\n`)]
      : body;
  const hatch = el(
    'pattern',
    { id: 'own-hatch', width: 4, height: 4, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    el('rect', { width: 2, height: 4, fill: COLOR.bg }),
  );
  // As LinkHatch on the page: links on ice are faded and hatched in the text colour.
  const linkHatch = el(
    'pattern',
    { id: 'link-hatch', width: 5, height: 5, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    el('rect', { width: 1.5, height: 5, fill: COLOR.fg, 'fill-opacity': '0.7' }),
  );
  const root = {
    xmlns: 'http://www.w3.org/2000/svg',
    'xml:lang': input.lang,
    width: frame?.physical?.width ?? width,
    height: frame?.physical?.height ?? height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-labelledby': 'snapshot-title snapshot-desc',
    'font-family': FONT,
  };
  const document = [
    el('title', { id: 'snapshot-title' }, escapeXml(input.title)),
    el('desc', { id: 'snapshot-desc' }, escapeXml(input.subtitle)),
    el('defs', {}, hatch + linkHatch),
    el('rect', { width, height, fill: COLOR.bg }),
    ...content,
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>\n${el('svg', root, `\n${document.join('\n')}\n`)}\n`;
}
