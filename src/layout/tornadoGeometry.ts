import { scaleLinear } from 'd3-scale';
import { px, type Px } from './units';

/** One slider's row: the headline share with the slider at its min and at its max (null: no share there). */
export interface TornadoRow {
  key: string;
  atMin: number | null;
  atMax: number | null;
  /** Lines the slider's name takes above its bar (1 when not given). */
  labelLines?: number;
}

export interface TornadoOptions {
  width: number;
  /** Height of a row whose name takes one line: the name, the bar under it. */
  rowHeight?: number;
  /** Height of each line of a name. */
  lineHeight?: number;
  /** Room left and right of the plot for the values written beside the bar's ends. */
  margin?: number;
  axisHeight?: number;
}

export interface TornadoBar {
  key: string;
  /** Baselines of the lines of the slider's name. */
  labelY: Px[];
  /** Top of the bar. */
  y: Px;
  height: Px;
  /** Left edge and width of the bar from the lower end to the higher (width 0 for a slider that moves nothing). */
  x: Px;
  width: Px;
  /** Where each end is, for its value label (null when that end has no share). */
  minX: Px | null;
  maxX: Px | null;
  /**
   * The bar in two parts, each from today's figure to one end (the slider at its min, at its max),
   * so a reader sees which end is which; the longer first, so the shorter is drawn over it when
   * both ends lie on one side. Without a figure today, from the midpoint of the ends.
   */
  parts: TornadoPart[];
}

export interface TornadoPart {
  end: 'min' | 'max';
  x: Px;
  width: Px;
}

export interface TornadoGeometry {
  width: Px;
  height: Px;
  left: Px;
  right: Px;
  /** The axis line's y, below the last row, and its ticks. */
  axisY: Px;
  ticks: { x: Px; value: number }[];
  /** The headline's current value, drawn as a line across every row. */
  currentX: Px | null;
  bars: TornadoBar[];
}

const NICE_STEPS = [1, 2, 2.5, 5, 10];

/** A round tick step giving about `count` intervals over `span`. */
function niceStep(span: number, count: number): number {
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  return (NICE_STEPS.find((s) => s * power >= raw) ?? 10) * power;
}

/**
 * A tornado chart's geometry from plain numbers: rows in the order given (the caller sorts by
 * swing), one linear scale shared by every bar and the current value, widened to round ticks.
 * Shares lie in 0..1, and so does the axis.
 */
export function tornadoGeometry(rows: TornadoRow[], current: number | null, options: TornadoOptions): TornadoGeometry {
  const { width, rowHeight = 36, lineHeight = 13, margin = 64, axisHeight = 22 } = options;
  const values = [current, ...rows.flatMap((r) => [r.atMin, r.atMax])].filter((v): v is number => v !== null && Number.isFinite(v));
  let lo = values.length ? Math.min(...values) : 0;
  let hi = values.length ? Math.max(...values) : 1;
  // A flat chart (nothing moves) still gets an axis around its one value.
  if (hi - lo < 1e-9) {
    lo = Math.max(0, lo - 0.05);
    hi = Math.min(1, hi + 0.05);
  }
  const step = niceStep(hi - lo, 4);
  const d0 = Math.max(0, Math.floor(lo / step + 1e-9) * step);
  const d1 = Math.min(1, Math.ceil(hi / step - 1e-9) * step);
  const left = margin;
  const right = Math.max(left + 1, width - margin);
  // d1 > d0 always: a flat chart was widened above, so the domain never collapses.
  const scale = scaleLinear().domain([d0, d1]).range([left, right]);
  const x = (v: number) => px(scale(v));
  const ticks: { x: Px; value: number }[] = [];
  for (let i = 0; d0 + i * step <= d1 + step * 1e-6; i++) {
    const value = Math.round((d0 + i * step) * 1e6) / 1e6;
    ticks.push({ x: x(value), value });
  }
  const barHeight = Math.round(rowHeight * 0.4);
  let top = 0;
  const currentX = current === null || !Number.isFinite(current) ? null : x(current);
  const bars = rows.map((row): TornadoBar => {
    // A name of more lines makes its row taller by as many lines: its bar stays under its last line.
    const lines = Math.max(1, Math.floor(row.labelLines ?? 1) || 1);
    const bottom = top + rowHeight + (lines - 1) * lineHeight;
    const lastBaseline = bottom - barHeight - 6;
    const labelY = Array.from({ length: lines }, (_, k) => px(lastBaseline - (lines - 1 - k) * lineHeight));
    top = bottom;
    const minX = row.atMin === null ? null : x(row.atMin);
    const maxX = row.atMax === null ? null : x(row.atMax);
    const ends = [minX, maxX].filter((v): v is Px => v !== null);
    const from = ends.length ? Math.min(...ends) : left;
    const to = ends.length ? Math.max(...ends) : left;
    const base = currentX ?? (from + to) / 2;
    const parts = (['min', 'max'] as const)
      .map((end) => ({ end, at: end === 'min' ? minX : maxX }))
      .filter((p): p is { end: 'min' | 'max'; at: Px } => p.at !== null)
      .map(({ end, at }) => ({ end, x: px(Math.min(base, at)), width: px(Math.abs(at - base)) }))
      .sort((a, b) => b.width - a.width);
    return {
      key: row.key,
      labelY,
      y: px(bottom - barHeight - 2),
      height: px(barHeight),
      x: px(from),
      width: px(to - from),
      minX,
      maxX,
      parts,
    };
  });
  const axisY = px(top + 4);
  return {
    width: px(width),
    height: px(axisY + axisHeight),
    left: px(left),
    right: px(right),
    axisY,
    ticks,
    currentX,
    bars,
  };
}

/**
 * The mark of today's figure: a dashed line at `currentX` through each bar and down to the axis,
 * not through the sliders' names above the bars (at 320 px one line the chart's height struck
 * through every name); null when there is no figure today.
 */
export function currentMarkPath({ currentX, bars, axisY }: Pick<TornadoGeometry, 'currentX' | 'bars' | 'axisY'>): string | null {
  if (currentX === null) return null;
  const segments = bars.map((bar) => `M${currentX},${bar.y - 1}V${bar.y + bar.height + 1}`);
  return `${segments.join('')}M${currentX},${axisY - 4}V${axisY}`;
}
