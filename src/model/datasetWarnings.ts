import { kindBehaviour } from './kinds';
import { defaultValues } from './defaults';
import { compileModel } from './engine';
import { solveLoopShared } from './sharedSolve';
import { isAmountFlow, type Dataset } from './types';
import { problemAt, type DatasetIssue } from './problems';

/** A valid dataset that is probably not what its author meant: it loads, with these said. */
export function datasetWarnings(dataset: Dataset): DatasetIssue[] {
  const warnings: DatasetIssue[] = [];
  const model = compileModel(dataset);
  const values = defaultValues(dataset.parameters);
  // Shared: a dataset shown next is solved at its defaults for its first chart too.
  const result = solveLoopShared(model, values);
  if (result.status === 'divergent') {
    warnings.push(problemAt('parameters', 'loop-diverges', { gain: result.gain }));
  }
  const touched = new Set(dataset.flows.flatMap((f) => [f.from, f.to]));
  dataset.entities.forEach((entity, i) => {
    if (!touched.has(entity.id)) warnings.push(problemAt(`entities[${i}]`, 'entity-unused', { entity: entity.id }));
  });
  const { coefficients } = result;
  // Money that stays in play: every share that is not leakage.
  const outShare = new Map<string, number>();
  dataset.flows.forEach((flow, f) => {
    if (isAmountFlow(flow) || kindBehaviour(dataset.meta, flow.kind) === 'leakage') return;
    outShare.set(flow.from, (outShare.get(flow.from) ?? 0) + (coefficients.shares[f] as number));
  });
  const inLoop = entitiesOnCycles(dataset, model.structure.backEdges);
  dataset.entities.forEach((entity, i) => {
    const share = outShare.get(entity.id) ?? 0;
    if (share > 1 - 1e-9 && inLoop.has(entity.id)) {
      warnings.push(problemAt(`entities[${i}]`, 'no-leakage', { entity: entity.id }));
    }
  });
  return warnings;
}

/** Entities on some cycle: reachable from where a loop-closing flow lands and able to reach where one leaves. */
function entitiesOnCycles(dataset: Dataset, backEdges: number[]): Set<string> {
  const reach = (starts: string[], next: (id: string) => string[]) => {
    const seen = new Set(starts);
    const queue = [...starts];
    while (queue.length) {
      for (const n of next(queue.pop() as string)) {
        if (seen.has(n)) continue;
        seen.add(n);
        queue.push(n);
      }
    }
    return seen;
  };
  // Neighbours listed once: filtering every flow at each entity visited was quadratic (a third of a
  // second at 500 entities and 2,500 flows, on a page's first load).
  const outOf = new Map<string, string[]>();
  const intoOf = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const f of dataset.flows) {
    add(outOf, f.from, f.to);
    add(intoOf, f.to, f.from);
  }
  const out = (id: string) => outOf.get(id) ?? [];
  const into = (id: string) => intoOf.get(id) ?? [];
  const fromLanding = reach(
    backEdges.map((f) => dataset.flows[f]!.to),
    out,
  );
  const toLeaving = reach(
    backEdges.map((f) => dataset.flows[f]!.from),
    into,
  );
  return new Set([...fromLanding].filter((id) => toLeaving.has(id)));
}
