import { useSyncExternalStore } from 'react';
import { DISTINCT_ORIGIN_COLORS, originColor } from './palette';

/**
 * The origins' colours on the dark theme, in the order of the light ones (palette.ts) and near their
 * hues (within 12°), so an origin keeps its colour's name: each drawn at the bands' strength (0.78)
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

/**
 * An origin's colour on a theme, for a canvas (which cannot take CSS variables). Past the list (and
 * for the grey of a link's smallest origins) the light one, as the SVG has it (`--origin-N` is
 * declared for the list only): one colour for an origin whoever draws it.
 */
export function originColorIn(index: number, dark: boolean): string {
  return dark && index >= 0 && index < DARK_ORIGIN_COLORS.length ? (DARK_ORIGIN_COLORS[index] as string) : originColor(index);
}

const DARK_SCHEME = '(prefers-color-scheme: dark)';

/**
 * Whether the page shows its dark theme, as base.css decides it: an embed told its host's theme
 * (`data-theme` on the root), else the system's. (Not the page's background: an embed may be
 * transparent on its host's.)
 */
export function pageIsDark(doc: Document = document): boolean {
  const theme = doc.documentElement.dataset.theme;
  return theme === 'dark' || (theme !== 'light' && doc.defaultView?.matchMedia?.(DARK_SCHEME).matches === true);
}

/** Calls `onChange` when the page's theme may have changed (the system's scheme, or the root's `data-theme`); returns the unsubscribe. */
export function watchTheme(onChange: () => void, doc: Document = document): () => void {
  const query = doc.defaultView?.matchMedia?.(DARK_SCHEME);
  query?.addEventListener('change', onChange);
  const root = new MutationObserver(onChange);
  root.observe(doc.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => {
    query?.removeEventListener('change', onChange);
    root.disconnect();
  };
}

/** Whether the page shows its dark theme, followed as it changes (see pageIsDark). */
export function usePageDark(): boolean {
  return useSyncExternalStore(watchTheme, () => pageIsDark());
}
