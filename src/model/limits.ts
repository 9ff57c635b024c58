/** The largest dataset the app takes; anything larger is refused with a message that names the limit. */
export const LIMITS = {
  entities: 2000,
  flows: 10000,
  parameters: 500,
  scenarios: 200,
  steps: 50,
  textLength: 2000,
  idLength: 100,
  /** Amounts in the dataset's unit; a trillion billions is already absurd. */
  maxAmount: 1e9,
} as const;

/** Deeper nesting than any real dataset needs; deeper input could exhaust the stack of a recursive check. */
export const MAX_DEPTH = 64;

/** Byte limit for a dataset file, pasted text or download. */
export const MAX_DATASET_BYTES = 5 * 1024 * 1024;
