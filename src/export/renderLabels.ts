// The chart's labels in the export, drawn from the same placements as on screen: names (with a
// halo, leader lines where a label moved), numbers on boxes with no room, and the numbered key.
import { LABEL_LINE } from '../layout/chartLabels';
import { lineBaseline, TAG_FONT, TAG_HEIGHT, tagWidth, type LabelPlacement } from '../layout/labels';
import { COLOR, el, escapeXml, textBlock, wrapText, xmlId, type Block } from './writeSvg';
import { translate } from '../i18n/strings';
import type { Lang } from '../model/types';

const LABEL_SIZE = 12;

/** One text element per label; its halo is its own stroke painted under the fill (paint-order), not a second copy. */
function labelText(label: LabelPlacement): string {
  const lines = [...label.name, ...label.amount];
  const spans = lines
    .map((line, i) =>
      el(
        'tspan',
        {
          x: label.x,
          y: lineBaseline(label.y, i, lines.length, LABEL_LINE),
          'font-weight': i < label.name.length ? 'bold' : undefined,
          fill: i < label.name.length ? undefined : COLOR.muted,
        },
        escapeXml(line),
      ),
    )
    .join('');
  return el(
    'text',
    {
      class: 'label',
      'data-key': label.key,
      id: `label-${xmlId(label.key)}`,
      x: label.x,
      y: label.y,
      'text-anchor': label.anchor,
      'font-size': String(LABEL_SIZE),
      fill: COLOR.fg,
      stroke: COLOR.bg,
      'stroke-width': '3',
      'stroke-linejoin': 'round',
      'paint-order': 'stroke',
    },
    spans,
  );
}

function tagSvg(label: LabelPlacement, tag: NonNullable<LabelPlacement['tag']>): string {
  const w = tagWidth(tag.number);
  const box = { x: tag.x - w / 2, y: tag.y - TAG_HEIGHT / 2, width: w, height: TAG_HEIGHT, rx: TAG_HEIGHT / 2 };
  return el(
    'g',
    { class: 'label-tag', 'data-key': label.key },
    el('rect', { ...box, fill: COLOR.bg, stroke: COLOR.fg, 'stroke-width': '1' }) +
      el(
        'text',
        {
          x: tag.x,
          y: tag.y + TAG_FONT * 0.35,
          'text-anchor': 'middle',
          'font-size': String(TAG_FONT),
          'font-weight': 'bold',
          fill: COLOR.fg,
        },
        String(tag.number),
      ),
  );
}

/** Every label's drawing, in the chart's coordinates. */
export function labelsSvg(labels: LabelPlacement[]): string {
  // A label or a number moved off its box's height is joined to it by a leader, drawn under every
  // label (as on screen): where one must cross a name, the name's halo keeps it legible.
  const leaders = labels.flatMap(({ leader }) => (leader ? [el('line', { ...leader, stroke: COLOR.muted, 'stroke-width': '1' })] : []));
  const marks = labels.flatMap((label) => (label.tag ? [tagSvg(label, label.tag)] : label.visible ? [labelText(label)] : []));
  return [...leaders, ...marks].join('\n');
}

/** The numbered boxes' full names and amounts, as the page lists them under the chart. */
export function labelKeyBlock(labels: LabelPlacement[], title: string, width: number, lang: Lang): Block {
  const numbered = labels.filter((l) => l.tag).sort((a, b) => a.tag!.number - b.tag!.number);
  if (numbered.length === 0) return { svg: '', height: 0 };
  const heading = textBlock(wrapText(title, 12, width), 0, 12, 16, { fill: COLOR.muted });
  const parts = [heading.svg];
  let top = heading.height + 2;
  for (const label of numbered) {
    const entry = `${label.tag!.number}. ${translate(lang, 'text.named', { name: label.name.join(' '), text: label.amount.join(' · ') })}`;
    const text = textBlock(wrapText(entry, 12, width), top, 12, 16, { fill: COLOR.fg });
    parts.push(el('g', { class: 'label-key-item', 'data-key': label.key }, text.svg));
    top += text.height;
  }
  return { svg: parts.join('\n'), height: top };
}
