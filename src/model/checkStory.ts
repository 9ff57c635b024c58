import { modelYears } from './resolveMoment';
import { closestMatch } from './suggest';
import type { Dataset } from './types';
import { problemAt, type DatasetIssue, type IdKind } from './problems';

/** How many known ids a problem lists when nothing is close to an unknown one. */
const MAX_LISTED = 8;

/**
 * A story's references: the scenario, sliders, year and focus each step sets, the entities and
 * flows it highlights and annotates. A slider value must be one the slider can show (in range and
 * on a step), so the step's chart is the one a reader gets by moving the sliders there.
 */
export function checkStory(dataset: Dataset): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const ids = {
    entity: new Set(dataset.entities.map((e) => e.id)),
    flow: new Set(dataset.flows.map((f) => f.id)),
    scenario: new Set(dataset.scenarios.map((s) => s.id)),
    source: new Set(dataset.meta.sources.map((s) => s.id)),
    parameter: new Set(dataset.parameters.map((p) => p.id)),
  };
  const unknown = (path: string, kind: Exclude<IdKind, 'step' | 'kind' | 'obligation' | 'stress-test'>, id: string) => {
    const known = ids[kind];
    if (known.has(id)) return;
    const suggestion = closestMatch(id, known);
    const some = [...known].slice(0, MAX_LISTED);
    const rest = { known: some, moreKnown: known.size > some.length };
    issues.push(problemAt(path, 'unknown-id', suggestion ? { kind, id, suggestion, ...rest } : { kind, id, ...rest }));
  };
  const parameterById = new Map(dataset.parameters.map((p) => [p.id, p]));
  const years = dataset.meta.years ?? [];
  const seen = new Map<string, number>();

  dataset.story?.forEach((step, i) => {
    const at = `story[${i}]`;
    const first = seen.get(step.id);
    if (first !== undefined) issues.push(problemAt(`${at}.id`, 'duplicate-id', { kind: 'step', id: step.id, first: `story[${first}]` }));
    else seen.set(step.id, i);
    const { state, highlight, annotations } = step;
    step.sources?.forEach((id, k) => unknown(`${at}.sources[${k}]`, 'source', id));
    if (state?.scenario !== undefined) unknown(`${at}.state.scenario`, 'scenario', state.scenario);
    if (state?.focus !== undefined) unknown(`${at}.state.focus`, 'entity', state.focus);
    if (state?.year !== undefined && !modelYears(dataset.meta).includes(state.year)) {
      issues.push(problemAt(`${at}.state.year`, 'year-not-covered', { year: state.year, years }));
    }
    for (const [id, value] of Object.entries(state?.values ?? {})) {
      const path = `${at}.state.values${/^[A-Za-z_$][\w$]*$/.test(id) ? `.${id}` : `[${JSON.stringify(id)}]`}`;
      const parameter = parameterById.get(id);
      if (!parameter) unknown(path, 'parameter', id);
      else if (value < parameter.min || value > parameter.max) {
        issues.push(problemAt(path, 'outside-scenario-range', { id, value, min: parameter.min, max: parameter.max }));
      } else if (!onStep(value, parameter.min, parameter.step) && value !== parameter.default) {
        issues.push(problemAt(path, 'off-slider-step', { id, value, step: parameter.step }));
      }
    }
    highlight?.entities?.forEach((id, k) => unknown(`${at}.highlight.entities[${k}]`, 'entity', id));
    highlight?.flows?.forEach((id, k) => unknown(`${at}.highlight.flows[${k}]`, 'flow', id));
    annotations?.forEach((note, k) => {
      if ('entity' in note) unknown(`${at}.annotations[${k}].entity`, 'entity', note.entity);
      else unknown(`${at}.annotations[${k}].flow`, 'flow', note.flow);
    });
  });
  return issues;
}

/** Whether a value is min plus a whole number of steps (to a billionth of a step: decimals are not exact). */
function onStep(value: number, min: number, step: number): boolean {
  const steps = (value - min) / step;
  return Math.abs(steps - Math.round(steps)) < 1e-9;
}
