// The canvas a slider drag paints into must show what the SVG links show: every band with the same
// line, colour, width, dashes and strength, the hatch of deals on ice, the isolated origin and the
// active link, and the stylesheet's opacities.
import { readFileSync } from 'node:fs';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChartLink } from '../../../src/components/chart/ChartLink';
import { MARGIN_X, MARGIN_Y, paintDragFrame } from '../../../src/components/chart/dragFrame';
import {
  BACK_STROKE_OPACITY,
  BAND_OPACITY,
  DOTS_OPACITY,
  paintLinks,
  STROKE_OPACITY,
  type PaintContext,
} from '../../../src/components/chart/paintLinks';
import { deriveChart } from '../../../src/i18n/deriveChart';
import type { LinkShape } from '../../../src/layout/sankeyLayout';
import { RoundedPath } from '../../../src/layout/roundedPath';
import { createExplorerStore } from '../../../src/state/store';
import { defaultDataset } from '../renderApp';

interface Stroke {
  d: string;
  style: string;
  width: number;
  alpha: number;
  dashes: string | null;
}

/** A canvas context that writes down each stroke: its path as SVG path data, its style, width, strength and dashes. */
function recorder(): { context: PaintContext; strokes: Stroke[] } {
  const strokes: Stroke[] = [];
  let path = new RoundedPath(1);
  let dashes: number[] = [];
  const context = {
    strokeStyle: '' as PaintContext['strokeStyle'],
    lineWidth: 1,
    globalAlpha: 1,
    beginPath: () => void (path = new RoundedPath(1)),
    moveTo: (x: number, y: number) => path.moveTo(x, y),
    lineTo: (x: number, y: number) => path.lineTo(x, y),
    quadraticCurveTo: (a: number, b: number, x: number, y: number) => path.quadraticCurveTo(a, b, x, y),
    bezierCurveTo: (a: number, b: number, c: number, e: number, x: number, y: number) => path.bezierCurveTo(a, b, c, e, x, y),
    setLineDash: (d: number[]) => void (dashes = d),
    stroke: () =>
      strokes.push({
        d: path.toString(),
        style: typeof context.strokeStyle === 'string' ? context.strokeStyle : 'pattern',
        width: context.lineWidth,
        alpha: context.globalAlpha,
        dashes: dashes.length ? dashes.join(' ') : null,
      }),
  };
  return { context: context as unknown as PaintContext, strokes };
}

/** The strokes the SVG links draw, read from ChartLink's elements as the page's stylesheet shows them. */
function svgStrokes(links: LinkShape[], colorByOrigin: boolean, isolated: number, activeKey: string | null, dark = false): Stroke[] {
  const { container } = render(
    <svg>
      {links.map((link) => (
        <ChartLink
          key={link.key}
          link={link}
          colorByOrigin={colorByOrigin}
          isolated={isolated}
          label=""
          active={link.key === activeKey}
          focusable
          tabStop={false}
          bandsOnCanvas={false}
          onActivate={() => {}}
          onDeactivate={() => {}}
        />
      ))}
    </svg>,
  );
  return [...container.querySelectorAll<SVGPathElement>('path.link__band, path.link__stroke, path.link__hatch, path.link__dots')].map(
    (path) => {
      const link = path.closest('g.link')!;
      const active = link.classList.contains('link--active');
      const opacity = Number(path.getAttribute('opacity') ?? 1);
      const kind = path.getAttribute('class');
      const strength =
        kind === 'link__hatch'
          ? 1
          : kind === 'link__dots'
            ? DOTS_OPACITY
            : active
              ? 1
              : kind === 'link__band'
                ? BAND_OPACITY
                : link.classList.contains('link--back')
                  ? BACK_STROKE_OPACITY
                  : STROKE_OPACITY;
      return {
        d: path.getAttribute('d')!,
        style: kind === 'link__hatch' ? 'pattern' : kind === 'link__dots' ? 'dots' : themeColor(path.getAttribute('stroke'), dark),
        width: Number(path.getAttribute('stroke-width')),
        alpha: strength * opacity,
        dashes: path.getAttribute('stroke-dasharray'),
      };
    },
  );
}

/** The stylesheet's `--origin-N: light-dark(light, dark)` (base.css), as a browser reads it. */
const declared = new Map(
  [
    ...readFileSync('src/components/styles/base.css', 'utf8').matchAll(/--origin-(\d+): light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\);/g),
  ].map((m) => [m[1]!, { light: m[2]!, dark: m[3]! }]),
);

/** A band's `var(--origin-N, fallback)` as the browser resolves it on a theme: the stylesheet's colour, else the fallback. */
function themeColor(stroke: string | null, dark: boolean): string {
  if (stroke === null) return 'neutral';
  const origin = /^var\(--origin-(-?\d+),(.+)\)$/.exec(stroke);
  if (!origin) return stroke;
  const colors = declared.get(origin[1]!);
  return colors ? colors[dark ? 'dark' : 'light'] : origin[2]!;
}

