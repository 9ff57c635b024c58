import { exprParams } from './expr';
import { checkExprYears, checkKnown, checkProvenance, collectIds } from './idChecks';
import { LIMITS } from './limits';
import { FLOW_KINDS, isAmountFlow, type Dataset, type Expr, type Provenance } from './types';
import { problemAt, type DatasetIssue, type IdKind } from './problems';

/** Duplicate ids, references to ids that do not exist, and ranges that contradict themselves. */
export function checkReferences(dataset: Dataset): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const entityIds = collectIds(dataset.entities, 'entities', 'entity', issues);
  collectIds(dataset.flows, 'flows', 'flow', issues);
  const parameterIds = collectIds(dataset.parameters, 'parameters', 'parameter', issues);
  collectIds(dataset.scenarios, 'scenarios', 'scenario', issues);
  const sourceIds = collectIds(dataset.meta.sources, 'meta.sources', 'source', issues);
  const kindIds = new Set<string>([...FLOW_KINDS, ...collectIds(dataset.meta.kinds ?? [], 'meta.kinds', 'kind', issues)]);

  const unknown = (path: string, kind: IdKind, id: string, known: Set<string>) => checkKnown(issues, path, kind, id, known);
  const checkSources = (path: string, provenance: Provenance) => checkProvenance(issues, path, provenance, sourceIds);
  const years = dataset.meta.years ?? [];
  const checkYear = (path: string, year: number) => {
    if (!years.includes(year)) issues.push(problemAt(path, 'year-not-covered', { year, years }));
  };
  const checkYears = (path: string, expr: Expr) => checkExprYears(issues, path, expr, years);

  if (dataset.meta.focus !== undefined) unknown('meta.focus', 'entity', dataset.meta.focus, entityIds);
  if (dataset.meta.year !== undefined) checkYear('meta.year', dataset.meta.year);

  const ownerOf = new Map(dataset.entities.map((e) => [e.id, e.owner]));
  dataset.entities.forEach((entity, i) => {
    entity.revenue?.forEach((revenue, r) => {
      checkYear(`entities[${i}].revenue[${r}].year`, revenue.year);
      checkSources(`entities[${i}].revenue[${r}].provenance`, revenue.provenance);
    });
    if (entity.owner === undefined) return;
    unknown(`entities[${i}].owner`, 'entity', entity.owner, entityIds);
    const ownersOwner = ownerOf.get(entity.owner);
    if (ownersOwner !== undefined && ownersOwner !== entity.owner) {
      issues.push(problemAt(`entities[${i}].owner`, 'owner-has-owner', { owner: entity.owner, ownersOwner }));
    }
  });

  dataset.flows.forEach((flow, i) => {
    const path = `flows[${i}]`;
    unknown(`${path}.from`, 'entity', flow.from, entityIds);
    unknown(`${path}.to`, 'entity', flow.to, entityIds);
    unknown(`${path}.kind`, 'kind', flow.kind, kindIds);
    if (flow.from === flow.to) {
      issues.push(problemAt(`${path}.to`, 'self-flow', { entity: flow.from }));
    }
    checkSources(`${path}.provenance`, flow.provenance);
    for (const year of Object.keys(flow.provenance.basisInYears ?? {})) checkYear(`${path}.provenance.basisInYears`, Number(year));
    const expr = isAmountFlow(flow) ? flow.amount : flow.share;
    if (expr !== 'rest') {
      const field = isAmountFlow(flow) ? 'amount' : 'share';
      for (const id of exprParams(expr)) unknown(`${path}.${field}`, 'parameter', id, parameterIds);
      checkYears(`${path}.${field}`, expr);
    }
  });

  dataset.parameters.forEach((parameter, i) => {
    const path = `parameters[${i}]`;
    checkSources(`${path}.provenance`, parameter.provenance);
    if (parameter.min > parameter.max) {
      issues.push(problemAt(`${path}.min`, 'min-above-max', { min: parameter.min, max: parameter.max }));
      return;
    }
    if (parameter.unit === 'share' && (parameter.min < 0 || parameter.max > 1)) {
      issues.push(problemAt(`${path}.max`, 'share-range', { min: parameter.min, max: parameter.max }));
    }
    if (parameter.unit === 'amount' && parameter.min < 0) {
      issues.push(problemAt(`${path}.min`, 'negative-amount-min', { min: parameter.min }));
    }
    if (parameter.unit === 'amount' && parameter.max > LIMITS.maxAmount) {
      issues.push(problemAt(`${path}.max`, 'amount-too-big', { max: parameter.max, limit: LIMITS.maxAmount }));
    }
    for (const field of ['default', 'reference'] as const) {
      const value = parameter[field];
      if (value !== undefined && (value < parameter.min || value > parameter.max)) {
        issues.push(problemAt(`${path}.${field}`, 'outside-slider-range', { field, value, min: parameter.min, max: parameter.max }));
      }
    }
  });

  const parameterById = new Map(dataset.parameters.map((p) => [p.id, p]));
  dataset.scenarios.forEach((scenario, i) => {
    for (const [id, value] of Object.entries(scenario.values)) {
      const path = `scenarios[${i}].values${/^[A-Za-z_$][\w$]*$/.test(id) ? `.${id}` : `[${JSON.stringify(id)}]`}`;
      const parameter = parameterById.get(id);
      if (!parameter) unknown(path, 'parameter', id, parameterIds);
      else if (value < parameter.min || value > parameter.max) {
        issues.push(problemAt(path, 'outside-scenario-range', { id, value, min: parameter.min, max: parameter.max }));
      }
    }
  });
  return issues;
}
