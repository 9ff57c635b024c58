// While a slider is dragged the chart's box only grows, so the page below it holds still; let go, it
// fits the chart again. The bands' canvas keeps the same size with it. It grows with room to spare,
// so that a drag which makes the loop taller step by step is not rendered at every step.
import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GROWTH_ROOM, roomFor } from '../../../src/components/chart/useHeldHeight';
import { chartHeight, MAX_GROWTH } from '../../../src/layout/chartGeometry';
import { renderApp } from '../renderApp';

const svgHeight = (container: HTMLElement) => {
  const svg = container.querySelector('svg.chart__svg')!;
  const height = Number(svg.getAttribute('height'));
  expect(svg.getAttribute('viewBox')).toBe(`0 0 ${svg.getAttribute('width')} ${height}`);
  return height;
};

const svgWidth = (container: HTMLElement) => Number(container.querySelector('svg.chart__svg')!.getAttribute('width'));

function setup() {
  const { container, store } = renderApp();
  const { min, max } = store.getState().model.dataset.parameters.find((p) => p.id === 'nvidia-openai')!;
  const at = (fraction: number) => act(() => store.getState().setValue('nvidia-openai', min + fraction * (max - min)));
  const drag = (dragging: boolean) => act(() => store.getState().setDragging(dragging));
  /** The chart's own height at a slider position (no drag). */
  const own = (fraction: number) => {
    at(fraction);
    return svgHeight(container);
  };
  return { container, store, at, drag, own };
}

describe('the chart’s height during a slider drag', () => {
  it('grows with the loop (with room), never shrinks until the slider is let go, then fits the chart', () => {
    const { container, at, drag, own } = setup();
    const middle = own(0.5);
    const tallest = own(1);
    const smallest = own(0);
    // At a fixed scale a bigger investment makes a taller loop: the test needs heights that differ.
    expect(tallest).toBeGreaterThan(middle);
    expect(middle).toBeGreaterThan(smallest);

    // A drag starts at the chart's own height; a step that outgrows the box grows it with room, so
    // the steps after it fit and can be painted without rendering (useDirectDrag).
    drag(true);
    expect(svgHeight(container)).toBe(smallest);
    at(0.5);
    const roomy = Math.ceil(middle * GROWTH_ROOM);
    expect(svgHeight(container)).toBe(roomy);
    at(0);
    expect(svgHeight(container)).toBe(roomy);
    // The tallest chart fits in that room (here): the box stays as it is.
    expect(tallest).toBeLessThanOrEqual(roomy);
    at(1);
    expect(svgHeight(container)).toBe(roomy);
    at(0.5);
    expect(svgHeight(container)).toBe(roomy);

    drag(false);
    expect(svgHeight(container)).toBe(middle);
    // A new drag starts from the chart's own height.
    drag(true);
    expect(svgHeight(container)).toBe(middle);
    at(0);
    expect(svgHeight(container)).toBe(middle);
  });

  it('grows again, with room, when a step outgrows the room', () => {
    const { container, store, at, drag, own } = setup();
    const smallest = own(0);
    // The first position (in twentieths) whose chart is taller than the smallest.
    const first = [...Array(20).keys()].map((k) => (k + 1) / 20).find((f) => own(f) > smallest)!;
    const low = own(first);
    // Every deal at its most: a far taller loop.
    const amounts = store.getState().model.dataset.parameters.filter((p) => p.unit === 'amount');
    const most = () => act(() => amounts.forEach((p) => store.getState().setValue(p.id, p.max)));
    most();
    const tallest = svgHeight(container);
    act(() => store.getState().reset());
    own(0);
    drag(true);
    at(first);
    expect(svgHeight(container)).toBe(Math.ceil(low * GROWTH_ROOM));
    // That loop outgrows the first room: the box grows a second time, with room again (within the tallest a chart can be).
    expect(tallest).toBeGreaterThan(Math.ceil(low * GROWTH_ROOM));
    most();
    expect(svgHeight(container)).toBe(roomFor(tallest, svgWidth(container)));
    drag(false);
    expect(svgHeight(container)).toBe(tallest);
  });

  it('grows with room when a drag makes the loop a little taller, and holds it while the loop grows within that room', () => {
    const { container, at, drag, own } = setup();
    const start = own(0.7);
    drag(true);
    // A reader drags the deal up a step at a time: the loop grows each step, the box only on the first.
    const heights = [0.71, 0.72, 0.73, 0.74, 0.75].map((f) => {
      at(f);
      return svgHeight(container);
    });
    drag(false);
    expect(svgHeight(container)).toBeGreaterThan(start);
    expect(heights[0]).toBeGreaterThanOrEqual(Math.ceil(start * GROWTH_ROOM));
    expect(new Set(heights).size).toBe(1);
    expect(svgWidth(container)).toBeGreaterThan(0);
  });

  it('leaves no more room than the tallest chart of its width can use', () => {
    const width = 800;
    const tallest = chartHeight(width) * MAX_GROWTH;
    expect(roomFor(400, width)).toBe(500);
    // Near the tallest a chart can be, the room stops there.
    expect(roomFor(tallest - 10, width)).toBe(tallest);
    expect(roomFor(tallest, width)).toBe(tallest);
  });
});
