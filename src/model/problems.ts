import type { Dataset } from './types';

/** One problem in a dataset: where it is (a JSON path such as `flows[3].to`) and what to do. */
export interface DatasetIssue {
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; dataset: Dataset; warnings: DatasetIssue[] } | { ok: false; errors: DatasetIssue[] };
