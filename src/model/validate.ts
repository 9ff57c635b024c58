import * as v from 'valibot';
import { AmountFlowSchema, DatasetSchema, FiniteNumber, ShareFlowSchema } from './schema';
import { checkObligations } from './checkObligations';
import { checkReferences } from './checkReferences';
import { checkShares } from './checkShares';
import { checkStory } from './checkStory';
import { MAX_DEPTH } from './limits';
import type { Dataset } from './types';
import { problemAt, type DatasetIssue, type ValidationResult } from './problems';
import { readSchemaMessage } from './schemaMessage';

const MAX_REPORTED = 200;

/** Checks the shape, every cross-reference and every share sum; returns a typed dataset or all the problems. */
export function validateDataset(input: unknown): ValidationResult {
  if (nestingDepth(input, MAX_DEPTH + 1) > MAX_DEPTH) {
    return { ok: false, errors: [problemAt({ whole: 'dataset' }, 'too-deep', { max: MAX_DEPTH })] };
  }
  const shape = topLevelShape(input);
  if (shape) return { ok: false, errors: [problemAt({ whole: 'dataset' }, 'not-a-dataset', { received: shape })] };
  const parsed = v.safeParse(DatasetSchema, input);
  if (!parsed.success) {
    return { ok: false, errors: parsed.issues.flatMap((issue) => flowIssues(issue)).slice(0, MAX_REPORTED) };
  }
  const dataset = parsed.output as Dataset;
  const errors = [
    ...keepGuardedValues(input as Dataset, dataset),
    ...checkReferences(dataset),
    ...checkStory(dataset),
    ...checkObligations(dataset),
  ];
  if (errors.length === 0) errors.push(...checkShares(dataset));
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_REPORTED) };
  return { ok: true, dataset, warnings: [] };
}

/** What the input is when it is not an object at all (a top-level array, null, a bare value). */
function topLevelShape(input: unknown): 'array' | 'null' | 'text' | 'number' | 'boolean' | undefined {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'string') return 'text';
  if (typeof input === 'number') return 'number';
  if (typeof input === 'boolean') return 'boolean';
  return undefined;
}

/**
 * A flow that is neither an amount flow nor a share flow is reported as such only when it has both
 * fields or neither; with one of them, what is wrong with it (an amount "12" written as text) is said.
 */
function flowIssues(issue: v.BaseIssue<unknown>): DatasetIssue[] {
  const keys = issue.path?.map((item) => item.key as PropertyKey) ?? [];
  const flow: unknown = issue.input;
  if (keys.length !== 2 || keys[0] !== 'flows' || readSchemaMessage(issue.message)?.code !== 'amount-or-share')
    return [toDatasetIssue(issue)];
  if (flow === null || typeof flow !== 'object' || Array.isArray(flow)) return [toDatasetIssue(issue)];
  const hasAmount = Object.hasOwn(flow, 'amount');
  if (hasAmount === Object.hasOwn(flow, 'share')) return [toDatasetIssue(issue)];
  const alone = v.safeParse(hasAmount ? AmountFlowSchema : ShareFlowSchema, flow);
  if (alone.success) return [toDatasetIssue(issue)];
  return alone.issues.map((inner) => {
    const located = toDatasetIssue(inner, keys);
    // A number written as text ("12") is the usual slip: say so rather than list what an expression may be.
    return located.code === 'bad-expr' && typeof inner.input === 'string' && inner.input !== 'rest'
      ? problemAt(located.path, 'not-a-number', {})
      : located;
  });
}

// valibot's record leaves out these keys (its guard against prototype pollution).
const GUARDED_KEYS = ['__proto__', 'prototype', 'constructor'];

/**
 * Puts back the scenario values of sliders named "__proto__", "prototype" or "constructor", which
 * valibot's record leaves out although an id may be any string: checked as the record checks the
 * others and defined as plain keys (as JSON.parse makes them), so such a scenario sets its sliders.
 */
function keepGuardedValues(input: Dataset, dataset: Dataset): DatasetIssue[] {
  const errors: DatasetIssue[] = [];
  input.scenarios.forEach((scenario, i) => {
    for (const key of GUARDED_KEYS) {
      if (!Object.hasOwn(scenario.values, key)) continue;
      const value = v.safeParse(FiniteNumber, scenario.values[key]);
      const at = ['scenarios', i, 'values', key];
      if (!value.success) errors.push(...value.issues.map((issue) => toDatasetIssue(issue, at)));
      else
        Object.defineProperty(dataset.scenarios[i]!.values, key, {
          value: value.output,
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
  });
  return errors;
}

/** A valibot issue as a problem: the schema's own code if it has one, else what was expected and received. */
function toDatasetIssue(issue: v.BaseIssue<unknown>, at: PropertyKey[] = []): DatasetIssue {
  const path = formatPath([...at, ...(issue.path?.map((item) => item.key as PropertyKey) ?? [])]) || { whole: 'dataset' as const };
  if (issue.kind === 'schema' && issue.input === undefined && issue.received === 'undefined') return problemAt(path, 'missing', {});
  const own = readSchemaMessage(issue.message);
  if (own) return { ...own, path };
  return problemAt(path, 'invalid-value', { expected: issue.expected, received: issue.received });
}

/**
 * How deeply objects and arrays nest, counting no further than `limit` (iteratively: no recursion).
 * Children are read in place, not listed (Object.values) nor paired with their depth: measured cold
 * in Node on the 2,000 / 10,000 dataset, that took 31-57 ms, this 13-15 (it runs once a load).
 */
function nestingDepth(input: unknown, limit: number): number {
  if (input === null || typeof input !== 'object') return 0;
  let deepest = 0;
  const values: object[] = [input];
  const depths: number[] = [1];
  const visit = (child: unknown, depth: number) => {
    // Only what nests can deepen it: a dataset's thousands of strings and numbers stay off the stack.
    if (child === null || typeof child !== 'object') return;
    values.push(child);
    depths.push(depth);
  };
  while (values.length) {
    const value = values.pop() as object;
    const depth = depths.pop() as number;
    deepest = Math.max(deepest, depth);
    if (deepest >= limit) return deepest;
    if (Array.isArray(value)) for (const child of value as unknown[]) visit(child, depth + 1);
    else for (const key in value) if (Object.hasOwn(value, key)) visit((value as Record<string, unknown>)[key], depth + 1);
  }
  return deepest;
}

/** `['flows', 3, 'to']` → `flows[3].to`. */
export function formatPath(keys: readonly PropertyKey[]): string {
  let path = '';
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(key))) path += path ? `.${String(key)}` : String(key);
    else path += `[${JSON.stringify(String(key))}]`;
  }
  return path;
}
