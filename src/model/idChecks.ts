import { dependsOnYear, exprYears } from './expr';
import { problemAt, type DatasetIssue, type IdKind } from './problems';
import { closestMatch } from './suggest';
import type { Expr, Provenance } from './types';

// The checks every part of a dataset makes of the ids and years it names, shared by
// checkReferences (entities, flows, sliders) and checkObligations (obligations, stress tests).

/** How many known ids a problem lists when nothing is close to an unknown one. */
const MAX_LISTED = 8;

/** The ids of a list, each id after its first use reported as a duplicate. */
export function collectIds(items: { id: string }[], path: string, kind: IdKind, issues: DatasetIssue[]): Set<string> {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined) {
      issues.push(problemAt(`${path}[${i}].id`, 'duplicate-id', { kind, id: item.id, first: `${path}[${first}]` }));
    } else seen.set(item.id, i);
  });
  return new Set(seen.keys());
}

/** An id that names nothing: the closest known one, else the first few known ones. */
export function checkKnown(issues: DatasetIssue[], path: string, kind: IdKind, id: string, known: Set<string>): void {
  if (known.has(id)) return;
  const suggestion = closestMatch(id, known);
  const some = [...known].slice(0, MAX_LISTED);
  const rest = { known: some, moreKnown: known.size > some.length };
  issues.push(problemAt(path, 'unknown-id', suggestion ? { kind, id, suggestion, ...rest } : { kind, id, ...rest }));
}

/** The sources a figure cites, and those its derivation's inputs cite, all in meta.sources. */
export function checkProvenance(issues: DatasetIssue[], path: string, provenance: Provenance, sourceIds: Set<string>): void {
  provenance.sources?.forEach((id, i) => checkKnown(issues, `${path}.sources[${i}]`, 'source', id, sourceIds));
  for (const [name, input] of Object.entries(provenance.derivation?.inputs ?? {})) {
    if (input.source !== undefined) checkKnown(issues, `${path}.derivation.inputs.${name}.source`, 'source', input.source, sourceIds);
  }
}

/** A year-dependent amount needs the list of years; a year it names outside that list would never show. */
export function checkExprYears(issues: DatasetIssue[], path: string, expr: Expr, years: number[]): void {
  if (!dependsOnYear(expr)) return;
  if (years.length === 0) issues.push(problemAt(path, 'needs-years', {}));
  else for (const year of exprYears(expr)) if (!years.includes(year)) issues.push(problemAt(path, 'year-not-covered', { year, years }));
}
