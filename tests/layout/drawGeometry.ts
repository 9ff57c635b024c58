// A deliberately plain SVG drawing of the layout, for snapshot tests: node boxes, link centre lines
// (stroke as wide as the link, dashed by its mark), back-link lanes marked, and labels (or numbers) where the layout puts them.
// It shares no code with the export renderer, so a snapshot shows the geometry and nothing else.
import { linkMark } from '../../src/layout/linkMarks';
import { linkPath } from '../../src/layout/linkPaths';
import type { LaidOut } from '../svgSnapshots';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const PLAIN_DASHES = { solid: '', dashed: '8 4', hatched: '', dotted: '2 2' } as const;

export function drawGeometry({ geometry, labels }: LaidOut): string {
  const { width, height } = geometry;
  // Back links run under the diagram and may turn beyond its edges: the drawing shows all of it,
  // the chart's own area white on grey.
  const pad = 60;
  const parts: string[] = [];
  parts.push(`<rect x="${-pad}" y="${-pad}" width="${width + 2 * pad}" height="${height + 2 * pad}" fill="#e5e5e5"/>`);
  parts.push(`<rect width="${width}" height="${height}" fill="#fff"/>`);
  for (const link of geometry.links) {
    if (!link.route) continue;
    const colour = link.back ? '#c0392b' : '#7f8c8d';
    // The deal's status as a plain dash per mark (the chart's own dashes are linkMarkStyle's).
    const mark = linkMark(link.standing);
    const dashes = PLAIN_DASHES[mark];
    parts.push(
      `<path data-link="${escape(link.key)}"${mark === 'solid' ? '' : ` data-mark="${mark}"`} d="${linkPath(link.route)}" fill="none" stroke="${colour}" stroke-opacity="${mark === 'hatched' ? 0.2 : 0.5}"${dashes ? ` stroke-dasharray="${dashes}"` : ''} stroke-width="${Math.max(0.5, link.width)}"/>`,
    );
    // The lane's centre, so a snapshot diff shows lanes moving even where strokes overlap.
    if (link.route.back)
      parts.push(
        `<line x1="${link.route.x1}" x2="${link.route.x0}" y1="${link.route.laneY}" y2="${link.route.laneY}" stroke="#000" stroke-width="0.5"/>`,
      );
  }
  for (const node of geometry.nodes) {
    parts.push(
      `<rect data-node="${escape(node.key)}" x="${node.x0}" y="${node.y0}" width="${node.x1 - node.x0}" height="${node.y1 - node.y0}" fill="#2c3e50"/>`,
    );
  }
  for (const label of labels) {
    if (label.tag) {
      parts.push(
        `<text data-tag="${escape(label.key)}" x="${label.tag.x}" y="${label.tag.y}" text-anchor="middle" font-size="10" font-family="sans-serif">${label.tag.number}</text>`,
      );
      continue;
    }
    if (!label.visible) continue;
    if (label.leader) {
      const { x1, y1, x2, y2 } = label.leader;
      parts.push(`<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="#000" stroke-width="0.5"/>`);
    }
    const lines = [...label.name, ...label.amount];
    const spans = lines.map(
      (line, i) => `<tspan x="${label.x}" y="${label.y + (i - (lines.length - 1) / 2) * 15 + 4}">${escape(line)}</tspan>`,
    );
    parts.push(
      `<text x="${label.x}" y="${label.y}" text-anchor="${label.anchor}" font-size="12" font-family="sans-serif">${spans.join('')}</text>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width + 2 * pad}" height="${height + 2 * pad}" viewBox="${-pad} ${-pad} ${width + 2 * pad} ${height + 2 * pad}">\n${parts.join('\n')}\n</svg>\n`;
}
