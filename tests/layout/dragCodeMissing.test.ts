// The code for dragged boxes loads apart from the page's (see provideDragNodes): a layout with
// offsets before it is handed over must fail loudly, not draw the boxes where they were not dragged.
import { describe, expect, it } from 'vitest';
import * as dragNodes from '../../src/layout/dragNodes';
import { dragNodesProvided, layoutSankey, provideDragNodes } from '../../src/layout/sankeyLayout';
import { fanGraph } from './fanGraph';

const graph = fanGraph(['a', 'b', 'c']);

describe('a layout with dragged boxes', () => {
  it('throws until the code is handed over, and needs none without offsets', () => {
    expect(dragNodesProvided()).toBe(false);
    expect(() => layoutSankey(graph, { width: 600, height: 400, offsets: { a: 10 } })).toThrow(/no drag code/);
    // A box dragged back to its place still needs it: its key stays.
    expect(() => layoutSankey(graph, { width: 600, height: 400, offsets: { a: 0 } })).toThrow(/no drag code/);
    const still = layoutSankey(graph, { width: 600, height: 400, offsets: {} });
    provideDragNodes(dragNodes);
    expect(dragNodesProvided()).toBe(true);
    const moved = layoutSankey(graph, { width: 600, height: 400, offsets: { a: 10 } });
    expect(moved.nodes[0]!.y0).toBeGreaterThan(still.nodes[0]!.y0);
    expect(moved.nodes[1]!.y0).toBe(still.nodes[1]!.y0);
  });
});
