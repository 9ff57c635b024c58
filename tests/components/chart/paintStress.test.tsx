// The drag's canvas paints a stress test's marks as ShortfallBands and DefaultMarks draw them: each
// unpaid part stroked along its link's path in the links' hatch, its edge dashed in the mark colour,
// and a 2 px outline a little outside each defaulting box.
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DefaultMarks } from '../../../src/components/chart/DefaultMarks';
import { paintDefaultMarks, paintShortfalls, type StressContext } from '../../../src/components/chart/paintStress';
import { ShortfallBands } from '../../../src/components/chart/ShortfallBands';
import { deriveChart } from '../../../src/i18n/deriveChart';
import { stressRunner } from '../../../src/model/stress';
import { createExplorerStore } from '../../../src/state/store';
import { defaultDataset } from '../renderApp';

const r = (x: number) => Math.round(x * 100) / 100;

/** A canvas context that writes each stroke down as an SVG path, with its style, width and dashes. */
function recorder() {
  const marks: string[] = [];
  let path = '';
  let dashes: number[] = [];
  const point = (x: number, y: number) => `${r(x)},${r(y)}`;
  const context = {
    strokeStyle: '',
    lineWidth: 1,
    globalAlpha: 1,
    setLineDash: (d: number[]) => void (dashes = d),
    beginPath: () => void (path = ''),
    moveTo: (x: number, y: number) => void (path += `M${point(x, y)}`),
    lineTo: (x: number, y: number) => void (path += `L${point(x, y)}`),
    bezierCurveTo: (a: number, b: number, c: number, d: number, x: number, y: number) =>
      void (path += `C${point(a, b)},${point(c, d)},${point(x, y)}`),
    quadraticCurveTo: (a: number, b: number, x: number, y: number) => void (path += `Q${point(a, b)},${point(x, y)}`),
    stroke: () => marks.push(`stroke ${path} ${String(context.strokeStyle)} ${r(context.lineWidth)} [${dashes.join(' ')}]`),
    strokeRect: (x: number, y: number, w: number, h: number) =>
      marks.push(`rect ${r(x)} ${r(y)} ${r(w)} ${r(h)} ${String(context.strokeStyle)} ${context.lineWidth}`),
  };
  return { context: context as unknown as StressContext, marks };
}

const NUMBER = /-?\d+(\.\d+)?(e-?\d+)?/g;
/** A path's commands with its numbers out, and the numbers: linkPath writes them to a tenth of a pixel. */
const shape = (d: string) => ({ commands: d.replace(NUMBER, '#').replace(/\s+/g, ''), numbers: (d.match(NUMBER) ?? []).map(Number) });

/** The marks recorded and drawn are the same: the same commands, styles and widths, every coordinate within 0.05 px. */
function expectSameMarks(painted: string[], drawn: string[]) {
  expect(painted.map((m) => shape(m).commands)).toEqual(drawn.map((m) => shape(m).commands));
  painted.forEach((m, i) => {
    const [a, b] = [shape(m).numbers, shape(drawn[i]!).numbers];
    expect(a.length).toBe(b.length);
    a.forEach((x, k) => expect(Math.abs(x - b[k]!), `${m} against ${drawn[i]}`).toBeLessThanOrEqual(0.051));
  });
}

describe('paintShortfalls and paintDefaultMarks', () => {
  it('paint what ShortfallBands and DefaultMarks draw, on the default loop in 2027 with every shock at once', () => {
    const shocks = { equitySlowdown: 0.5, revenueFall: 0.3 };
    const store = createExplorerStore(defaultDataset(), 'en', { shared: { year: 2027 } });
    store.getState().setShocks(shocks);
    const state = store.getState();
    const { stress } = deriveChart({ ...state, stressRun: stressRunner(shocks, { alpha: state.alpha, beta: state.beta }) }, { width: 900 });
    if (!stress) throw new Error('the shocked loop should be drawn stressed');
    // The chart this checks has each kind of mark.
    expect(stress.shortfalls.length).toBeGreaterThan(0);
    expect(stress.defaults.length).toBeGreaterThan(0);

    const hatch = 'link-hatch' as unknown as CanvasPattern;
    const { context, marks } = recorder();
    paintShortfalls(context, stress, hatch, 'mark');
    paintDefaultMarks(context, stress, 'mark');

    const { container } = render(
      <svg>
        <ShortfallBands bands={stress.shortfalls} />
        <DefaultMarks marks={stress.defaults} />
      </svg>,
    );
    const n = (e: Element, a: string) => r(Number(e.getAttribute(a)));
    const expected: string[] = [];
    for (const band of container.querySelectorAll('.shortfall')) {
      const fill = band.querySelector('.shortfall__hatch')!;
      const edge = band.querySelector('.shortfall__edge')!;
      expected.push(`stroke ${fill.getAttribute('d')} link-hatch ${n(fill, 'stroke-width')} []`);
      // chartLayers.css: `.shortfall__edge` is 1 px, dashed 3 2.
      expected.push(`stroke ${edge.getAttribute('d')} mark 1 [3 2]`);
    }
    // chartLayers.css: `.default-mark` is 2 px wide.
    for (const rect of container.querySelectorAll('rect.default-mark'))
      expected.push(`rect ${n(rect, 'x')} ${n(rect, 'y')} ${n(rect, 'width')} ${n(rect, 'height')} mark 2`);
    expectSameMarks(marks, expected);
  });
});
