import type { CompiledModel } from '../model/engine';
import { flowStandings, type FlowStanding } from '../model/flowStanding';
import type { OriginRows } from '../model/originMatrix';
import { ROLE_RANK } from '../model/structure';
import { moneyAt } from '../model/units';
import type { FlowGraph, GraphLink, GraphNode } from './graph';

interface FlowAmounts {
  flowValue: ArrayLike<number>;
  flowByOrigin: OriginRows;
  mainOrigin?: Int32Array | undefined;
}

/**
 * Column of each entity: the table's order (sources, startups, clouds, chipmaker) when roles say
 * it, a sink one column right of whatever feeds it, so money visibly leaves at each stage.
 */
const columnsCache = new WeakMap<CompiledModel, number[]>();

export function entityColumns(model: CompiledModel): number[] {
  // Depends on the graph only, not on the sliders: computed once per dataset.
  const cached = columnsCache.get(model);
  if (cached) return cached;
  const computed = computeEntityColumns(model);
  columnsCache.set(model, computed);
  return computed;
}

function computeEntityColumns(model: CompiledModel): number[] {
  const { dataset, structure: s } = model;
  const rolesKnown = dataset.entities.every((e) => e.role !== 'other');
  const columns = rolesKnown ? dataset.entities.map((e) => ROLE_RANK[e.role]) : longestPathDepths(model);
  // Money flows rightwards: every entity sits right of whatever feeds it (same-role payments, such as
  // one cloud buying from another, included), and a sink just right of its rightmost feeder.
  // Processed in topological order so chains settle. Each entity's feeders are listed once: scanning
  // every flow at each entity was quadratic (half a second at 2,000 entities and 10,000 flows).
  const feeders = forwardFeeders(model);
  for (const e of s.topoOrder) {
    let feeder = -1;
    for (const from of feeders[e] as number[]) feeder = Math.max(feeder, columns[from] as number);
    if (feeder < 0) continue;
    const isSink = dataset.entities[e]?.role === 'sink';
    columns[e] = isSink || !rolesKnown ? feeder + 1 : Math.max(columns[e] as number, feeder + 1);
  }
  const used = new Map([...new Set(columns)].sort((a, b) => a - b).map((c, i) => [c, i]));
  return columns.map((c) => used.get(c) as number);
}

/** The entities that pay each entity along a flow that does not close the loop. */
function forwardFeeders(model: CompiledModel): number[][] {
  const s = model.structure;
  const feeders = Array.from({ length: s.entityCount }, (): number[] => []);
  for (let f = 0; f < s.flowCount; f++) if (!s.isBack[f]) feeders[s.flowTo[f] as number]!.push(s.flowFrom[f] as number);
  return feeders;
}

function longestPathDepths(model: CompiledModel): number[] {
  const s = model.structure;
  const depth = new Array<number>(s.entityCount).fill(0);
  for (const e of s.topoOrder) {
    for (let k = s.forwardOut.offsets[e] as number; k < (s.forwardOut.offsets[e + 1] as number); k++) {
      const to = s.flowTo[s.forwardOut.edges[k] as number] as number;
      depth[to] = Math.max(depth[to] as number, (depth[e] as number) + 1);
    }
  }
  return depth;
}

function nodeValues(model: CompiledModel, amounts: FlowAmounts, count: number, nodeOf: (f: number, end: 'from' | 'to') => number) {
  const inflow = new Float64Array(count);
  const outflow = new Float64Array(count);
  for (let f = 0; f < model.structure.flowCount; f++) {
    const v = amounts.flowValue[f] as number;
    const from = nodeOf(f, 'from');
    const to = nodeOf(f, 'to');
    if (from >= 0) outflow[from]! += v;
    if (to >= 0) inflow[to]! += v;
  }
  for (let i = 0; i < count; i++) inflow[i] = Math.max(inflow[i] as number, outflow[i] as number);
  return inflow;
}

/** One node per entity; loop-closing flows become back links. */
export function buildLoopGraph(model: CompiledModel, amounts: FlowAmounts): FlowGraph {
  const { dataset, structure: s } = model;
  const origins = s.origins.length;
  const columns = entityColumns(model);
  const standings = flowStandings(model);
  const values = nodeValues(model, amounts, s.entityCount, (f, end) => (end === 'from' ? s.flowFrom[f] : s.flowTo[f]) as number);
  const nodes: GraphNode[] = dataset.entities.map((entity, e) => ({
    key: entity.id,
    entity: e,
    column: columns[e] as number,
    value: moneyAt(values, e),
  }));
  const links: GraphLink[] = dataset.flows.map((flow, f) => ({
    key: flow.id,
    flow: f,
    source: s.flowFrom[f] as number,
    target: s.flowTo[f] as number,
    value: moneyAt(amounts.flowValue, f),
    split: amounts.flowByOrigin,
    mainOrigin: amounts.mainOrigin?.[f],
    back: s.isBack[f] === 1,
    standing: standings[f] as FlowStanding,
  }));
  return { nodes, links, origins };
}
