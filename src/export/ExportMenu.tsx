import { useState } from 'react';
import { translate } from '../i18n/strings';
import { useExplorer, useStoreApi } from '../state/context';
import { EXPORT_PRESET_IDS, type ExportPreset } from './presetIds';
import type { ExportKind, PngScale } from './runExport';

const KINDS: { kind: ExportKind; label: 'export.svg' | 'export.png' | 'export.csv' | 'export.json' }[] = [
  { kind: 'svg', label: 'export.svg' },
  { kind: 'png', label: 'export.png' },
  { kind: 'csv', label: 'export.csv' },
  { kind: 'json', label: 'export.json' },
];

const PRESET_LABEL = {
  article: 'export.preset.article',
  wide: 'export.preset.wide',
  social: 'export.preset.social',
  print: 'export.preset.print',
} as const;
const SCALES: PngScale[] = [1, 2, 3];

/** Export SVG and PNG at a size editors use (never the screen's), and the data; the export code loads only when first used. */
export function ExportMenu() {
  const store = useStoreApi();
  const lang = useExplorer((s) => s.lang);
  const [error, setError] = useState<string | null>(null);
  const [preset, setPreset] = useState<ExportPreset>('wide');
  const [scale, setScale] = useState<PngScale>(2);
  const run = async (kind: ExportKind) => {
    setError(null);
    try {
      const { runExport } = await import('./runExport');
      const outcome = await runExport(kind, store.getState(), preset, scale);
      if (outcome === 'no-totals') setError(translate(lang, 'export.noTotals'));
    } catch (problem) {
      setError(translate(lang, 'export.failed', { error: problem instanceof Error ? problem.message : String(problem) }));
    }
  };
  return (
    <div className="export-menu" role="group" aria-label={translate(lang, 'export.label')}>
      <span className="export-menu__label">{translate(lang, 'export.label')}</span>
      <label className="inline-control">
        {translate(lang, 'export.size')}
        <select value={preset} onChange={(e) => setPreset(e.target.value as ExportPreset)} data-export-option="preset">
          {EXPORT_PRESET_IDS.map((id) => (
            <option key={id} value={id}>
              {translate(lang, PRESET_LABEL[id])}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-control">
        {translate(lang, 'export.pngScale')}
        <select value={scale} onChange={(e) => setScale(Number(e.target.value) as PngScale)} data-export-option="scale">
          {SCALES.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
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
