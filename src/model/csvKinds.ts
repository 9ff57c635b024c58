import { labelColumn } from './csvEntities';
import { place, readCsvRows, type CsvTable } from './csvTables';
import { problemAt, type DatasetIssue } from './problems';
import { FLOW_KINDS, type FlowKind, type KindDeclaration } from './types';

export const KIND_COLUMNS = ['id', 'label', 'label_zh-TW', 'like'] as const;

export interface KindTable {
  /** The declarations as a JSON dataset's meta.kinds has them, in the table's order. */
  kinds: KindDeclaration[];
  /** The line of each declaration, to place the dataset's checks of it there. */
  lines: number[];
  headerLine: number;
  file?: string;
  errors: DatasetIssue[];
  warnings: DatasetIssue[];
}

/**
 * The kinds table (id, label, label_zh-TW, like): flow kinds of the dataset's own, or new labels for
 * built-in ones, as a JSON dataset's meta.kinds declares them. `like` is the built-in kind whose
 * part the kind plays in the figures; blank, it plays none (a built-in id keeps its own). Labels
 * are spelled as in the entities table. Problems name the line and column.
 */
export function readKindTable(table: CsvTable): KindTable {
  const { columns, rows, errors: syntax } = readCsvRows(table, labelColumn);
  // A table of ids alone has one column and so no separator to find.
  const errors: DatasetIssue[] = syntax.filter((e) => e.code !== 'csv-no-delimiter');
  const warnings: DatasetIssue[] = [];
  const at = (line: number, column?: string) => place(table.file, line, column);
  const file = table.file === undefined ? {} : { file: table.file };
  if (!columns.includes('id')) {
    errors.push(problemAt(at(table.headerLine), 'csv-kinds-no-id', {}));
    return { kinds: [], lines: [], headerLine: table.headerLine, ...file, errors, warnings };
  }
  for (const column of columns)
    if (!(KIND_COLUMNS as readonly string[]).includes(column))
      warnings.push(problemAt(at(table.headerLine, column), 'csv-unknown-column', { known: KIND_COLUMNS }));
  const kinds: KindDeclaration[] = [];
  const lines: number[] = [];
  for (const { line, cells } of rows) {
    const cell = (column: string) => cells[column]?.trim() ?? '';
    const id = cell('id');
    if (!id) errors.push(problemAt(at(line, 'id'), 'csv-empty-cell', {}));
    const like = cell('like');
    if (like && !(FLOW_KINDS as readonly string[]).includes(like))
      errors.push(problemAt(at(line, 'like'), 'csv-unknown-like', { value: like, options: FLOW_KINDS }));
    const en = cell('label');
    const zh = cell('label_zh-TW');
    kinds.push({
      id,
      label: en || zh ? { ...(en ? { en } : {}), ...(zh ? { 'zh-TW': zh } : {}) } : { en: id },
      ...(like ? { like: like as FlowKind } : {}),
    });
    lines.push(line);
  }
  return { kinds, lines, headerLine: table.headerLine, ...file, errors, warnings };
}
