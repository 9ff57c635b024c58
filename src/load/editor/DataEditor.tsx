import { useEffect, useMemo, useReducer, useRef, type KeyboardEvent } from 'react';
import { emptyDataset, type EditAction } from '../../model/editDataset';
import type { DatasetIssue } from '../../model/problems';
import type { Dataset } from '../../model/types';
import { validateDataset } from '../../model/validate';
import { downloadBlob } from '../../components/shared/downloadBlob';
import { IssueList } from '../../components/problems/IssueList';
import { useIssueText } from '../../components/problems/useIssueText';
import { useExplorer, useStoreApi } from '../../state/context';
import { COLUMNS, META_COLUMNS } from './editorColumns';
import { EditorCell } from './EditorCell';
import { editHistory } from './editHistory';
import { EditorTable, cellProblems } from './EditorTable';
import { editorText } from './editorText';

/**
 * The dataset as tables the reader edits in place: every change is validated at once, problems sit
 * on their cells, and the chart follows whenever the draft is valid (else it keeps the last valid
 * data). Undo and redo step through the drafts; the JSON download loads back as it is.
 */
export function DataEditor({ onClose }: { onClose(): void }) {
  const store = useStoreApi();
  const lang = useExplorer((s) => s.lang);
  const source = useExplorer((s) => s.model.source);
  const [history, dispatch] = useReducer(editHistory, source, (present: Dataset) => ({ past: [], present, future: [] }));
  const draft = history.present;
  const checked = useMemo(() => validateDataset(draft), [draft]);
  const errors: DatasetIssue[] = useMemo(() => (checked.ok ? [] : checked.errors), [checked]);
  const { texts } = useIssueText();
  const problems = useMemo(() => {
    const byPath = new Map<string, string[]>();
    for (const issue of errors) {
      if (typeof issue.path !== 'string') continue;
      const text = texts ? texts.problemText(issue, lang) : issue.code;
      byPath.set(issue.path, [...(byPath.get(issue.path) ?? []), text]);
    }
    return byPath;
  }, [errors, texts, lang]);
  // The draft the chart shows: the dataset the editor opened on needs no replacing.
  const shown = useRef<Dataset>(source);
  useEffect(() => {
    if (checked.ok && shown.current !== draft) {
      shown.current = draft;
      store.getState().replaceDataset(checked.dataset);
    }
  }, [checked, draft, store]);

  const edit = (action: EditAction) => dispatch({ type: 'edit', edit: action });
  const onKeyDown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'z' || key === 'y') {
      event.preventDefault();
      dispatch({ type: key === 'y' || event.shiftKey ? 'redo' : 'undo' });
    }
  };
  const download = () =>
    downloadBlob(new Blob([`${JSON.stringify(draft, null, 2)}\n`], { type: 'application/json' }), 'capital-loop-dataset.json');
  const tableProps = { draft, lang, problems, onEdit: edit };

  return (
    <section className="editor" aria-labelledby="editor-title" onKeyDown={onKeyDown}>
      <div className="editor__bar">
        <h2 id="editor-title">{editorText(lang, 'editor.title')}</h2>
        <button type="button" onClick={() => dispatch({ type: 'undo' })} disabled={history.past.length === 0} data-action="undo">
          {editorText(lang, 'editor.undo')}
        </button>
        <button type="button" onClick={() => dispatch({ type: 'redo' })} disabled={history.future.length === 0} data-action="redo">
          {editorText(lang, 'editor.redo')}
        </button>
        <button type="button" onClick={() => dispatch({ type: 'start', dataset: emptyDataset(draft.meta.asOf) })} data-action="start-empty">
          {editorText(lang, 'editor.empty')}
        </button>
        <button type="button" onClick={() => dispatch({ type: 'start', dataset: store.getState().model.source })}>
          {editorText(lang, 'editor.current')}
        </button>
        <button type="button" onClick={download} data-action="download-draft">
          {editorText(lang, 'editor.download')}
        </button>
        <button type="button" onClick={onClose} aria-label={editorText(lang, 'editor.close')}>
          ×
        </button>
      </div>
      <p className="editor__hint">{editorText(lang, 'editor.intro')}</p>
      <p role="status" className={checked.ok ? 'editor__status' : 'editor__status editor__status--invalid'}>
        {checked.ok ? editorText(lang, 'editor.valid') : editorText(lang, 'editor.invalid', { count: errors.length })}
      </p>
      {errors.length > 0 && (
        <details className="editor__problems">
          <summary>{editorText(lang, 'editor.invalid', { count: errors.length })}</summary>
          <IssueList issues={errors} lang={lang} />
        </details>
      )}
      <section className="editor__section" aria-labelledby="editor-meta">
        <h3 id="editor-meta">{editorText(lang, 'editor.meta')}</h3>
        <div className="editor__scroll">
          <table className="editor__table">
            <thead>
              <tr>
                {META_COLUMNS.map((c) => (
                  <th key={c.field} scope="col">
                    {editorText(lang, c.header)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                {META_COLUMNS.map((c) => (
                  <EditorCell
                    key={c.field}
                    value={c.text(draft.meta as unknown as Record<string, unknown>)}
                    label={editorText(lang, c.header)}
                    errors={cellProblems(problems, 'meta', [c.field])}
                    errorId={`meta-${c.field}-error`}
                    onChange={(value) => edit({ type: 'meta', field: c.field, value })}
                  />
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      </section>
      <EditorTable list="entities" title="editor.entities" columns={COLUMNS.entities} {...tableProps} />
      <EditorTable list="flows" title="editor.flows" columns={COLUMNS.flows} hint="editor.flowValueHint" {...tableProps} />
      <EditorTable list="parameters" title="editor.parameters" columns={COLUMNS.parameters} {...tableProps} />
      <EditorTable list="scenarios" title="editor.scenarios" columns={COLUMNS.scenarios} hint="editor.valuesHint" {...tableProps} />
    </section>
  );
}
