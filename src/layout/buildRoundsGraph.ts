import type { CompiledModel } from '../model/engine';
import { flowStandings, type FlowStanding } from '../model/flowStanding';
import { NEGLIGIBLE_SHARE, type Round } from '../model/rounds';
import { OriginMatrix } from '../model/originMatrix';
import { money, moneyAt } from '../model/units';
import { entityColumns } from './buildGraphs';
import type { FlowGraph, GraphLink, GraphNode } from './graph';

/**
 * The loop unrolled: sources once, then every other entity once per round; a back flow of round k
 * lands in round k + 1. Each round has its own sinks, so a pass's leakage leaves right beside it.
 * Rounds sit side by side and never share a column (round k + 1 starts right of round k's last
 * column), so each round can be headed and divided from the next.
 */
export function buildRoundsGraph(model: CompiledModel, rounds: Round[]): FlowGraph {
  const { dataset, structure: s } = model;
  const origins = s.origins.length;
  const base = entityColumns(model);
  const standings = flowStandings(model);
  const isSource = dataset.entities.map((_, e) => !s.flowTo.includes(e));
  // A round's columns: from the first column of an entity that receives money to the last column.
  const receiving = base.filter((_, e) => !isSource[e]);
  const span = Math.max(0, ...base) - Math.min(Math.max(0, ...base), ...receiving) + 1;
  const nodes: GraphNode[] = [];
  const index = new Map<string, number>();
  const nodeFor = (e: number, round: number): number => {
    const key = isSource[e] ? (dataset.entities[e]?.id as string) : `${dataset.entities[e]?.id}@${round + 1}`;
    let i = index.get(key);
    if (i === undefined) {
      i = nodes.length;
      index.set(key, i);
      const column = (base[e] as number) + (isSource[e] ? 0 : span * round);
      nodes.push({ key, entity: e, column, value: money(0), round: isSource[e] ? 1 : round + 1 });
    }
    return i;
  };
  const links: GraphLink[] = [];
  // A later round's flow of negligible money, drawn, made rounds of empty boxes, each labelled, at a
  // phone's width more than the chart had room for.
  const negligible = (rounds[0]?.entering ?? 0) * NEGLIGIBLE_SHARE;
  rounds.forEach((round, k) => {
    const split = new OriginMatrix(round.flowByOrigin, origins);
    dataset.flows.forEach((flow, f) => {
      const value = moneyAt(round.flowValue, f);
      const back = s.isBack[f] === 1;
      // The first round draws every flow, money or not; but not residue carried into the next round.
      if (k > 0 ? value <= negligible : back && value > 0 && value <= negligible) return;
      if (back && k === rounds.length - 1) return; // would land in a round not shown
      const source = nodeFor(s.flowFrom[f] as number, k);
      const target = nodeFor(s.flowTo[f] as number, back ? k + 1 : k);
      links.push({
        key: `${flow.id}@${k + 1}`,
        flow: f,
        source,
        target,
        value,
        split,
        back: false,
        standing: standings[f] as FlowStanding,
      });
    });
  });
  const inflow = new Float64Array(nodes.length);
  const outflow = new Float64Array(nodes.length);
  for (const link of links) {
    outflow[link.source]! += link.value;
    inflow[link.target]! += link.value;
  }
  nodes.forEach((node, i) => (node.value = money(Math.max(inflow[i] as number, outflow[i] as number))));
  // Columns no node uses (a round without money at some stage) are closed up: the layout places a
  // node by its column, and a gap would push the last round's columns beyond the diagram's last layer.
  const used = [...new Set(nodes.map((n) => n.column))].sort((a, b) => a - b);
  for (const node of nodes) node.column = used.indexOf(node.column);
  return { nodes, links, origins };
}
