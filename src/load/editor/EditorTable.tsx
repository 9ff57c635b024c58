import type { EditAction, EditList } from '../../model/editDataset';
import type { Dataset, Lang } from '../../model/types';
import type { Column } from './editorColumns';
import { EditorCell } from './EditorCell';
import { editorText, type EditorKey } from './editorText';

export interface EditorTableProps {
  list: EditList;
  title: EditorKey;
  columns: Column[];
  draft: Dataset;
  lang: Lang;
  /** The problem texts at each dataset path (`flows[3].amount`). */
  problems: Map<string, string[]>;
  onEdit(action: EditAction): void;
  hint?: EditorKey;
}

/** The problems of one cell: at its own paths, or anywhere inside them. */
export function cellProblems(problems: Map<string, string[]>, row: string, paths: string[]): string[] {
  const found: string[] = [];
  for (const [path, texts] of problems)
    if (
      paths.some((p) =>
        p === '' ? path === row : path === `${row}.${p}` || path.startsWith(`${row}.${p}.`) || path.startsWith(`${row}.${p}[`),
      )
    )
      found.push(...texts);
  return found;
}

/** One list of the dataset as an editable table: a row per item, a field per column, and row actions. */
export function EditorTable({ list, title, columns, draft, lang, problems, onEdit, hint }: EditorTableProps) {
  const rows = draft[list] as unknown as Record<string, unknown>[];
  const heading = editorText(lang, title);
  return (
    <section className="editor__section" aria-labelledby={`editor-${list}`}>
      <h3 id={`editor-${list}`}>{heading}</h3>
      {hint && <p className="editor__hint">{editorText(lang, hint)}</p>}
      <div className="editor__scroll">
        <table className="editor__table">
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.field} scope="col">
                  {editorText(lang, c.header)}
                </th>
              ))}
              <th scope="col">{editorText(lang, 'editor.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const path = `${list}[${index}]`;
              const n = index + 1;
              return (
                // Rows are keyed by position: an id being typed changes with every key.
                <tr key={index} data-row={path}>
                  {columns.map((c) => (
                    <EditorCell
                      key={c.field}
                      value={c.text(row)}
                      label={editorText(lang, 'editor.cell', { column: editorText(lang, c.header), row: n })}
                      options={c.options?.(draft, lang)}
                      errors={cellProblems(problems, path, c.paths ?? [c.field])}
                      errorId={`${path}-${c.field}-error`}
                      onChange={(value) => onEdit({ type: 'set', list, index, field: c.field, value })}
                    />
                  ))}
                  <td className="editor__actions">
                    <button
                      type="button"
                      aria-label={editorText(lang, 'editor.up', { row: n })}
                      disabled={index === 0}
                      onClick={() => onEdit({ type: 'move', list, index, by: -1 })}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      aria-label={editorText(lang, 'editor.down', { row: n })}
                      disabled={index === rows.length - 1}
                      onClick={() => onEdit({ type: 'move', list, index, by: 1 })}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      aria-label={editorText(lang, 'editor.remove', { row: n })}
                      onClick={() => onEdit({ type: 'remove', list, index })}
                    >
                      ×
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <button type="button" className="editor__add" data-add={list} onClick={() => onEdit({ type: 'add', list })}>
        {editorText(lang, 'editor.add', { table: heading })}
      </button>
    </section>
  );
}
