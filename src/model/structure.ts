import { kindBehaviour } from './kinds';
import { isAmountFlow, type Dataset, type Role } from './types';

/**
 * Column rank of each role, following the table of the loop: capital sources, AI startups, clouds,
 * the chipmaker, then where money leaves. A flow that goes to a lower rank closes a loop.
 */
export const ROLE_RANK: Record<Role, number> = {
  source: 0,
  customer: 0,
  startup: 1,
  cloud: 2,
  other: 2,
  chipmaker: 3,
  sink: 4,
};

/** A directed graph over entity indices whose edges are flow indices, in compressed rows. */
export interface EdgeLists {
  offsets: Int32Array;
  edges: Int32Array;
}

/** Everything about a dataset's graph that does not depend on slider values; computed once per dataset. */
export interface Structure {
  entityCount: number;
  flowCount: number;
  entityIndex: Map<string, number>;
  flowFrom: Int32Array;
  flowTo: Int32Array;
  /** Amount flows from an entity that receives nothing: money injected into the loop. */
  isAmount: Uint8Array;
  /** Amount flows from an entity that receives money: fixed payments out of what it receives. */
  isPayment: Uint8Array;
  hasPayments: boolean;
  /** Share flows that take whatever the entity's other flows leave ('rest'). */
  isRest: Uint8Array;
  isReinvestment: Uint8Array;
  /** Flows that close a loop; the rest form an acyclic graph. */
  isBack: Uint8Array;
  backEdges: number[];
  /** Entities in an order where every forward flow goes from earlier to later. */
  topoOrder: Int32Array;
  forwardOut: EdgeLists;
  /** Money is labelled by the company that put it in: index of each entity's origin, or -1. */
  originOfEntity: Int32Array;
  /** The company (entity id) behind each origin, in dataset order. */
  origins: string[];
}

export function compileStructure(dataset: Dataset): Structure {
  const entityCount = dataset.entities.length;
  const flowCount = dataset.flows.length;
  const entityIndex = new Map(dataset.entities.map((e, i) => [e.id, i]));
  const flowFrom = new Int32Array(flowCount);
  const flowTo = new Int32Array(flowCount);
  const isAmount = new Uint8Array(flowCount);
  const isPayment = new Uint8Array(flowCount);
  const isRest = new Uint8Array(flowCount);
  const isReinvestment = new Uint8Array(flowCount);
  const receives = new Set(dataset.flows.map((flow) => flow.to));
  dataset.flows.forEach((flow, f) => {
    flowFrom[f] = entityIndex.get(flow.from) ?? 0;
    flowTo[f] = entityIndex.get(flow.to) ?? 0;
    const amount = isAmountFlow(flow);
    isAmount[f] = amount && !receives.has(flow.from) ? 1 : 0;
    isPayment[f] = amount && receives.has(flow.from) ? 1 : 0;
    isRest[f] = !amount && flow.share === 'rest' ? 1 : 0;
    isReinvestment[f] = kindBehaviour(dataset.meta, flow.kind) === 'reinvestment' ? 1 : 0;
  });

  const rank = dataset.entities.map((e) => ROLE_RANK[e.role]);
  const isBack = findBackEdges(entityCount, flowFrom, flowTo, rank);
  const backEdges: number[] = [];
  isBack.forEach((back, f) => back && backEdges.push(f));
  const forwardOut = edgeLists(entityCount, flowFrom, (f) => !isBack[f]);
  const topoOrder = topologicalOrder(entityCount, flowTo, forwardOut);

  const origins: string[] = [];
  const originIndex = new Map<string, number>();
  const originOfEntity = new Int32Array(entityCount).fill(-1);
  const injects = new Set<number>();
  dataset.flows.forEach((_, f) => (isAmount[f] || isReinvestment[f]) && injects.add(flowFrom[f] as number));
  dataset.entities.forEach((entity, e) => {
    const key = entity.owner ?? entity.id;
    if (injects.has(e) && !originIndex.has(key)) {
      originIndex.set(key, origins.length);
      origins.push(key);
    }
  });
  dataset.entities.forEach((entity, e) => {
    originOfEntity[e] = originIndex.get(entity.owner ?? entity.id) ?? -1;
  });

  return {
    entityCount,
    flowCount,
    entityIndex,
    flowFrom,
    flowTo,
    isAmount,
    isPayment,
    hasPayments: isPayment.includes(1),
    isRest,
    isReinvestment,
    isBack,
    backEdges,
    topoOrder,
    forwardOut,
    originOfEntity,
    origins,
  };
}

/**
 * Flows to a lower column rank close a loop. Loops within one rank (datasets without roles) are
 * broken by a depth-first search from the entities that receive nothing, in dataset order.
 */
function findBackEdges(n: number, from: Int32Array, to: Int32Array, rank: number[]): Uint8Array {
  const isBack = new Uint8Array(from.length);
  from.forEach((a, f) => {
    if ((rank[to[f] as number] as number) < (rank[a] as number) || a === to[f]) isBack[f] = 1;
  });
  const out = edgeLists(n, from, (f) => !isBack[f]);
  const state = new Uint8Array(n); // 0 new, 1 on the stack, 2 done
  const hasInflow = new Uint8Array(n);
  to.forEach((b, f) => !isBack[f] && (hasInflow[b] = 1));
  const roots = [...Array(n).keys()].sort((a, b) => hasInflow[a]! - hasInflow[b]! || a - b);
  // Iterative DFS: deep chains of 10,000 flows must not overflow the call stack.
  const stackNode: number[] = [];
  const stackNext: number[] = [];
  for (const root of roots) {
    if (state[root]) continue;
    state[root] = 1;
    stackNode.push(root);
    stackNext.push(out.offsets[root] as number);
    while (stackNode.length) {
      const top = stackNode.length - 1;
      const node = stackNode[top] as number;
      const next = stackNext[top] as number;
      if (next >= (out.offsets[node + 1] as number)) {
        state[node] = 2;
        stackNode.pop();
        stackNext.pop();
        continue;
      }
      stackNext[top] = next + 1;
      const f = out.edges[next] as number;
      const target = to[f] as number;
      if (state[target] === 1) isBack[f] = 1;
      else if (state[target] === 0) {
        state[target] = 1;
        stackNode.push(target);
        stackNext.push(out.offsets[target] as number);
      }
    }
  }
  return isBack;
}

export function edgeLists(n: number, from: Int32Array, keep: (flow: number) => boolean): EdgeLists {
  const offsets = new Int32Array(n + 1);
  from.forEach((a, f) => keep(f) && offsets[a + 1]!++);
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const fill = offsets.slice(0, n);
  const edges = new Int32Array(offsets[n] as number);
  from.forEach((a, f) => {
    if (keep(f)) edges[fill[a]!++] = f;
  });
  return { offsets, edges };
}

function topologicalOrder(n: number, to: Int32Array, out: EdgeLists): Int32Array {
  const indegree = new Int32Array(n);
  for (const f of out.edges) indegree[to[f] as number]!++;
  const order = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let e = 0; e < n; e++) if (indegree[e] === 0) order[tail++] = e;
  while (head < tail) {
    const e = order[head++] as number;
    for (let i = out.offsets[e] as number; i < (out.offsets[e + 1] as number); i++) {
      const target = to[out.edges[i] as number] as number;
      if (--indegree[target]! === 0) order[tail++] = target;
    }
  }
  return order;
}
