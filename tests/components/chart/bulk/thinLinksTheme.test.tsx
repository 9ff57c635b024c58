import { act, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateDataset } from '../../../../scripts/bench/generateDataset';
import { DARK_ORIGIN_COLORS } from '../../../../src/components/chart/darkPalette';
import { originColor } from '../../../../src/components/chart/palette';
import { renderApp } from '../../renderApp';

// Over the bulk thresholds (more than 150 entities), so the thin links go to a canvas.
const large = () => generateDataset(200, 600);

afterEach(() => {
  delete document.documentElement.dataset.theme;
  vi.restoreAllMocks();
});

describe('the thin links of a large graph', () => {
  it('are painted again in the dark list when the theme turns dark, as the SVG follows it', async () => {
    // jsdom has no canvas: record the colour of each stroke instead (the canvas is painted by the page here).
    let strokes: string[] = [];
    const context = {
      strokeStyle: '',
      setTransform() {},
      setLineDash() {},
      clearRect() {},
      beginPath() {},
      moveTo() {},
      lineTo() {},
      bezierCurveTo() {},
      quadraticCurveTo() {},
      stroke() {
        strokes.push(this.strokeStyle);
      },
      fillRect() {},
      createPattern: () => ({}),
    };
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation((() => context) as never);
    document.documentElement.dataset.theme = 'light';
    const { container } = renderApp(large());
    await waitFor(() => expect(container.querySelector('canvas.links__canvas')).toBeTruthy());
    await waitFor(() => expect(strokes.length).toBeGreaterThan(0));
    // The origins' own colours (the first twelve have a dark one each).
    const light = new Set(Array.from({ length: DARK_ORIGIN_COLORS.length }, (_, i) => originColor(i)));
    expect(strokes.some((colour) => light.has(colour))).toBe(true);

    strokes = [];
    act(() => void (document.documentElement.dataset.theme = 'dark'));
    await waitFor(() => expect(strokes.length).toBeGreaterThan(0));
    expect(strokes.some((colour) => (DARK_ORIGIN_COLORS as readonly string[]).includes(colour))).toBe(true);
    // No origin of the list keeps its light colour on the dark theme.
    expect(strokes.filter((colour) => light.has(colour))).toEqual([]);
  });
});
