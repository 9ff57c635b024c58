import Papa from 'papaparse';
import { problemAt, type DatasetIssue, type Problem } from './problems';

export const CSV_TABLES = ['flows', 'entities', 'meta', 'kinds'] as const;
export type CsvTableName = (typeof CSV_TABLES)[number];

/** One CSV file as the reader gave it: its text, and its name when there are several. */
export interface CsvFile {
  text: string;
  name?: string;
}

/** A table of a CSV file: its text from the header line on, the line number of that header, and its file. */
export interface CsvTable {
  text: string;
  headerLine: number;
  file?: string;
}

export type CsvTables =
  { ok: true; flows: CsvTable; entities?: CsvTable; meta?: CsvTable; kinds?: CsvTable } | { ok: false; errors: DatasetIssue[] };

/**
 * A line `# flows`, `# entities`, `# meta` or `# kinds` on its own starts that table. Spreadsheets pad a line with the
 * separators of the longest row (`# flows,,,,`), so trailing commas, semicolons and tabs are allowed.
 */
const MARKER = /^\s*#\s*(flows|entities|meta|kinds)\s*[,;\t]*\s*$/i;

/**
 * The flows table and the optional entities, meta and kinds tables in one or more CSV files. A file with
 * marker lines holds the tables they start; a file without is one table: the flows table when it
 * is the only file, otherwise the kinds table when its header names `id` and `like`, the entities
 * table when it names `id` and no `from`, the meta table when it names `key` and `value` and neither. Problems name the file (when there are
 * several) and the line.
 */
export function splitCsvTables(files: CsvFile[]): CsvTables {
  const errors: DatasetIssue[] = [];
  const found: Partial<Record<CsvTableName, CsvTable>> = {};
  const add = (name: CsvTableName, table: CsvTable, markerLine: number) => {
    if (found[name]) errors.push(problemAt(place(table.file, markerLine), 'csv-second-table', { table: name }));
    else found[name] = table;
  };
  for (const file of files) {
    const name = files.length > 1 ? file.name : undefined;
    const lines = file.text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
    const markers = lines.flatMap((line, i) => {
      const match = MARKER.exec(line);
      return match ? [{ index: i, table: (match[1] as string).toLowerCase() as CsvTableName }] : [];
    });
    if (markers.length === 0) {
      const table = tableFrom(lines, 0, lines.length, name);
      add(files.length > 1 ? tableNamed(table.text) : 'flows', table, table.headerLine);
      continue;
    }
    const stray = lines.slice(0, markers[0]?.index).findIndex((line) => line.trim() !== '');
    if (stray >= 0) errors.push(problemAt(place(name, stray + 1), 'csv-outside-table', {}));
    markers.forEach((marker, m) => {
      add(marker.table, tableFrom(lines, marker.index + 1, markers[m + 1]?.index ?? lines.length, name), marker.index + 1);
    });
  }
  if (!found.flows && errors.length === 0) errors.push(problemAt({ whole: 'file' }, 'csv-no-flows', {}));
  if (errors.length || !found.flows) return { ok: false, errors };
  return {
    ok: true,
    flows: found.flows,
    ...(found.entities ? { entities: found.entities } : {}),
    ...(found.meta ? { meta: found.meta } : {}),
    ...(found.kinds ? { kinds: found.kinds } : {}),
  };
}

/** Where in the CSV: a line, of a named file when there are several. */
export function place(file: string | undefined, line: number, column?: string): { line: number; column?: string; file?: string } {
  return { line, ...(column === undefined ? {} : { column }), ...(file === undefined ? {} : { file }) };
}

/** Lines [start, end) as a table, leading blank lines left out so its first line is its header. */
function tableFrom(lines: string[], start: number, end: number, file: string | undefined): CsvTable {
  let first = start;
  while (first < end - 1 && (lines[first] as string).trim() === '') first++;
  return { text: lines.slice(first, end).join('\n'), headerLine: first + 1, ...(file === undefined ? {} : { file }) };
}

/**
 * Which table a file of one table is, by its header: `id` and `like` is the kinds table, `id` and no
 * `from` the entities table, `key` and `value` the meta table.
 */
function tableNamed(text: string): CsvTableName {
  const header = (text.split('\n', 1)[0] ?? '').split(/[,;\t]/).map((cell) => cell.trim().replace(/^"|"$/g, '').toLowerCase());
  if (header.includes('from')) return 'flows';
  if (header.includes('id') && header.includes('like')) return 'kinds';
  if (header.includes('id')) return 'entities';
  return header.includes('key') && header.includes('value') ? 'meta' : 'flows';
}

/** A table's rows, each with its line in the file, and its column names as `column` spells them. */
export interface CsvRows {
  columns: string[];
  rows: { line: number; cells: Record<string, string> }[];
  errors: DatasetIssue[];
}

/**
 * Parses a table with a header line. Blank lines (and lines of separators only) are read and left
 * out, so each row keeps the number of the line it is on.
 */
export function readCsvRows(table: CsvTable, column: (header: string) => string): CsvRows {
  // The separator is guessed with blank lines skipped (a blank line has none), then every line is read.
  const guess = Papa.parse(table.text, { preview: 50, skipEmptyLines: 'greedy' });
  const parsed = Papa.parse<Record<string, string>>(table.text, {
    header: true,
    delimiter: guess.meta.delimiter,
    skipEmptyLines: false,
    transformHeader: (header) => column(header.trim().toLowerCase()),
  });
  const columns = parsed.meta.fields ?? [];
  const lineOf = (row: number) => table.headerLine + 1 + row;
  const errors = [...guess.errors.filter((e) => e.code === 'UndetectableDelimiter'), ...parsed.errors]
    .flatMap((e) => {
      const problem = syntaxProblem(e.code, columns.length);
      return problem ? [{ path: place(table.file, lineOf(e.row ?? 0)), ...problem }] : [];
    })
    .slice(0, 20);
  const rows = parsed.data.flatMap((cells, i) =>
    Object.values(cells).every((cell) => typeof cell === 'string' && cell.trim() === '') ? [] : [{ line: lineOf(i), cells }],
  );
  return { columns, rows, errors };
}

/** What Papa Parse found wrong with a line, if it is wrong here. */
function syntaxProblem(code: Papa.ParseError['code'], columns: number): Problem | undefined {
  switch (code) {
    case 'MissingQuotes':
      return { code: 'csv-unclosed-quote', params: {} };
    case 'InvalidQuotes':
      return { code: 'csv-bad-quote', params: {} };
    case 'UndetectableDelimiter':
      return { code: 'csv-no-delimiter', params: {} };
    case 'TooManyFields':
      return { code: 'csv-too-many-fields', params: { columns } };
    case 'TooFewFields':
      return undefined; // rows may leave trailing optional columns out
  }
}
