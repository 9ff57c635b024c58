// Loaded on demand with the first dataset a reader brings (it carries the CSV parser).
import { parseDatasetCsv, parseDatasetCsvFiles } from '../model/csvDataset';
import type { CsvFile } from '../model/csvTables';
import { parseDatasetJson } from '../model/parseDataset';
import type { ValidationResult } from '../model/problems';

/**
 * JSON or CSV, by file name or, for pasted text, by its first character. Several files are CSV
 * tables of one dataset (flows, entities), titled after the flows file.
 */
export function parseAny(input: string | Required<CsvFile>[], name: string): ValidationResult {
  if (typeof input !== 'string') return input.length === 1 ? parseAny(input[0]!.text, input[0]!.name) : parseDatasetCsvFiles(input);
  const text = input;
  const csv = /\.csv$/i.test(name) || (!/\.json$/i.test(name) && !/^\s*[{[]/.test(text) && text.trim() !== '');
  return csv ? parseDatasetCsv(text, name.replace(/\.csv$/i, '')) : parseDatasetJson(text);
}
