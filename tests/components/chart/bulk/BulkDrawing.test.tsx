import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { generateDataset } from '../../../../scripts/bench/generateDataset';
import { defaultValues } from '../../../../src/model/defaults';
import { compileModel, solveLoop } from '../../../../src/model/engine';
import { renderApp } from '../../renderApp';

// A small graph still over the bulk thresholds (more than 150 entities), so jsdom stays quick.
const large = () => generateDataset(200, 600);

describe('a large graph drawn in bulk', () => {
  it('draws its nodes as one path with one tab stop, and its thin links into a canvas, once the bulk drawing has loaded', async () => {
    // jsdom has no canvas: count the links traced into it instead.
    let traced = 0;
    let strokes = 0;
    const context = {
      setTransform() {},
      setLineDash() {},
      clearRect() {},
      beginPath() {},
      moveTo: () => traced++,
      lineTo() {},
      bezierCurveTo() {},
      quadraticCurveTo() {},
      stroke: () => strokes++,
      // Dashed links are cut by a mask of dashes (a pattern filled over them).
      fillRect() {},
      createPattern: () => ({}),
    };
    const getContext = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation((() => context) as never);
    const dataset = large();
    const { container } = renderApp(dataset);
    const nodes = await waitFor(() => {
      const group = container.querySelector('g.nodes--bulk');
      if (!group) throw new Error('bulk nodes not drawn yet');
      return group;
    });
    expect(nodes.getAttribute('tabindex')).toBe('0');
    expect(container.querySelectorAll('g.node')).toHaveLength(0);
    expect(container.querySelector('path.node__bulk')?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+H/);
    const canvas = container.querySelector('canvas.links__canvas')!;
    const thin = Number(canvas.getAttribute('data-links'));
    expect(thin).toBeGreaterThan(100);
    expect(traced).toBe(thin);
    expect(strokes).toBeGreaterThan(0);
    expect(strokes).toBeLessThan(thin / 5); // grouped, not one stroke per link
    // Each flow with money is drawn once: a wide one as an SVG element of its own, a thin one in the canvas.
    const result = solveLoop(compileModel(dataset), defaultValues(dataset.parameters));
    if (result.status !== 'converged') throw new Error('the generated loop should converge');
    const withMoney = Array.from(result.flowValue).filter((value) => value > 0).length;
    expect(container.querySelectorAll('g.link').length + thin).toBe(withMoney);
    getContext.mockRestore();
  });
});

describe('a large graph whose bulk drawing fails to load', () => {
  it('says so in place of the chart, with a reload, and keeps the rest of the page', async () => {
    vi.resetModules();
    vi.doMock('../../../../src/components/chart/bulk/bulkDrawing', () => {
      throw new Error('chunk failed to load');
    });
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { renderApp: render } = await import('../../renderApp');
    // The fresh modules have a fresh dictionary registry: give it both languages, as the setup does.
    const { registerLanguage } = await import('../../../../src/i18n/strings');
    registerLanguage('en', (await import('../../../../src/i18n/en')).en);
    registerLanguage('zh-TW', (await import('../../../../src/i18n/zhTW')).zhTW);
    render(large());
    await waitFor(() =>
      expect(screen.getAllByRole('alert').some((n) => /This section could not be loaded/.test(n.textContent ?? ''))).toBe(true),
    );
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '中文' })).toBeTruthy();
    consoleError.mockRestore();
    vi.doUnmock('../../../../src/components/chart/bulk/bulkDrawing');
  });
});
