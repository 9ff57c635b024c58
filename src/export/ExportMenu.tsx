import { useState } from 'react';
import { translate } from '../i18n/strings';
import { useExplorer, useStoreApi } from '../state/context';
import type { ExportKind } from './runExport';

const KINDS: { kind: ExportKind; label: 'export.svg' | 'export.png' | 'export.csv' | 'export.json' }[] = [
  { kind: 'svg', label: 'export.svg' },
  { kind: 'png', label: 'export.png' },
  { kind: 'csv', label: 'export.csv' },
  { kind: 'json', label: 'export.json' },
];

/** The export's width when no chart has been drawn to take it from. */
const FALLBACK_WIDTH = 1200;

/** Export SVG, PNG and the data; the export code loads only when first used. */
export function ExportMenu() {
  const store = useStoreApi();
  const lang = useExplorer((s) => s.lang);
  const [error, setError] = useState<string | null>(null);
  const run = async (kind: ExportKind) => {
    setError(null);
    try {
      const { runExport } = await import('./runExport');
      const state = store.getState();
      await runExport(kind, state, { width: state.chartWidth ?? FALLBACK_WIDTH });
    } catch (problem) {
      setError(translate(lang, 'export.failed', { error: problem instanceof Error ? problem.message : String(problem) }));
    }
  };
  return (
    <div className="export-menu" role="group" aria-label={translate(lang, 'export.label')}>
      <span className="export-menu__label">{translate(lang, 'export.label')}</span>
      {KINDS.map(({ kind, label }) => (
        <button key={kind} type="button" onClick={() => void run(kind)} data-export={kind}>
          {translate(lang, label)}
        </button>
      ))}
      {error && (
        <p role="alert" className="export-menu__error">
          {error}
        </p>
      )}
    </div>
  );
}
