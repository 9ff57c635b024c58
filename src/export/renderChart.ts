import { ghostPath } from '../layout/anchorGhost';
import { DOTS, linkMark, linkMarkStyle, NOT_ISOLATED, overlayStrength, routeLength } from '../layout/linkMarks';
import { linkPath, type LinkRoute } from '../layout/linkPaths';
import type { LinkShape, NodeBox } from '../layout/sankeyLayout';
import { labelsSvg } from './renderLabels';
import { defaultsSvg, roundFrameSvg, shortfallsSvg } from './renderMarks';
import type { SnapshotInput } from './snapshotTypes';
import { COLOR, el, escapeXml, GHOST_STROKE, xmlId, type Block } from './writeSvg';

// The exported chart's drawing, as the page's chart draws it (ChartLink, ChartNode and the layers
// over them); renderSvg.ts puts it in a document with its title, legend, key and figures.

function linkSvg(link: LinkShape, route: LinkRoute, input: SnapshotInput): string {
  const id = `flow-${xmlId(link.key)}`;
  const name = input.linkNames[link.key];
  const title = name === undefined ? '' : el('title', {}, escapeXml(name));
  const mark = linkMark(link.standing);
  const { dashes, fade, hatchWidth, dotWidth } = linkMarkStyle(mark, link.width, routeLength(route));
  const dasharray = dashes?.join(' ');
  const paths =
    input.colorByOrigin && link.bands.length > 0
      ? link.bands.map((band, b) =>
          el('path', {
            id: `${id}-band-${b}`,
            d: linkPath(route, band.offset),
            fill: 'none',
            stroke: svgColor(input.origins[band.origin]?.color ?? COLOR.neutral),
            'stroke-width': Math.max(0.5, band.width),
            'stroke-opacity': '0.78',
            'stroke-dasharray': dasharray,
            opacity:
              input.isolated >= 0 && input.isolated !== band.origin ? String(NOT_ISOLATED * fade) : fade < 1 ? String(fade) : undefined,
          }),
        )
      : [
          el('path', {
            id: `${id}-path`,
            d: linkPath(route),
            fill: 'none',
            stroke: COLOR.neutral,
            'stroke-width': Math.max(1, link.width),
            'stroke-opacity': link.back ? '0.7' : '0.55',
            'stroke-dasharray': dasharray,
            opacity: fade < 1 ? String(fade) : undefined,
          }),
        ];
  // As on the page, all but hidden with the bands when another origin is shown alone.
  const overlay = input.colorByOrigin ? overlayStrength(link.bands, input.isolated) : 1;
  const opacity = overlay < 1 ? String(overlay) : undefined;
  if (hatchWidth > 0)
    paths.push(
      el('path', { id: `${id}-hatch`, d: linkPath(route), fill: 'none', stroke: 'url(#link-hatch)', 'stroke-width': hatchWidth, opacity }),
    );
  if (dotWidth > 0) paths.push(el('path', { id: `${id}-dots`, d: linkPath(route), fill: 'none', ...dotsLine(dotWidth), opacity }));
  return el('g', { class: 'link', 'data-key': link.key, id, 'data-mark': mark }, title + paths.join(''));
}

/** As `.link__dots` on the page: the dotted line along an assumed link, in the text colour. */
export function dotsLine(width: number): Record<string, string | number> {
  return { stroke: COLOR.fg, 'stroke-opacity': '0.7', 'stroke-width': width, 'stroke-dasharray': DOTS.join(' ') };
}

function nodeSvg(node: NodeBox, input: SnapshotInput): string {
  const name = input.nodeNames[node.key];
  const width = node.x1 - node.x0;
  const own = input.ownHeights[node.key] ?? 0;
  const box = el('rect', { x: node.x0, y: node.y0, width, height: Math.max(1, node.y1 - node.y0), fill: COLOR.node });
  const hatch = own > 0.5 ? el('rect', { x: node.x0, y: node.y1 - own, width, height: own, fill: 'url(#own-hatch)' }) : '';
  return el(
    'g',
    { class: 'node', 'data-key': node.key, id: `entity-${xmlId(node.key)}` },
    (name === undefined ? '' : el('title', {}, escapeXml(name))) + box + hatch,
  );
}

/** The chart itself: the rounds frame, links, stress marks, compared outlines, boxes and labels, in the page's order of layers. */
export function chart(input: SnapshotInput): Block {
  const { geometry } = input;
  const links = geometry.links.flatMap((l) => (l.route ? [linkSvg(l, l.route, input)] : []));
  const nodes = geometry.nodes.filter((n) => n.value > 0).map((n) => nodeSvg(n, input));
  // Set on their boxes by buildSnapshot (anchorGhost), wider than them and drawn under them, as on
  // the page: dashes either side of a box.
  const ghost = (input.ghost?.boxes ?? []).map((n) => el('path', { d: ghostPath(n, 4), 'data-key': n.key, ...GHOST_STROKE }));
  const svg = [
    ...(input.roundFrame ? [roundFrameSvg(input)] : []),
    el('g', { class: 'links', id: 'links' }, `\n${links.join('\n')}\n`),
    ...(input.stress ? [shortfallsSvg(input.stress.shortfalls)] : []),
    ...(ghost.length ? [el('g', { class: 'ghost', 'aria-hidden': 'true' }, `\n${ghost.join('\n')}\n`)] : []),
    el('g', { class: 'nodes', id: 'nodes' }, `\n${nodes.join('\n')}\n`),
    ...(input.stress ? [defaultsSvg(input.stress.defaults)] : []),
    el('g', { class: 'labels', id: 'labels', 'aria-hidden': 'true' }, `\n${labelsSvg(input.labels)}\n`),
  ].join('\n');
  return { svg, height: geometry.height };
}

// librsvg and Inkscape do not read the space-separated hsl() that the palette uses past sixteen origins.
export function svgColor(color: string): string {
  const m = /^hsla?\(\s*(-?[\d.]+)(?:deg)?[\s,]+([\d.]+)%[\s,]+([\d.]+)%\s*\)$/i.exec(color.trim());
  if (!m) return color;
  const h = ((Number(m[1]) % 360) + 360) % 360;
  const s = Number(m[2]) / 100;
  const l = Number(m[3]) / 100;
  const a = s * Math.min(l, 1 - l);
  const channel = (n: number) => {
    const k = (n + h / 30) % 12;
    const v = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(v * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}
