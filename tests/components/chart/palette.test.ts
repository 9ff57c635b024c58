import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DARK_ORIGIN_COLORS, originColorIn } from '../../../src/components/chart/darkPalette';
import { BAND_OPACITY, STROKE_OPACITY } from '../../../src/components/chart/paintLinks';
import { DISTINCT_ORIGIN_COLORS, originColor } from '../../../src/components/chart/palette';

// Colour science for the check, written out (a test needs no colour library): sRGB → linear RGB →
// CIE XYZ (D65) → CIELAB, and differences as CIE76 ΔE (Euclidean distance in L*a*b*).
type Rgb = [number, number, number];
type Lab = [number, number, number];

function linearRgb(hex: string): Rgb {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return [channel(1), channel(3), channel(5)];
}

function lab([r, g, b]: Rgb): Lab {
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (841 / 108) * t + 4 / 29);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

/** Lightness a greyscale print or screen shows: CIE L* of the colour's relative luminance. */
const greyLightness = (hex: string) => lab(linearRgb(hex))[0];

/**
 * Tritanopia simulated with the matrix of Machado, Oliveira & Fernandes, "A Physiologically-based
 * Model for Simulation of Color Vision Deficiency", IEEE TVCG 15(6), 2009 (severity 1.0), applied
 * to linear RGB.
 */
const TRITANOPIA = [
  [1.255528, -0.076749, -0.178779],
  [-0.078411, 0.930809, 0.147602],
  [0.004733, 0.691367, 0.3039],
] as const;
/** Deuteranopia and protanopia, from the same paper and severity. */
const DEUTERANOPIA = [
  [0.367322, 0.860646, -0.227968],
  [0.280085, 0.672501, 0.047413],
  [-0.01182, 0.04294, 0.968881],
] as const;
const PROTANOPIA = [
  [0.152286, 1.052583, -0.204868],
  [0.114503, 0.786281, 0.099216],
  [-0.003882, -0.048116, 1.051998],
] as const;
type Matrix = readonly (readonly [number, number, number])[];
function seenWith(matrix: Matrix, hex: string): Lab {
  const rgb = linearRgb(hex);
  const seen = matrix.map((row) => Math.min(1, Math.max(0, row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2]))) as Rgb;
  return lab(seen);
}
const tritanope = (hex: string): Lab => seenWith(TRITANOPIA, hex);

const deltaE = (p: Lab, q: Lab) => Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);

/** The smallest difference over every pair of colours, and the pair. */
function closest(colors: string[], difference: (a: string, b: string) => number) {
  let min = { value: Infinity, pair: [-1, -1] };
  colors.forEach((a, i) =>
    colors.slice(i + 1).forEach((b, k) => {
      const value = difference(a, b);
      if (value < min.value) min = { value, pair: [i, i + 1 + k] };
    }),
  );
  return min;
}

// Thresholds: twelve lightness steps fit between L* 30 (still visible on the dark theme) and 86
// (still visible on white) only about 5 apart; 4.5 leaves room for rounding to hex. A ΔE of 10
// under tritanopia is well past "clearly different" (about 2.3 is a just-noticeable difference).
const MIN_GREY_STEP = 4.5;
const MIN_TRITAN_DELTA_E = 10;

describe('origin palette', () => {
  const colors = Array.from({ length: DISTINCT_ORIGIN_COLORS }, (_, o) => originColor(o));

  it('has at least twelve origin colours, the size of the default dataset', () => {
    expect(DISTINCT_ORIGIN_COLORS).toBeGreaterThanOrEqual(12);
    expect(new Set(colors).size).toBe(colors.length);
  });

  it(`sets every pair of origins at least ${MIN_GREY_STEP} apart in greyscale lightness (CIE L*)`, () => {
    const min = closest(colors, (a, b) => Math.abs(greyLightness(a) - greyLightness(b)));
    expect(min.value, `origins ${min.pair.join(' and ')}`).toBeGreaterThanOrEqual(MIN_GREY_STEP);
  });

  it(`sets every pair of origins at least ΔE ${MIN_TRITAN_DELTA_E} apart under simulated tritanopia`, () => {
    const min = closest(colors, (a, b) => deltaE(tritanope(a), tritanope(b)));
    expect(min.value, `origins ${min.pair.join(' and ')}`).toBeGreaterThanOrEqual(MIN_TRITAN_DELTA_E);
  });

  it('keeps the old palette failing the check (Nvidia, Customers and Other investors were one grey)', () => {
    // The check itself must catch what #14 reported: the former Okabe–Ito orange, bluish green and reddish purple.
    expect(
      closest(
        ['#E69F00', '#009E73', '#CC79A7'].map((c) => c.toLowerCase()),
        (a, b) => Math.abs(greyLightness(a) - greyLightness(b)),
      ).value,
    ).toBeLessThan(MIN_GREY_STEP);
  });
});

