import { LIMITS, MAX_DATASET_BYTES } from './limits';
import type { ValidationResult } from './problems';
import { validateDataset } from './validate';
import { datasetWarnings } from './datasetWarnings';
import { jsonErrorOffset } from './jsonErrorOffset';

/** Line and column (1-based) of a character offset, for pointing at a parse error. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < Math.min(offset, text.length); i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** JSON text → a checked dataset with warnings, or every problem with where it is. */
export function parseDatasetJson(text: string): ValidationResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_DATASET_BYTES) {
    return {
      ok: false,
      errors: [
        {
          path: '(file)',
          message: `is ${(bytes / 1048576).toFixed(1)} MB; datasets may be at most ${MAX_DATASET_BYTES / 1048576} MB (and ${LIMITS.entities} entities, ${LIMITS.flows} flows)`,
        },
      ],
    };
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    if (text.trim() === '')
      return { ok: false, errors: [{ path: 'line 1, column 1', message: 'the text is empty: paste or choose a dataset in JSON' }] };
    const offset = jsonErrorOffset(text);
    const at = lineAndColumn(text, offset);
    const problem =
      offset < text.length ? `unexpected '${text.slice(offset, offset + 12).split('\n')[0]}'` : 'the text ends before the JSON does';
    return { ok: false, errors: [{ path: `line ${at.line}, column ${at.column}`, message: `not valid JSON: ${problem}` }] };
  }
  return withWarnings(validateDataset(input));
}

export function withWarnings(result: ValidationResult): ValidationResult {
  return result.ok ? { ...result, warnings: [...result.warnings, ...datasetWarnings(result.dataset)] } : result;
}
