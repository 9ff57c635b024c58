import { dependsOnYear, exprParams, exprYears } from './expr';
import { LIMITS } from './limits';
import { closestMatch } from './suggest';
import { FLOW_KINDS, isAmountFlow, type Dataset, type Expr, type Provenance } from './types';
import { problemAt, type DatasetIssue, type IdKind } from './problems';

/** How many known ids a problem lists when nothing is close to an unknown one. */
const MAX_LISTED = 8;

/** Duplicate ids, references to ids that do not exist, and ranges that contradict themselves. */
export function checkReferences(dataset: Dataset): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const entityIds = collectIds(dataset.entities, 'entities', 'entity', issues);
  collectIds(dataset.flows, 'flows', 'flow', issues);
  const parameterIds = collectIds(dataset.parameters, 'parameters', 'parameter', issues);
  collectIds(dataset.scenarios, 'scenarios', 'scenario', issues);
  const sourceIds = collectIds(dataset.meta.sources, 'meta.sources', 'source', issues);
  const kindIds = new Set<string>([...FLOW_KINDS, ...collectIds(dataset.meta.kinds ?? [], 'meta.kinds', 'kind', issues)]);

  const unknown = (path: string, kind: IdKind, id: string, known: Set<string>) => {
    if (known.has(id)) return;
    const suggestion = closestMatch(id, known);
    const some = [...known].slice(0, MAX_LISTED);
    const rest = { known: some, moreKnown: known.size > some.length };
    issues.push(problemAt(path, 'unknown-id', suggestion ? { kind, id, suggestion, ...rest } : { kind, id, ...rest }));
  };
  const checkProvenance = (path: string, provenance: Provenance) => {
    provenance.sources?.forEach((id, i) => unknown(`${path}.sources[${i}]`, 'source', id, sourceIds));
    for (const [name, input] of Object.entries(provenance.derivation?.inputs ?? {})) {
      if (input.source !== undefined) unknown(`${path}.derivation.inputs.${name}.source`, 'source', input.source, sourceIds);
    }
  };
  const years = dataset.meta.years ?? [];
  const checkYear = (path: string, year: number) => {
    if (!years.includes(year)) issues.push(problemAt(path, 'year-not-covered', { year, years }));
  };
  // A year-dependent amount needs the list of years; a year it names outside that list would never show.
  const checkExprYears = (path: string, expr: Expr) => {
    if (!dependsOnYear(expr)) return;
    if (years.length === 0) issues.push(problemAt(path, 'needs-years', {}));
    else for (const year of exprYears(expr)) checkYear(path, year);
  };

  if (dataset.meta.focus !== undefined) unknown('meta.focus', 'entity', dataset.meta.focus, entityIds);
  if (dataset.meta.year !== undefined) checkYear('meta.year', dataset.meta.year);

  const ownerOf = new Map(dataset.entities.map((e) => [e.id, e.owner]));
  dataset.entities.forEach((entity, i) => {
    entity.revenue?.forEach((revenue, r) => {
      checkYear(`entities[${i}].revenue[${r}].year`, revenue.year);
      checkProvenance(`entities[${i}].revenue[${r}].provenance`, revenue.provenance);
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
    checkProvenance(`${path}.provenance`, flow.provenance);
    const expr = isAmountFlow(flow) ? flow.amount : flow.share;
    if (expr !== 'rest') {
      const field = isAmountFlow(flow) ? 'amount' : 'share';
      for (const id of exprParams(expr)) unknown(`${path}.${field}`, 'parameter', id, parameterIds);
      checkExprYears(`${path}.${field}`, expr);
    }
  });

  dataset.parameters.forEach((parameter, i) => {
    const path = `parameters[${i}]`;
    checkProvenance(`${path}.provenance`, parameter.provenance);
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

function collectIds(items: { id: string }[], path: string, kind: IdKind, issues: DatasetIssue[]): Set<string> {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined) {
      issues.push(problemAt(`${path}[${i}].id`, 'duplicate-id', { kind, id: item.id, first: `${path}[${first}]` }));
    } else seen.set(item.id, i);
  });
  return new Set(seen.keys());
}
