import type { Dataset } from './types';

/** The kinds of ids a dataset names and cross-references. */
export type IdKind = 'entity' | 'flow' | 'parameter' | 'scenario' | 'source' | 'step' | 'kind' | 'obligation' | 'stress-test';

/** The lists of a dataset that have a size limit. */
export type LimitedList = 'entities' | 'flows' | 'parameters' | 'scenarios' | 'story' | 'obligations' | 'stressTests';

/** A slider position at which a share or amount goes wrong: each involved slider and its value. */
export type SliderSetting = { id: string; value: number }[];

/**
 * Every problem a dataset or a load can have, by code, with what its text needs. The model says
 * what is wrong as data; src/i18n words it in each language (a code without both texts fails tsc).
 */
export interface ProblemParams {
  // The shape (the valibot schema).
  missing: Record<string, never>;
  'invalid-value': { expected: string | null; received: string };
  empty: Record<string, never>;
  'too-long': { max: number };
  'too-many-items': { max: number };
  'not-a-number': Record<string, never>;
  'not-finite': Record<string, never>;
  negative: Record<string, never>;
  'too-big': { max: number };
  'not-positive': Record<string, never>;
  'no-text': Record<string, never>;
  'not-one-of': { options: readonly string[] };
  'bad-expr': Record<string, never>;
  'not-a-date': Record<string, never>;
  'not-a-name': Record<string, never>;
  'not-a-year': Record<string, never>;
  'years-not-ascending': Record<string, never>;
  'amount-or-share': Record<string, never>;
  'entity-or-flow': Record<string, never>;
  'no-entities': Record<string, never>;
  'too-many': { list: LimitedList; max: number };
  'too-deep': { max: number };
  // Cross-references and ranges.
  'unknown-id': { kind: IdKind; id: string; suggestion?: string; known: string[]; moreKnown: boolean };
  'duplicate-id': { kind: IdKind; id: string; first: string };
  'owner-has-owner': { owner: string; ownersOwner: string };
  'self-flow': { entity: string };
  'min-above-max': { min: number; max: number };
  'share-range': { min: number; max: number };
  'negative-amount-min': { min: number };
  'amount-too-big': { max: number; limit: number };
  'outside-slider-range': { field: 'default' | 'reference'; value: number; min: number; max: number };
  'year-not-covered': { year: number; years: number[] };
  'needs-years': Record<string, never>;
  'outside-scenario-range': { id: string; value: number; min: number; max: number };
  'off-slider-step': { id: string; value: number; step: number };
  // Shares and amounts across the sliders' ranges.
  'turns-negative': { amount: number; at: SliderSetting };
  'second-rest': { entity: string; first: string };
  'share-out-of-range': { share: number; at: SliderSetting };
  'shares-over-one': { entity: string; sum: number; at: SliderSetting };
  // Warnings: the dataset loads, probably not as meant.
  'loop-diverges': { gain: number };
  'entity-unused': { entity: string };
  'no-leakage': { entity: string };
  // Obligations and stress tests.
  'obligation-not-amount': Record<string, never>;
  // JSON text.
  'file-too-large': { bytes: number; limitBytes: number };
  'larger-than-limit': { limitBytes: number };
  'empty-text': Record<string, never>;
  'not-a-dataset': { received: 'array' | 'null' | 'text' | 'number' | 'boolean' };
  'json-unexpected': { text: string };
  'json-ends-early': Record<string, never>;
  // CSV text.
  'csv-unclosed-quote': Record<string, never>;
  'csv-bad-quote': Record<string, never>;
  'csv-too-many-fields': { columns: number };
  'csv-no-delimiter': Record<string, never>;
  'csv-missing-column': { column: 'from' | 'to' | 'id' | 'key' | 'value' };
  'csv-no-amount-column': Record<string, never>;
  'csv-unknown-column': { known: readonly string[] };
  'csv-empty-cell': Record<string, never>;
  'csv-bad-url': { text: string };
  'csv-amount-and-share': Record<string, never>;
  'csv-no-amount': Record<string, never>;
  'csv-not-a-number': { text: string };
  'csv-unknown-value': { column: 'kind' | 'basis' | 'status' | 'role' | 'focus'; value: string; options: readonly string[] };
  'csv-share-over-one': { share: number; from: string };
  'csv-second-focus': { first: string };
  'csv-second-table': { table: 'flows' | 'entities' | 'meta' | 'kinds' };
  'csv-outside-table': Record<string, never>;
  'csv-no-flows': Record<string, never>;
  'csv-unknown-key': { key: string; known: readonly string[] };
  'csv-repeated-key': { key: string; line: number };
  'csv-unknown-currency': { text: string };
  'csv-not-a-date': { text: string };
  'csv-unknown-like': { value: string; options: readonly string[] };
  'csv-kinds-no-id': Record<string, never>;
  // Fetching and reading (src/load).
  'not-an-address': { address: string };
  'not-http': { protocol: string };
  'http-status': { url: string; status: number; statusText: string };
  timeout: { url: string; seconds: number };
  'fetch-failed': { url: string; reason: string };
  'read-failed': { reason: string };
  'fragment-unreadable': Record<string, never>;
  'load-cancelled': { url: string };
  'not-in-encoding': { encoding: string };
}

export type ProblemCode = keyof ProblemParams;

/** What is wrong: a code and its params (a union keyed by code, so each code's params are typed). */
export type Problem = { [C in ProblemCode]: { code: C; params: ProblemParams[C] } }[ProblemCode];

/**
 * Where a problem is: a JSON path into the dataset (`flows[3].to`), a file name or an address, all
 * the same in every language; a line of the text and its column (a number in JSON, a name in CSV),
 * in a named file when a dataset came in several (a CSV's flows and entities tables); or the whole
 * dataset or file.
 */
export type IssuePath = string | { line: number; column?: number | string; file?: string } | { whole: 'dataset' | 'file' };

/** One problem in a dataset or a load, with where it is. */
export type DatasetIssue = Problem & { path: IssuePath };

/** A problem, its params checked against its code. */
export function problem<C extends ProblemCode>(code: C, params: ProblemParams[C]): Problem {
  return { code, params } as Problem;
}

/** A problem at a place. */
export function problemAt<C extends ProblemCode>(path: IssuePath, code: C, params: ProblemParams[C]): DatasetIssue {
  return { path, ...problem(code, params) };
}

export type ValidationResult = { ok: true; dataset: Dataset; warnings: DatasetIssue[] } | { ok: false; errors: DatasetIssue[] };
