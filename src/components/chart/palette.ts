/**
 * Origin colours, each at its own lightness so origins stay apart in greyscale (print) and under
 * colour-vision deficiencies, not by hue alone: twelve steps of CIE L* from 30 to 86 (about 5 apart),
 * handed out so that the first few origins are far apart in lightness, with hues that also differ
 * between neighbouring steps. tests/components/chart/palette.test.ts checks the differences.
 * (Dashes and hatches on links mean a deal's status, so origins are not told apart by patterns.)
 */
const ORIGIN_COLORS = [
  '#e49f51', // orange, L* 71
  '#0d658f', // blue, L* 40
  '#129770', // green, L* 56
  '#fdb4d4', // pink, L* 81
  '#3f3b8f', // indigo, L* 30
  '#e17258', // coral, L* 61
  '#e6da71', // yellow, L* 86
  '#ba404f', // red, L* 45
  '#21cbf4', // sky, L* 76
  '#076017', // dark green, L* 35
  '#a193f2', // lavender, L* 66
  '#9c7014', // ochre, L* 50
];

/** How many origins get a colour with its own lightness step; more fall back to hues alone. */
export const DISTINCT_ORIGIN_COLORS = ORIGIN_COLORS.length;

/** Grey for the band that gathers a link's smallest origins. */
const OTHER_ORIGINS_COLOR = '#8a96a3';

/** An origin's colour for the page's SVG and HTML: the theme's (`--origin-N` in base.css, see darkPalette.ts), else the light one. */
export const originPaint = (index: number) => `var(--origin-${index},${originColor(index)})`;

export function originColor(index: number): string {
  if (index < 0) return OTHER_ORIGINS_COLOR;
  if (index < ORIGIN_COLORS.length) return ORIGIN_COLORS[index] as string;
  const hue = (index * 137.508) % 360; // golden angle keeps far-apart hues for any count
  return `hsl(${hue.toFixed(0)} 55% 45%)`;
}
