import { dependsOnYear, exprParams, exprYears } from './expr';
import { closestMatch } from './suggest';
import { isAmountFlow, type Dataset, type Expr, type Provenance } from './types';
import { problemAt, type DatasetIssue, type IdKind } from './problems';

/** How many known ids a problem lists when nothing is close to an unknown one. */
const MAX_LISTED = 8;

/**
 * The obligations and stress tests of a dataset: every id they name exists, ids are unique, only
 * amounts are obligations, and year-dependent amounts name covered years. A dataset without them
 * has nothing to check here.
 */
export function checkObligations(dataset: Dataset): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const entityIds = new Set(dataset.entities.map((e) => e.id));
  const sourceIds = new Set(dataset.meta.sources.map((s) => s.id));
  const parameterIds = new Set(dataset.parameters.map((p) => p.id));
  const years = dataset.meta.years ?? [];
  const unknown = (path: string, kind: IdKind, id: string, known: Set<string>) => {
    if (known.has(id)) return;
    const suggestion = closestMatch(id, known);
    const some = [...known].slice(0, MAX_LISTED);
    const rest = { known: some, moreKnown: known.size > some.length };
    issues.push(problemAt(path, 'unknown-id', suggestion ? { kind, id, suggestion, ...rest } : { kind, id, ...rest }));
  };
  const checkExpr = (path: string, expr: Expr) => {
    for (const id of exprParams(expr)) unknown(path, 'parameter', id, parameterIds);
    if (!dependsOnYear(expr)) return;
    if (years.length === 0) issues.push(problemAt(path, 'needs-years', {}));
    else for (const year of exprYears(expr)) if (!years.includes(year)) issues.push(problemAt(path, 'year-not-covered', { year, years }));
  };
  const checkSources = (path: string, provenance: Provenance) =>
    provenance.sources?.forEach((id, i) => unknown(`${path}.sources[${i}]`, 'source', id, sourceIds));

  dataset.flows.forEach((flow, i) => {
    if (flow.obligation !== undefined && !isAmountFlow(flow)) issues.push(problemAt(`flows[${i}].obligation`, 'obligation-not-amount', {}));
  });
  dataset.entities.forEach((entity, i) => {
    if (!entity.buffer) return;
    checkExpr(`entities[${i}].buffer.amount`, entity.buffer.amount);
    checkSources(`entities[${i}].buffer.provenance`, entity.buffer.provenance);
  });
  uniqueIds(dataset.obligations ?? [], 'obligations', 'obligation', issues);
  dataset.obligations?.forEach((obligation, i) => {
    const path = `obligations[${i}]`;
    unknown(`${path}.from`, 'entity', obligation.from, entityIds);
    unknown(`${path}.to`, 'entity', obligation.to, entityIds);
    if (obligation.from === obligation.to) issues.push(problemAt(`${path}.to`, 'self-flow', { entity: obligation.from }));
    checkExpr(`${path}.amount`, obligation.amount);
    checkSources(`${path}.provenance`, obligation.provenance);
  });
  uniqueIds(dataset.stressTests ?? [], 'stressTests', 'stress-test', issues);
  dataset.stressTests?.forEach((test, i) => {
    const path = `stressTests[${i}]`;
    if (test.shocks.fails !== undefined) unknown(`${path}.shocks.fails`, 'entity', test.shocks.fails, entityIds);
    if (test.shocks.lenderStops !== undefined) unknown(`${path}.shocks.lenderStops`, 'entity', test.shocks.lenderStops, entityIds);
    test.sources?.forEach((id, s) => unknown(`${path}.sources[${s}]`, 'source', id, sourceIds));
  });
  return issues;
}

function uniqueIds(items: { id: string }[], path: string, kind: IdKind, issues: DatasetIssue[]): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined) issues.push(problemAt(`${path}[${i}].id`, 'duplicate-id', { kind, id: item.id, first: `${path}[${first}]` }));
    else seen.set(item.id, i);
  });
}
