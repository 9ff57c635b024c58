import { place, readCsvRows, type CsvTable } from './csvTables';
import { problemAt, type DatasetIssue } from './problems';
import { ROLES, type Bilingual, type Role } from './types';

export const ENTITY_COLUMNS = ['id', 'label', 'label_zh-TW', 'role', 'owner', 'focus'] as const;
type EntityColumn = (typeof ENTITY_COLUMNS)[number];

const YES = ['yes', 'y', 'x', 'true', '1'];
const NO = ['', 'no', 'n', 'false', '0'];

/** One row of the entities table: an entity as the reader wrote it (a blank role is worked out from the flows). */
export interface EntityRow {
  id: string;
  label: Bilingual;
  role?: Role;
  owner?: string;
  line: number;
}

export interface EntityTable {
  rows: EntityRow[];
  /** The entity marked as the headline's focus, and its line. */
  focus?: { id: string; line: number };
  headerLine: number;
  file?: string;
  errors: DatasetIssue[];
  warnings: DatasetIssue[];
}

/**
 * The entities table (id, label, label_zh-TW, role, owner, focus): who is who, as a JSON dataset's
 * entities say it. `label_en` is `label` too, and the language may follow a space, dot or dash
 * (`label zh-TW`). Problems name the line and column.
 */
export function readEntityTable(table: CsvTable): EntityTable {
  const { columns, rows, errors: syntax } = readCsvRows(table, labelColumn);
  // A table of ids alone has one column and so no separator to find.
  const errors: DatasetIssue[] = syntax.filter((e) => e.code !== 'csv-no-delimiter');
  const warnings: DatasetIssue[] = [];
  const at = (line: number, column?: string) => place(table.file, line, column);
  if (!columns.includes('id')) {
    errors.push(problemAt(at(table.headerLine), 'csv-missing-column', { column: 'id' }));
    return { rows: [], headerLine: table.headerLine, errors, warnings };
  }
  for (const column of columns)
    if (!(ENTITY_COLUMNS as readonly string[]).includes(column))
      warnings.push(problemAt(at(table.headerLine, column), 'csv-unknown-column', { known: ENTITY_COLUMNS }));
  const entities: EntityRow[] = [];
  let focus: EntityTable['focus'];
  for (const { line, cells } of rows) {
    const cell = (column: EntityColumn) => cells[column]?.trim() ?? '';
    const id = cell('id');
    if (!id) errors.push(problemAt(at(line, 'id'), 'csv-empty-cell', {}));
    const role = cell('role');
    if (role && !(ROLES as readonly string[]).includes(role))
      errors.push(problemAt(at(line, 'role'), 'csv-unknown-value', { column: 'role', value: role, options: ROLES }));
    const marked = cell('focus').toLowerCase();
    if (YES.includes(marked)) {
      if (focus) errors.push(problemAt(at(line, 'focus'), 'csv-second-focus', { first: focus.id }));
      else focus = { id, line };
    } else if (!NO.includes(marked)) {
      errors.push(problemAt(at(line, 'focus'), 'csv-unknown-value', { column: 'focus', value: cell('focus'), options: ['yes', 'no'] }));
    }
    const en = cell('label');
    const zh = cell('label_zh-TW');
    entities.push({
      id,
      label: en || zh ? { ...(en ? { en } : {}), ...(zh ? { 'zh-TW': zh } : {}) } : { en: id },
      ...(role ? { role: role as Role } : {}),
      ...(cell('owner') ? { owner: cell('owner') } : {}),
      line,
    });
  }
  return {
    rows: entities,
    ...(focus ? { focus } : {}),
    headerLine: table.headerLine,
    ...(table.file === undefined ? {} : { file: table.file }),
    errors,
    warnings,
  };
}

/** A header (trimmed, lower case) as the column it names: the label columns in any of their spellings. */
export function labelColumn(header: string): string {
  const label = /^label(?:[\s._-]*(en|zh[\s._-]*tw))?$/.exec(header);
  if (label) return label[1] && label[1] !== 'en' ? 'label_zh-TW' : 'label';
  return header;
}
