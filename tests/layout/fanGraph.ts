import type { FlowGraph } from '../../src/layout/graph';
import { money } from '../../src/model/units';
import { oneOrigin } from './oneOrigin';

/** A box of 10 (the first key) paying 5 to each of two boxes in the next column: the first has room to be dragged. */
export function fanGraph(keys: readonly [string, string, string]): FlowGraph {
  return {
    nodes: keys.map((key, i) => ({ key, entity: i, column: i === 0 ? 0 : 1, value: money(i === 0 ? 10 : 5) })),
    links: [1, 2].map((target) => ({
      key: `l${target}`,
      flow: target,
      source: 0,
      target,
      value: money(5),
      split: oneOrigin(5),
      back: false,
    })),
    origins: 1,
  };
}
