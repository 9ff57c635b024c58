import { exprParams } from './expr';
import { checkExprYears, checkKnown, checkProvenance, collectIds } from './idChecks';
import { isAmountFlow, type Dataset, type Expr, type Provenance } from './types';
import { problemAt, type DatasetIssue, type IdKind } from './problems';

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
  const unknown = (path: string, kind: IdKind, id: string, known: Set<string>) => checkKnown(issues, path, kind, id, known);
  const checkExpr = (path: string, expr: Expr) => {
    for (const id of exprParams(expr)) unknown(path, 'parameter', id, parameterIds);
    checkExprYears(issues, path, expr, years);
  };
  // Sources and the derivation's inputs' sources, as every other figure's.
  const checkSources = (path: string, provenance: Provenance) => checkProvenance(issues, path, provenance, sourceIds);

  dataset.flows.forEach((flow, i) => {
    if (flow.obligation !== undefined && !isAmountFlow(flow)) issues.push(problemAt(`flows[${i}].obligation`, 'obligation-not-amount', {}));
  });
  dataset.entities.forEach((entity, i) => {
    if (!entity.buffer) return;
    checkExpr(`entities[${i}].buffer.amount`, entity.buffer.amount);
    checkSources(`entities[${i}].buffer.provenance`, entity.buffer.provenance);
  });
  collectIds(dataset.obligations ?? [], 'obligations', 'obligation', issues);
  dataset.obligations?.forEach((obligation, i) => {
    const path = `obligations[${i}]`;
    unknown(`${path}.from`, 'entity', obligation.from, entityIds);
    unknown(`${path}.to`, 'entity', obligation.to, entityIds);
    if (obligation.from === obligation.to) issues.push(problemAt(`${path}.to`, 'self-flow', { entity: obligation.from }));
    checkExpr(`${path}.amount`, obligation.amount);
    checkSources(`${path}.provenance`, obligation.provenance);
  });
  collectIds(dataset.stressTests ?? [], 'stressTests', 'stress-test', issues);
  dataset.stressTests?.forEach((test, i) => {
    const path = `stressTests[${i}]`;
    if (test.shocks.fails !== undefined) unknown(`${path}.shocks.fails`, 'entity', test.shocks.fails, entityIds);
    if (test.shocks.lenderStops !== undefined) unknown(`${path}.shocks.lenderStops`, 'entity', test.shocks.lenderStops, entityIds);
    test.sources?.forEach((id, s) => unknown(`${path}.sources[${s}]`, 'source', id, sourceIds));
  });
  return issues;
}
