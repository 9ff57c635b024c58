// The plain graph the layouts take: nodes and links with money on them, split by origin.
// Both the loop view (entities) and the rounds view (entity × round) are described this way.

import type { FlowStanding } from '../model/flowStanding';
import type { OriginRows } from '../model/originMatrix';
import type { Money } from '../model/units';

export interface GraphNode {
  /** Unique key, stable across slider moves (an entity id, or `${entity}@${round}`). */
  key: string;
  entity: number;
  /** Column hint; the layout may compress unused columns. */
  column: number;
  /** Money through the node: max(inflow, outflow), including back links. */
  value: Money;
  /** The pass the node belongs to in the rounds view (1-based; sources are in round 1); absent in the loop view. */
  round?: number;
}

export interface GraphLink {
  key: string;
  flow: number;
  source: number;
  target: number;
  value: Money;
  /**
   * Money on the link by origin: row `flow` of this split, shared by the graph's links (by each
   * round's in the rounds view). A loop view's step reads the rows of its wide links only (see `linkBands`).
   */
  split: OriginRows;
  /** The origin of its largest part (-1: none), where the engine found it; else found from its row. */
  mainOrigin?: number | undefined;
  /** Closes a loop: drawn around the diagram instead of left to right. */
  back: boolean;
  /** The flow's deal status and basis at the chart's date, drawn on the link; absent: committed. */
  standing?: FlowStanding | undefined;
}

export interface FlowGraph {
  nodes: GraphNode[];
  links: GraphLink[];
  origins: number;
}
