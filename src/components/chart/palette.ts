// Okabe–Ito: distinguishable with the common colour-vision deficiencies; extended for more origins.
const OKABE_ITO = ['#E69F00', '#0072B2', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
const EXTRA = ['#8C6D31', '#5E3C99', '#1B9E77', '#7570B3', '#E7298A', '#66A61E', '#A6761D', '#666666'];

/** Grey for the band that gathers a link's smallest origins. */
const OTHER_ORIGINS_COLOR = '#8a96a3';

export function originColor(index: number): string {
  if (index < 0) return OTHER_ORIGINS_COLOR;
  const all = [...OKABE_ITO, ...EXTRA];
  if (index < all.length) return all[index] as string;
  const hue = (index * 137.508) % 360; // golden angle keeps far-apart hues for any count
  return `hsl(${hue.toFixed(0)} 55% 45%)`;
}

/** Dash patterns so that colour is never the only way to tell origins apart. */
export function originPattern(index: number): string | undefined {
  const patterns = [undefined, '6 3', '2 2', '8 2 2 2', '1 3', '10 4', '4 4', '3 1'];
  return patterns[index % patterns.length];
}
