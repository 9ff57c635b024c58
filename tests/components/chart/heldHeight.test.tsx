// While a slider is dragged the chart's box only grows, so the page below it holds still; let go, it
// fits the chart again. The bands' canvas keeps the same size with it.
import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../renderApp';

const svgHeight = (container: HTMLElement) => {
  const svg = container.querySelector('svg.chart__svg')!;
  const height = Number(svg.getAttribute('height'));
  expect(svg.getAttribute('viewBox')).toBe(`0 0 ${svg.getAttribute('width')} ${height}`);
  return height;
};

describe('the chart’s height during a slider drag', () => {
  it('grows with the loop, never shrinks until the slider is let go, then fits the chart', () => {
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

    act(() => store.getState().setDragging(true));
    at(0.5);
    expect(svgHeight(container)).toBe(middle);
    at(1);
    expect(svgHeight(container)).toBe(tallest);
    at(0);
    expect(svgHeight(container)).toBe(tallest);
    at(0.5);
    expect(svgHeight(container)).toBe(tallest);

    act(() => store.getState().setDragging(false));
    expect(svgHeight(container)).toBe(middle);
    // A new drag starts from the chart's own height.
    act(() => store.getState().setDragging(true));
    at(0);
    expect(svgHeight(container)).toBe(middle);
  });
});
