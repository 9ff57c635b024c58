import { estimateTextWidth } from '../layout/labels';
import { wrapLines } from '../layout/wrapLines';

// Writing SVG as text: the export's colours and font, escaping, elements, and wrapped text blocks.
// The light theme of src/components/styles/base.css, written out: a standalone file cannot rely on CSS variables.
export const COLOR = {
  bg: '#ffffff',
  fg: '#1b1f24',
  muted: '#57606a',
  neutral: '#8a96a3',
  node: '#3d4650',
  border: '#d0d7de',
  alertBg: '#fff4e5',
  alertFg: '#7a3b00',
  defaultMark: '#c62828',
};
// Named fonts first, so a designer's tools (and librsvg) pick the same face on every machine that has it.
export const FONT =
  "'Noto Sans TC', 'Noto Sans', 'Noto Sans CJK TC', system-ui, -apple-system, 'Segoe UI', Roboto, 'PingFang TC', 'Microsoft JhengHei', Arial, sans-serif";
export const GHOST_STROKE = { fill: 'none', stroke: COLOR.fg, 'stroke-width': '1.5', 'stroke-dasharray': '4 3' };

/** Attribute values: numbers are coordinates (rounded to 0.1); anything needing more precision is passed as a string. */
export type Attrs = Record<string, string | number | undefined>;
export interface Block {
  svg: string;
  height: number;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
// XML 1.0 rejects these even as character references, so one stray control character in a label would make the file unreadable.
/* eslint-disable no-control-regex -- matching control characters is this pattern's whole purpose */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

export function escapeXml(text: string): string {
  return String(text)
    .replace(NOT_XML, '')
    .replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

/**
 * A dataset id as the tail of an XML id (design tools name layers by it): letters, digits, '.' and
 * '-' kept, any other character written as _hex_, so two different ids never become the same one.
 */
export function xmlId(key: string): string {
  return Array.from(key, (ch) => (/[A-Za-z0-9.-]/.test(ch) ? ch : `_${ch.codePointAt(0)!.toString(16)}_`)).join('');
}

export function num(x: number): string {
  const r = Math.round(x * 10) / 10;
  return Number.isFinite(r) && r !== 0 ? String(r) : '0';
}

export function el(name: string, attrs: Attrs, content?: string): string {
  let open = `<${name}`;
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== undefined) open += ` ${key}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
  }
  return content === undefined ? `${open}/>` : `${open}>${content}</${name}>`;
}

/**
 * Greedy line breaking as the chart's own (wrapLines), on the width estimate the labels use, bold
 * measured as the chart measures its names.
 */
export function wrapText(text: string, fontSize: number, maxWidth: number, bold = false): string[] {
  const width = (s: string) => estimateTextWidth(s, fontSize, bold);
  return wrapLines(text, maxWidth, width).flatMap((line) => splitLong(line, width, maxWidth));
}

/** A word wider than the line (a URL, say) is cut into pieces that fit. */
function splitLong(token: string, width: (s: string) => number, maxWidth: number): string[] {
  if (width(token) <= maxWidth) return [token];
  const pieces: string[] = [];
  let piece = '';
  for (const ch of token) {
    if (piece && width(piece + ch) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  return piece ? [...pieces, piece] : pieces;
}

/** Lines of text from `top` down, one tspan per line with an absolute baseline (renderers agree on those). */
export function textBlock(lines: string[], top: number, size: number, lineHeight: number, attrs: Attrs = {}, x = 0): Block {
  if (lines.length === 0) return { svg: '', height: 0 };
  const baseline = (i: number) => top + i * lineHeight + (lineHeight + size * 0.7) / 2;
  const spans = lines.map((line, i) => el('tspan', { x, y: baseline(i) }, escapeXml(line))).join('');
  return { svg: el('text', { 'font-size': String(size), ...attrs }, spans), height: lines.length * lineHeight };
}
