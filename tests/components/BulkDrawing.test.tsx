import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { generateDataset } from '../../scripts/bench/generateDataset';
import { renderApp } from './renderApp';

// A small graph still over the bulk thresholds (more than 150 entities), so jsdom stays quick.
const large = () => generateDataset(200, 600);

describe('a large graph drawn in bulk', () => {
  it('draws its nodes as one path with one tab stop once the bulk drawing has loaded', async () => {
    const { container } = renderApp(large());
    const nodes = await waitFor(() => {
      const group = container.querySelector('g.nodes--bulk');
      if (!group) throw new Error('bulk nodes not drawn yet');
      return group;
    });
    expect(nodes.getAttribute('tabindex')).toBe('0');
    expect(container.querySelectorAll('g.node')).toHaveLength(0);
    expect(container.querySelector('path.node__bulk')?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+H/);
    expect(container.querySelectorAll('path.link__bulk').length).toBeGreaterThan(0);
  });
});

describe('a large graph whose bulk drawing fails to load', () => {
  it('says so in place of the chart and keeps the rest of the page', async () => {
    vi.resetModules();
    vi.doMock('../../src/components/bulkDrawing', () => {
      throw new Error('chunk failed to load');
    });
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { renderApp: render } = await import('./renderApp');
    render(large());
    await waitFor(() => expect(screen.getAllByRole('alert').some((n) => /This part of the page failed/.test(n.textContent ?? ''))).toBe(true));
    expect(screen.getByRole('button', { name: '中文' })).toBeTruthy();
    consoleError.mockRestore();
    vi.doUnmock('../../src/components/bulkDrawing');
  });
});
