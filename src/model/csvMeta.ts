import { place, readCsvRows, type CsvTable } from './csvTables';
import { problemAt, type DatasetIssue } from './problems';
import type { Bilingual, Meta } from './types';

export const META_KEYS = ['currency', 'unit', 'title', 'title_zh-TW', 'tagline', 'tagline_zh-TW', 'asOf'] as const;
export type MetaKey = (typeof META_KEYS)[number];

const META_COLUMNS = ['key', 'value'];

/** Keys as written (any case; spaces, dots, dashes and underscores left out) and the key they name: `Title zh-TW`, `as of`, `title_en`. */
const SPELLINGS: Record<string, MetaKey> = {
  currency: 'currency',
  unit: 'unit',
  title: 'title',
  titleen: 'title',
  titlezhtw: 'title_zh-TW',
  tagline: 'tagline',
  taglineen: 'tagline',
  taglinezhtw: 'tagline_zh-TW',
  asof: 'asOf',
};

/** The fields of a dataset's meta a CSV's meta table can set, as a JSON dataset's meta has them. */
export type CsvMeta = Partial<Pick<Meta, 'title' | 'tagline' | 'currency' | 'unit' | 'asOf'>>;

export interface MetaTable {
  meta: CsvMeta;
  /** The line each key is on, to place the dataset's checks of its value there. */
  lines: Map<MetaKey, number>;
  file?: string;
  errors: DatasetIssue[];
  warnings: DatasetIssue[];
}

/**
 * The meta table (key,value rows: currency, unit, title, title_zh-TW, tagline, tagline_zh-TW,
 * asOf): what a JSON dataset's meta says about its amounts and its page. A blank value leaves the
 * key at its default. The currency must be an ISO 4217 code and asOf a date (yyyy-mm-dd); an unknown
 * key is ignored with a warning, as an unknown column is. Problems name the line and column.
 */
export function readMetaTable(table: CsvTable): MetaTable {
  const { columns, rows, errors: syntax } = readCsvRows(table, (header) => header);
  // A table of one column has no separator to find; the missing column says what is wrong.
  const errors: DatasetIssue[] = syntax.filter((e) => e.code !== 'csv-no-delimiter');
  const warnings: DatasetIssue[] = [];
  const lines = new Map<MetaKey, number>();
  const at = (line: number, column?: string) => place(table.file, line, column);
  const file = table.file === undefined ? {} : { file: table.file };
  const missing = META_COLUMNS.filter((column) => !columns.includes(column)) as ('key' | 'value')[];
  for (const column of missing) errors.push(problemAt(at(table.headerLine), 'csv-missing-column', { column }));
  if (missing.length) return { meta: {}, lines, ...file, errors, warnings };
  for (const column of columns)
    if (!META_COLUMNS.includes(column))
      warnings.push(problemAt(at(table.headerLine, column), 'csv-unknown-column', { known: META_COLUMNS }));

  const values: Partial<Record<MetaKey, string>> = {};
  for (const { line, cells } of rows) {
    const written = cells.key?.trim() ?? '';
    const value = cells.value?.trim() ?? '';
    if (!written) {
      errors.push(problemAt(at(line, 'key'), 'csv-empty-cell', {}));
      continue;
    }
    const key = SPELLINGS[written.toLowerCase().replace(/[\s._-]/g, '')];
    if (!key) {
      warnings.push(problemAt(at(line, 'key'), 'csv-unknown-key', { key: written, known: META_KEYS }));
      continue;
    }
    const first = lines.get(key);
    if (first !== undefined) {
      errors.push(problemAt(at(line, 'key'), 'csv-repeated-key', { key: written, line: first }));
      continue;
    }
    lines.set(key, line);
    if (!value) continue;
    if (key === 'currency' && !isCurrencyCode(value)) errors.push(problemAt(at(line, 'value'), 'csv-unknown-currency', { text: value }));
    else if (key === 'asOf' && !isDate(value)) errors.push(problemAt(at(line, 'value'), 'csv-not-a-date', { text: value }));
    else values[key] = key === 'currency' ? value.toUpperCase() : value;
  }
  const title = bilingual(values.title, values['title_zh-TW']);
  const tagline = bilingual(values.tagline, values['tagline_zh-TW']);
  const meta: CsvMeta = {
    ...(title ? { title } : {}),
    ...(tagline ? { tagline } : {}),
    ...(values.currency ? { currency: values.currency } : {}),
    ...(values.unit ? { unit: values.unit } : {}),
    ...(values.asOf ? { asOf: values.asOf } : {}),
  };
  return { meta, lines, ...file, errors, warnings };
}

function bilingual(en: string | undefined, zh: string | undefined): Bilingual | undefined {
  return en || zh ? { ...(en ? { en } : {}), ...(zh ? { 'zh-TW': zh } : {}) } : undefined;
}

let currencies: Set<string> | undefined;

/** Whether the text (any case) is a currency code Intl knows: the ISO 4217 codes in use. */
function isCurrencyCode(text: string): boolean {
  currencies ??= new Set(Intl.supportedValuesOf('currency'));
  return currencies.has(text.toUpperCase());
}

/** Whether the text is a date on the calendar written yyyy-mm-dd (2026-02-30 is not). */
function isDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
