// Pointing and stepping at the edges of boxes: exact borders, ties, and nearest by middle.
import { describe, expect, it } from 'vitest';
import { nodeAt, nodePartsPath, stepNode } from '../../src/layout/bulkNodes';
import type { NodeBox } from '../../src/layout/sankeyLayout';
import { nodeBox } from './nodeBox';

const box = (key: string, column: number, y0: number, y1: number, value = 1): NodeBox => nodeBox(key, column, y0, y1, value);

describe('nodes drawn in bulk, at their edges', () => {
  it('finds a node when pointing exactly at its border', () => {
    const nodes = [box('a', 1, 20, 40)];
    for (const [x, y] of [
      [100, 30],
      [110, 30],
      [105, 20],
      [105, 40],
    ] as const)
      expect(nodeAt(nodes, x, y)?.key).toBe('a');
  });

  it('draws lower parts only for nodes with money and parts over half a pixel', () => {
    expect(nodePartsPath([box('empty', 0, 0, 40, 0)], () => 10)).toBe('');
    expect(nodePartsPath([box('a', 0, 0, 40)], () => 0.5)).toBe('');
    expect(nodePartsPath([box('a', 0, 0, 40)], () => 0.6)).toBe('M0,39.4H10V40H0Z');
  });

  it('steps across to the node whose middle is nearest, the upper of two equally near', () => {
    // From a middle of 50: p's middle is 40, q's 91 (q is thinner, but further).
    expect(stepNode([box('cur', 0, 40, 60), box('p', 1, 0, 80), box('q', 1, 90, 92)], 'cur', 'right')?.key).toBe('p');
    // Middles 40 and 60: equally near.
    expect(stepNode([box('cur', 0, 40, 60), box('p', 1, 30, 50), box('q', 1, 50, 70)], 'cur', 'right')?.key).toBe('p');
  });

  it('orders the nodes by column before height', () => {
    const nodes = [box('z', 1, 0, 10), box('a', 0, 50, 60)];
    expect(stepNode(nodes, undefined, 'first')?.key).toBe('a');
    expect(stepNode(nodes, 'z', 'left')?.key).toBe('a');
    expect(stepNode(nodes, 'a', 'last')?.key).toBe('z');
  });
});
