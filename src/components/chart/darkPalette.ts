import { DISTINCT_ORIGIN_COLORS, originColor } from './palette';

/**
 * The origins' colours on the dark theme, in the order of the light ones (palette.ts) and near their
 * hues (within 10°), so an origin keeps its colour's name: each drawn at the bands' strength (0.78)
 * over the dark background stands out from it at least 3:1 (WCAG's contrast for graphics), where
 * the light list's darker half fell to 1.6:1; lightness from CIE L* 52 to 96, at least 3.6 apart;
 * pairs at least ΔE 13 apart under simulated tritanopia, deuteranopia and protanopia. The page's
 * SVG and HTML take them from `--origin-N` in base.css (light-dark()); canvases from here.
 * tests/components/chart/palette.test.ts checks both.
 */
export const DARK_ORIGIN_COLORS = [
  '#fbc66b', // orange, L* 83
  '#4f97ba', // blue, L* 59
  '#55bfa3', // green, L* 71
  '#fedfe7', // pink, L* 92
  '#3c74f6', // indigo, L* 52
  '#fda17b', // coral, L* 75
  '#efff70', // yellow, L* 96
  '#e87779', // red, L* 63
  '#b0e3fe', // sky, L* 88
  '#659148', // dark green, L* 56
  '#b8befe', // lavender, L* 79
  '#bfa04a', // ochre, L* 67
] as const;

if (DARK_ORIGIN_COLORS.length !== DISTINCT_ORIGIN_COLORS) throw new Error('one dark colour per light one');

/** An origin's colour on a theme, for a canvas (which cannot take CSS variables); past the list, the light one's hue, lighter. */
export function originColorIn(index: number, dark: boolean): string {
  if (!dark) return originColor(index);
  if (index >= 0 && index < DARK_ORIGIN_COLORS.length) return DARK_ORIGIN_COLORS[index] as string;
  return index < 0 ? originColor(index) : originColor(index).replace(/ 45%\)$/, ' 65%)');
}

/** Whether the page shows its dark theme: its background (`--bg`) is dark. */
export function pageIsDark(element: Element): boolean {
  const [r = 255, g = 255, b = 255] = (getComputedStyle(element.ownerDocument.body).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
  return r + g + b < 384;
}
