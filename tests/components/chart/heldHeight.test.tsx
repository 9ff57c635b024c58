// While a slider is dragged the chart's box only grows, so the page below it holds still; let go, it
// fits the chart again. The bands' canvas keeps the same size with it. It grows with room to spare,
// so that a drag which makes the loop taller step by step is not rendered at every step.
import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GROWTH_ROOM } from '../../../src/components/chart/useHeldHeight';
import { renderApp } from '../renderApp';

const svgHeight = (container: HTMLElement) => {
  const svg = container.querySelector('svg.chart__svg')!;
  const height = Number(svg.getAttribute('height'));
  expect(svg.getAttribute('viewBox')).toBe(`0 0 ${svg.getAttribute('width')} ${height}`);
  return height;
};

describe('the chart’s height during a slider drag', () => {
  it('grows with the loop (with room), never shrinks until the slider is let go, then fits the chart', () => {
    const { container, store } = renderApp();
    const { min, max } = store.getState().model.dataset.parameters.find((p) => p.id === 'nvidia-openai')!;
    const at = (fraction: number) => act(() => store.getState().setValue('nvidia-openai', min + fraction * (max - min)));
    at(0.5);
    const middle = svgHeight(container);
    at(1);
    const tallest = svgHeight(container);
    at(0);
    const smallest = svgHeight(container);
    // At a fixed scale a bigger investment makes a taller loop: the test needs heights that differ.
    expect(tallest).toBeGreaterThan(middle);
    expect(middle).toBeGreaterThan(smallest);

    // A drag starts at the chart's own height; a step that outgrows the box grows it with room
    // (GROWTH_ROOM), so the steps after it fit and can be painted without rendering (useDirectDrag).
    act(() => store.getState().setDragging(true));
    expect(svgHeight(container)).toBe(smallest);
    at(0.5);
    const roomy = Math.ceil(middle * GROWTH_ROOM);
    expect(svgHeight(container)).toBe(roomy);
    at(0);
    expect(svgHeight(container)).toBe(roomy);
    // Steps within the room leave the box as it is; beyond it, the box grows again, with room.
    at(1);
    const grown = tallest > roomy ? Math.ceil(tallest * GROWTH_ROOM) : roomy;
    expect(svgHeight(container)).toBe(grown);
    at(0.5);
    expect(svgHeight(container)).toBe(grown);

    act(() => store.getState().setDragging(false));
    expect(svgHeight(container)).toBe(middle);
    // A new drag starts from the chart's own height.
    act(() => store.getState().setDragging(true));
    expect(svgHeight(container)).toBe(middle);
    at(0);
    expect(svgHeight(container)).toBe(middle);
  });

  it('grows with room when a drag makes the loop a little taller, and holds it while the loop grows within that room', () => {
    const { container, store } = renderApp();
    const { min, max } = store.getState().model.dataset.parameters.find((p) => p.id === 'nvidia-openai')!;
    const at = (fraction: number) => act(() => store.getState().setValue('nvidia-openai', min + fraction * (max - min)));
    at(0.3);
    act(() => store.getState().setDragging(true));
    const start = svgHeight(container);
    // A reader drags the deal up a step at a time: the loop grows each step, the box only on the first.
    const heights = [0.31, 0.32, 0.33, 0.34, 0.35].map((f) => {
      at(f);
      return svgHeight(container);
    });
    act(() => store.getState().setDragging(false));
    const own = svgHeight(container);
    expect(own).toBeGreaterThan(start);
    expect(heights[0]).toBeGreaterThanOrEqual(Math.ceil(start * GROWTH_ROOM));
    expect(new Set(heights).size).toBe(1);
  });
});
