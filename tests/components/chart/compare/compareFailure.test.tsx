// Should the code of a compared scenario's outlines fail to download, the chart stays (drawn
// without the outlines), and the parts that need that code to be of use, the legend's key and the
// view controls' choice, say so with a reload.
import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../renderApp';

vi.mock('../../../../src/components/chart/compare/compareParts', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('comparing a scenario, when its code cannot be loaded', () => {
  it('keeps the chart, and says so with a reload where the comparison is chosen and keyed', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const app = renderApp(undefined, 'en');
    act(() => app.store.getState().setCompare('sept-2025-loi'));
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Reload the page' }).length).toBeGreaterThan(0));
    expect(app.container.querySelectorAll('svg.chart__svg g.link').length).toBeGreaterThan(10);
    expect(screen.getAllByRole('alert').some((n) => n.textContent?.startsWith('This section could not be loaded'))).toBe(true);
    vi.restoreAllMocks();
  });
});
