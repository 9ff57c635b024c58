import { describe, expect, it } from 'vitest';
import { nodeAt, nodeBoxesPath, nodePartsPath, stepNode } from '../../src/layout/bulkNodes';
import type { NodeBox } from '../../src/layout/sankeyLayout';
import { nodeBox } from './nodeBox';

const box = (key: string, column: number, y0: number, y1: number, value = 1): NodeBox => nodeBox(key, column, y0, y1, value);
// Column 0: a (top), b; column 1: c, d (empty, not drawn), e; column 2: f.
const nodes = [
  box('b', 0, 60, 90),
  box('a', 0, 0, 40),
  box('c', 1, 0, 20),
  box('d', 1, 30, 30, 0),
  box('e', 1, 70, 100),
  box('f', 2, 40, 50),
];

describe('nodes drawn in bulk', () => {
  it('draws every box with money as one path, the thinnest 1 px tall', () => {
    expect(nodeBoxesPath([box('a', 0, 0, 40), box('thin', 1, 5, 5.2), box('empty', 2, 0, 0, 0)])).toBe('M0,0H10V40H0ZM100,5H110V6H100Z');
    expect(nodePartsPath([box('a', 0, 0, 40), box('b', 1, 0, 40)], (n) => (n.key === 'a' ? 10 : 0.2))).toBe('M0,30H10V40H0Z');
  });

  it('finds the node under a point, and none between boxes or on an empty node', () => {
    expect(nodeAt(nodes, 5, 70)?.key).toBe('b');
    expect(nodeAt(nodes, 5, 50)).toBeUndefined();
    expect(nodeAt(nodes, 105, 30)).toBeUndefined();
    expect(nodeAt(nodes, 20, 10)).toBeUndefined();
  });

  it('walks the nodes with arrow keys: down and up a column, across to the nearest, home and end', () => {
    expect(stepNode(nodes, undefined, 'down')?.key).toBe('a');
    expect(stepNode(nodes, 'a', 'down')?.key).toBe('b');
    expect(stepNode(nodes, 'b', 'down')?.key).toBe('b'); // stays at the bottom of its column
    expect(stepNode(nodes, 'b', 'up')?.key).toBe('a');
    expect(stepNode(nodes, 'b', 'right')?.key).toBe('e'); // nearest by middle: 75 vs 85 and 10
    expect(stepNode(nodes, 'c', 'down')?.key).toBe('e'); // the empty node is skipped
    expect(stepNode(nodes, 'e', 'right')?.key).toBe('f');
    expect(stepNode(nodes, 'f', 'right')?.key).toBe('f');
    expect(stepNode(nodes, 'a', 'left')?.key).toBe('a');
    expect(stepNode(nodes, 'c', 'last')?.key).toBe('f');
    expect(stepNode(nodes, 'f', 'first')?.key).toBe('a');
    expect(stepNode([], undefined, 'first')).toBeUndefined();
  });
});