/** The default dataset's chart on 1 February 2026, with Nvidia's stake on ice (hatched) and a letter of intent elsewhere (dashed). */
function chartLinks(): LinkShape[] {
  const dataset = defaultDataset();
  const flow = dataset.flows.find((f) => f.from.startsWith('nvidia') && f.to === 'openai' && f.kind === 'equity-investment')!;
  flow.provenance = { ...flow.provenance, status: [{ date: '2026-01-30', status: 'on-ice' }] };
  const store = createExplorerStore(dataset, 'en', { shared: { date: '2026-02-01' } });
  return deriveChart(store.getState(), { width: 900 }).geometry.links;
}

const paint = { neutral: 'neutral', hatch: 'pattern' as unknown as CanvasPattern, dots: 'dots', dark: false, nodes: null };
const rounded = (strokes: Stroke[]) => strokes.map((s) => ({ ...s, alpha: Math.round(s.alpha * 1e9) / 1e9 }));

describe('paintLinks', () => {
  const links = chartLinks();

  it('is drawing what the SVG draws, of the default chart with a deal on ice and one not yet committed', () => {
    expect(links.filter((l) => l.route).length).toBeGreaterThan(20);
    for (const [colorByOrigin, isolated, activeKey] of [
      [true, -1, null],
      [true, 1, null],
      [true, -1, links[3]!.key],
      [false, -1, links.find((l) => l.back)!.key],
      [false, -1, null],
    ] as const) {
      for (const dark of [false, true]) {
        const { context, strokes } = recorder();
        paintLinks(context, links, { colorByOrigin, isolated, activeKey, ...paint, dark });
        const svg = svgStrokes(links, colorByOrigin, isolated, activeKey, dark);
        expect(svg.some((s) => s.style === 'pattern')).toBe(true);
        expect(svg.some((s) => s.dashes !== null)).toBe(true);
        expect(svg.some((s) => s.style === 'dots')).toBe(true);
        expect(rounded(strokes)).toEqual(rounded(svg));
      }
    }
  });

  it('leaves the canvas solid and opaque for what is painted over the links, whatever the last link', () => {
    // The last link a letter of intent (dashed): the boxes, leader lines and numbered tags painted next are solid.
    const options = { colorByOrigin: true, isolated: -1, activeKey: null, ...paint };
    const dashed = links.find((link) => {
      const { context, strokes } = recorder();
      paintLinks(context, [link], options);
      return strokes.some((s) => s.dashes !== null);
    });
    expect(dashed).toBeDefined();
    const { context, strokes } = recorder();
    paintLinks(context, [...links, dashed!], options);
    expect(strokes.at(-1)!.dashes).not.toBeNull();
    context.stroke();
    expect(strokes.at(-1)!.dashes).toBeNull();
    expect(context.globalAlpha).toBe(1);
  });

  it('uses the stylesheet’s own opacities', () => {
    const css = readFileSync('src/components/styles/chart.css', 'utf8');
    const opacity = (selector: string) =>
      Number(new RegExp(`\\n${selector.replace(/[.]/g, '\\.')} \\{[^}]*stroke-opacity: ([\\d.]+)`).exec(css)?.[1]);
    expect(opacity('.link__band')).toBe(BAND_OPACITY);
    expect(opacity('.link__stroke')).toBe(STROKE_OPACITY);
    expect(opacity('.link--back .link__stroke')).toBe(BACK_STROKE_OPACITY);
    expect(opacity('.link__dots')).toBe(DOTS_OPACITY);
  });
});

describe('paintDragFrame', () => {
  const links = chartLinks();

  it('sizes the canvas to the frame in device pixels only when that changes, clears it otherwise, and paints the bands from the margins', () => {
    const { context, strokes } = recorder();
    const calls: string[] = [];
    const canvas = { width: 300, height: 150 };
    const drawing = Object.assign(context, {
      setTransform: (...m: number[]) => void calls.push(`transform ${m.join(' ')}`),
      clearRect: (...r: number[]) => void calls.push(`clear ${r.join(' ')}`),
    }) as unknown as Parameters<typeof paintDragFrame>[1];
    const frame = { links, colorByOrigin: true, isolated: -1, activeKey: null, sent: 0, width: 700.4, height: 400, ratio: 2 };
    paintDragFrame(canvas, drawing, frame, paint);
    // Resizing clears a canvas by itself.
    expect(canvas).toEqual({ width: 1401, height: 800 });
    expect(calls).toEqual([`transform 2 0 0 2 ${2 * MARGIN_X} ${2 * MARGIN_Y}`]);
    const once = strokes.length;
    expect(rounded(strokes)).toEqual(rounded(svgStrokes(links, true, -1, null)));

    calls.length = 0;
    paintDragFrame(canvas, drawing, frame, paint);
    expect(calls).toEqual(['transform 1 0 0 1 0 0', 'clear 0 0 1401 800', `transform 2 0 0 2 ${2 * MARGIN_X} ${2 * MARGIN_Y}`]);
    expect(strokes.length).toBe(2 * once);
  });
});
