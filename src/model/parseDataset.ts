import { MAX_DATASET_BYTES } from './limits';
import { problemAt, type DatasetIssue, type ValidationResult } from './problems';
import { validateDataset } from './validate';
import { datasetWarnings } from './datasetWarnings';
import { jsonErrorOffset } from './jsonErrorOffset';
import { utf8Length } from './utf8Length';

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
  const tooLarge = sizeProblem(text);
  if (tooLarge) return { ok: false, errors: [tooLarge] };
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    if (text.trim() === '') return { ok: false, errors: [problemAt({ line: 1, column: 1 }, 'empty-text', {})] };
    const offset = jsonErrorOffset(text);
    const at = lineAndColumn(text, offset);
    const problem =
      offset < text.length
        ? problemAt(at, 'json-unexpected', { text: text.slice(offset, offset + 12).split('\n')[0] as string })
        : problemAt(at, 'json-ends-early', {});
    return { ok: false, errors: [problem] };
  }
  return withWarnings(validateDataset(input));
}

/** A text over the size limit, refused before it is parsed. */
export function sizeProblem(text: string): DatasetIssue | undefined {
  // No UTF-16 unit takes more than 3 bytes in UTF-8: a text that short needs no counting.
  if (text.length * 3 <= MAX_DATASET_BYTES) return undefined;
  const bytes = utf8Length(text);
  if (bytes <= MAX_DATASET_BYTES) return undefined;
  return problemAt({ whole: 'file' }, 'file-too-large', { bytes, limitBytes: MAX_DATASET_BYTES });
}

export function withWarnings(result: ValidationResult): ValidationResult {
  return result.ok ? { ...result, warnings: [...result.warnings, ...datasetWarnings(result.dataset)] } : result;
}
