// Loaded on demand with the first dataset a reader brings (it carries the CSV parser).
import { parseDatasetCsv } from '../model/csvDataset';
import { parseDatasetJson } from '../model/parseDataset';
import type { ValidationResult } from '../model/problems';

/** JSON or CSV, by file name or, for pasted text, by its first character. */
export function parseAny(text: string, name: string): ValidationResult {
  const csv = /\.csv$/i.test(name) || (!/\.json$/i.test(name) && !/^\s*[{[]/.test(text) && text.trim() !== '');
  return csv ? parseDatasetCsv(text, name.replace(/\.csv$/i, '')) : parseDatasetJson(text);
}
