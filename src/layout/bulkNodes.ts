// Nodes of a large graph are drawn as one path: these find the node under the pointer and the
// node an arrow key leads to, from the same boxes.
import type { NodeBox } from './sankeyLayout';

export type NodeStep = 'up' | 'down' | 'left' | 'right' | 'first' | 'last';

const round = (x: number) => Math.round(x * 100) / 100;

/** Drawn height of a box: the thinnest node stays 1 px tall so it can be seen and pointed at. */
export const drawnBottom = (node: NodeBox) => Math.max(node.y1, node.y0 + 1);

/** Every drawn box as one path of rectangles. */
export function nodeBoxesPath(nodes: readonly NodeBox[]): string {
  let d = '';
  for (const n of nodes) {
    if (n.value <= 0) continue;
    d += `M${round(n.x0)},${round(n.y0)}H${round(n.x1)}V${round(drawnBottom(n))}H${round(n.x0)}Z`;
  }
  return d;
}

/** Lower parts of boxes, `height(node)` pixels tall (the net view's own money), as one path. */
export function nodePartsPath(nodes: readonly NodeBox[], height: (node: NodeBox) => number): string {
  let d = '';
  for (const n of nodes) {
    const h = height(n);
    if (n.value <= 0 || !(h > 0.5)) continue;
    d += `M${round(n.x0)},${round(n.y1 - h)}H${round(n.x1)}V${round(n.y1)}H${round(n.x0)}Z`;
  }
  return d;
}

/** The drawn node under a point, or undefined. */
export function nodeAt(nodes: readonly NodeBox[], x: number, y: number): NodeBox | undefined {
  return nodes.find((n) => n.value > 0 && x >= n.x0 && x <= n.x1 && y >= n.y0 && y <= drawnBottom(n));
}

/**
 * Where an arrow key leads from the node `key`: up and down its column, left and right to the
 * nearest node of the next column that has any; from no node, to the first.
 */
export function stepNode(nodes: readonly NodeBox[], key: string | undefined, step: NodeStep): NodeBox | undefined {
  const drawn = nodes.filter((n) => n.value > 0).sort((a, b) => a.column - b.column || a.y0 - b.y0);
  if (drawn.length === 0) return undefined;
  const at = drawn.findIndex((n) => n.key === key);
  if (at < 0 || step === 'first') return drawn[0];
  if (step === 'last') return drawn[drawn.length - 1];
  const current = drawn[at]!;
  if (step === 'up' || step === 'down') {
    const next = drawn[at + (step === 'down' ? 1 : -1)];
    return next && next.column === current.column ? next : current;
  }
  const columns = [...new Set(drawn.map((n) => n.column))];
  const column = columns[columns.indexOf(current.column) + (step === 'right' ? 1 : -1)];
  if (column === undefined) return current;
  const middle = (n: NodeBox) => (n.y0 + n.y1) / 2;
  return drawn
    .filter((n) => n.column === column)
    .reduce((best, n) => (Math.abs(middle(n) - middle(current)) < Math.abs(middle(best) - middle(current)) ? n : best));
}