/** WCAG 2 contrast ratio of two colours given as linear RGB. */
function contrast(p: Rgb, q: Rgb): number {
  const luminance = ([r, g, b]: Rgb) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const [light, dark] = [luminance(p), luminance(q)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
/** A colour at `alpha` over a background, blended as the browser blends (in sRGB's encoded values), in linear RGB. */
function over(hex: string, alpha: number, background: string): Rgb {
  const encode = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
  const [a, b] = [linearRgb(hex).map(encode), linearRgb(background).map(encode)];
  const mixed = a.map((c, i) => alpha * c + (1 - alpha) * b[i]!);
  return linearRgb(
    `#${mixed
      .map((c) =>
        Math.round(c * 255)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')}`,
  );
}

// The dark theme's background (base.css --bg); WCAG's contrast for graphical objects.
const DARK_BG = '#111418';
const MIN_DARK_CONTRAST = 3;
// Twelve steps between L* 52 (3:1 on the dark background at the bands' strength) and 96 fit only about 3.6 apart.
const MIN_DARK_GREY_STEP = 3.5;
// The dark list is further apart under colour-vision deficiencies than the light one needs to be.
const MIN_DARK_CVD_DELTA_E = 13;

describe('origin palette on the dark theme', () => {
  const colors = Array.from({ length: DISTINCT_ORIGIN_COLORS }, (_, o) => originColorIn(o, true));

  it('sets every origin, drawn at the bands’ strength, at least 3:1 against the dark background (the light list fell to 1.6:1)', () => {
    const lowest = (list: string[]) => Math.min(...list.map((c) => contrast(over(c, BAND_OPACITY, DARK_BG), linearRgb(DARK_BG))));
    expect(lowest(colors)).toBeGreaterThanOrEqual(MIN_DARK_CONTRAST);
    const light = Array.from({ length: DISTINCT_ORIGIN_COLORS }, (_, o) => originColor(o));
    expect(lowest(light)).toBeLessThan(2);
  });

  it(`sets every pair at least ${MIN_DARK_GREY_STEP} apart in lightness and ΔE ${MIN_DARK_CVD_DELTA_E} apart under simulated tritanopia, deuteranopia and protanopia`, () => {
    expect(new Set(colors).size).toBe(colors.length);
    const step = closest(colors, (a, b) => Math.abs(greyLightness(a) - greyLightness(b)));
    expect(step.value, `origins ${step.pair.join(' and ')}`).toBeGreaterThanOrEqual(MIN_DARK_GREY_STEP);
    for (const matrix of [TRITANOPIA, DEUTERANOPIA, PROTANOPIA]) {
      const min = closest(colors, (a, b) => deltaE(seenWith(matrix, a), seenWith(matrix, b)));
      expect(min.value, `origins ${min.pair.join(' and ')}`).toBeGreaterThanOrEqual(MIN_DARK_CVD_DELTA_E);
    }
  });

  it('keeps each origin near its light hue (within 12°), so it keeps its colour’s name; past the list, the light colour', () => {
    const hue = (hex: string) => {
      const [, a, b] = lab(linearRgb(hex));
      return (Math.atan2(b, a) * 180) / Math.PI;
    };
    colors.forEach((dark, o) => {
      const turn = Math.abs(((hue(dark) - hue(originColor(o)) + 540) % 360) - 180);
      expect(turn, `origin ${o}`).toBeLessThanOrEqual(12);
    });
    // No --origin-12 in the stylesheet: the SVG takes the light colour, and so must a canvas.
    expect(originColorIn(DISTINCT_ORIGIN_COLORS, true)).toBe(originColor(DISTINCT_ORIGIN_COLORS));
    expect(originColorIn(-1, true)).toBe(originColor(-1));
  });

  it('draws links in the neutral colour (colour by origin off) at least 3:1 against the dark background too', () => {
    const css = readFileSync('src/components/styles/base.css', 'utf8');
    const dark = /--link-neutral: light-dark\(#[0-9a-f]{6}, (#[0-9a-f]{6})\);/.exec(css)![1]!;
    expect(contrast(over(dark, STROKE_OPACITY, DARK_BG), linearRgb(DARK_BG))).toBeGreaterThanOrEqual(MIN_DARK_CONTRAST);
  });

  it('is the list the page’s stylesheet gives its SVG and HTML: --origin-N is light-dark(light, dark)', () => {
    const css = readFileSync('src/components/styles/base.css', 'utf8');
    const declared = [...css.matchAll(/--origin-(\d+): light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\);/g)].map((m) => [
      Number(m[1]),
      m[2],
      m[3],
    ]);
    expect(declared).toEqual(DARK_ORIGIN_COLORS.map((dark, o) => [o, originColor(o), dark]));
  });
});
