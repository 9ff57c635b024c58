import { exprParams } from './expr';
import { LIMITS } from './limits';
import { closestMatch } from './suggest';
import { isAmountFlow, type Dataset } from './types';
import type { DatasetIssue } from './problems';

/** Duplicate ids, references to ids that do not exist, and ranges that contradict themselves. */
export function checkReferences(dataset: Dataset): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const entityIds = collectIds(dataset.entities, 'entities', 'entity', issues);
  collectIds(dataset.flows, 'flows', 'flow', issues);
  const parameterIds = collectIds(dataset.parameters, 'parameters', 'parameter', issues);
  collectIds(dataset.scenarios, 'scenarios', 'scenario', issues);
  const sourceIds = collectIds(dataset.meta.sources, 'meta.sources', 'source', issues);

  const unknown = (path: string, kind: string, id: string, known: Set<string>) => {
    if (known.has(id)) return;
    const guess = closestMatch(id, known);
    const hint = guess ? ` — did you mean '${guess}'?` : ` — known ${kind} ids: ${listSome(known)}`;
    issues.push({ path, message: `unknown ${kind} '${id}'${hint}` });
  };
  const checkSources = (path: string, sources: string[] | undefined) =>
    sources?.forEach((id, i) => unknown(`${path}.sources[${i}]`, 'source', id, sourceIds));

  if (dataset.meta.focus !== undefined) unknown('meta.focus', 'entity', dataset.meta.focus, entityIds);

  const ownerOf = new Map(dataset.entities.map((e) => [e.id, e.owner]));
  dataset.entities.forEach((entity, i) => {
    if (entity.owner === undefined) return;
    unknown(`entities[${i}].owner`, 'entity', entity.owner, entityIds);
    const ownersOwner = ownerOf.get(entity.owner);
    if (ownersOwner !== undefined && ownersOwner !== entity.owner) {
      issues.push({
        path: `entities[${i}].owner`,
        message: `'${entity.owner}' has an owner of its own ('${ownersOwner}'); point owner at the top company`,
      });
    }
  });

  const hasInflow = new Set(dataset.flows.map((f) => f.to));
  dataset.flows.forEach((flow, i) => {
    const path = `flows[${i}]`;
    unknown(`${path}.from`, 'entity', flow.from, entityIds);
    unknown(`${path}.to`, 'entity', flow.to, entityIds);
    if (flow.from === flow.to) {
      issues.push({ path: `${path}.to`, message: `a flow cannot go from '${flow.from}' to itself` });
    }
    checkSources(`${path}.provenance`, flow.provenance.sources);
    const expr = isAmountFlow(flow) ? flow.amount : flow.share;
    if (expr !== 'rest') {
      const field = isAmountFlow(flow) ? 'amount' : 'share';
      for (const id of exprParams(expr)) unknown(`${path}.${field}`, 'parameter', id, parameterIds);
    }
    if (isAmountFlow(flow) && hasInflow.has(flow.from)) {
      issues.push({
        path: `${path}.amount`,
        message: `'${flow.from}' receives money, so its outflows must be shares of its inflow; fixed amounts enter only from entities outside the loop`,
      });
    }
  });

  dataset.parameters.forEach((parameter, i) => {
    const path = `parameters[${i}]`;
    checkSources(`${path}.provenance`, parameter.provenance.sources);
    if (parameter.min > parameter.max) {
      issues.push({ path: `${path}.min`, message: `min (${parameter.min}) is above max (${parameter.max})` });
      return;
    }
    if (parameter.unit === 'share' && (parameter.min < 0 || parameter.max > 1)) {
      issues.push({ path: `${path}.max`, message: `a share runs from 0 to 1; this one spans ${parameter.min}–${parameter.max}` });
    }
    if (parameter.unit === 'amount' && parameter.min < 0) {
      issues.push({ path: `${path}.min`, message: `an amount cannot be negative (min is ${parameter.min})` });
    }
    if (parameter.unit === 'amount' && parameter.max > LIMITS.maxAmount) {
      issues.push({ path: `${path}.max`, message: `${parameter.max} is more than the largest amount allowed (${LIMITS.maxAmount})` });
    }
    for (const field of ['default', 'reported'] as const) {
      const value = parameter[field];
      if (value !== undefined && (value < parameter.min || value > parameter.max)) {
        issues.push({
          path: `${path}.${field}`,
          message: `${field} ${value} is outside the slider's range ${parameter.min}–${parameter.max}`,
        });
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
        issues.push({ path, message: `${value} is outside the range of '${id}' (${parameter.min}–${parameter.max})` });
      }
    }
  });
  return issues;
}

function collectIds(items: { id: string }[], path: string, kind: string, issues: DatasetIssue[]): Set<string> {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined) {
      issues.push({ path: `${path}[${i}].id`, message: `duplicate ${kind} id '${item.id}' (first used at ${path}[${first}])` });
    } else seen.set(item.id, i);
  });
  return new Set(seen.keys());
}

function listSome(ids: Set<string>): string {
  const all = [...ids];
  return all.length <= 8 ? all.join(', ') : `${all.slice(0, 8).join(', ')}, …`;
}
