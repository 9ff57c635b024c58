// A large graph's boxes, drawn as one group, take the focus to step between boxes with the arrows
// (Alt+↓ does not move one there): their focus does not load the code that settles a dragged box.
import { act, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { generateDataset } from '../../../scripts/bench/generateDataset';
import { dragCode } from '../../../src/components/chart/dragCode';
import { renderApp } from '../renderApp';

describe('the code for dragged boxes, on a large graph', () => {
  it('does not load as its boxes take the focus', async () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation((() => null) as never);
    const preload = vi.spyOn(dragCode, 'preload');
    const { container } = renderApp(generateDataset(200, 600));
    const boxes = await waitFor(() => {
      const group = container.querySelector<SVGGElement>('svg.chart__svg[data-view="loop"] g.nodes--bulk');
      if (!group) throw new Error('bulk boxes not drawn yet');
      return group;
    });
    act(() => boxes.focus());
    expect(document.activeElement).toBe(boxes);
    expect(preload).not.toHaveBeenCalled();
  });
});
