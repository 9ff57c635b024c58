import { memo } from 'react';
import { stressEntityName, stressWords } from '../../i18n/stressText';
import { pickText } from '../../i18n/strings';
import { formatPercent } from '../../model/format';
import type { Dataset, Lang, Shocks } from '../../model/types';
import { share } from '../../model/units';
import { useExplorer } from '../../state/context';
import { EntityChoice } from './EntityChoice';
import { ShockRange } from './ShockRange';

export interface StressControlsProps {
  lang: Lang;
  dataset: Dataset;
  shocks: Shocks;
  alpha: number;
  beta: number;
  /** Told when the reader pulls other shocks (the panel shows every round again). Stable. */
  onShocksChanged: () => void;
}

/**
 * The shocks to pull and the costs of default: the dataset's stress tests, each shock, the default
 * costs, and Clear. Apart from the outcome they lead to, so that a slider dragged with a stress test
 * applied (each step clears the loop again) re-renders none of its inputs: each input React renders
 * is written to again (its name and type), and the page restyled.
 */
export const StressControls = memo(function StressControls({ lang, dataset, shocks, alpha, beta, onShocksChanged }: StressControlsProps) {
  const setShocks = useExplorer((s) => s.setShocks);
  const setDefaultCosts = useExplorer((s) => s.setDefaultCosts);
  const w = stressWords(lang);
  const entityName = (id: string) => stressEntityName(dataset, id, lang);
  // A shock set to nothing (0, unticked, none chosen) is left out, so a link carries only the shocks pulled.
  const change = (patch: { [K in keyof Shocks]?: Shocks[K] | undefined }) => {
    const next: Record<string, unknown> = { ...shocks, ...patch };
    for (const key of Object.keys(next)) if (next[key] === undefined || next[key] === 0 || next[key] === false) delete next[key];
    setShocks(next as Shocks);
    onShocksChanged();
  };
  const named = (entities: { id: string }[]) => entities.map((e) => ({ id: e.id, name: entityName(e.id) }));
  const lenders = dataset.entities.filter((e) => dataset.flows.some((f) => f.from === e.id && f.kind === 'debt'));
  const percent = (x: number) => formatPercent(share(x), lang);
  const tests = dataset.stressTests ?? [];
  const pulled = tests.find((test) => JSON.stringify(test.shocks) === JSON.stringify(shocks));

  return (
    <>
      {tests.length > 0 && (
        <fieldset className="stress__tests">
          <legend>{w.tests}</legend>
          {tests.map((test) => (
            <button
              key={test.id}
              type="button"
              aria-pressed={test === pulled}
              aria-describedby={test === pulled && test.description ? 'stress-test-note' : undefined}
              title={test.description ? pickText(test.description, lang).text : undefined}
              onClick={() => {
                setShocks(test.shocks);
                onShocksChanged();
              }}
            >
              {pickText(test.label, lang).text}
            </button>
          ))}
          {/* What the test pulled does, in words a touch screen shows too (a title only shows on hover). */}
          {pulled?.description && (
            <p className="stress__test-note" id="stress-test-note" data-stress="description">
              {pickText(pulled.description, lang).text}
            </p>
          )}
        </fieldset>
      )}
      <div className="stress__controls">
        <ShockRange
          label={w.revenueFall}
          shown={percent(shocks.revenueFall ?? 0)}
          value={shocks.revenueFall ?? 0}
          onChange={(revenueFall) => change({ revenueFall })}
        />
        <ShockRange
          label={w.equitySlowdown}
          shown={percent(shocks.equitySlowdown ?? 0)}
          value={shocks.equitySlowdown ?? 0}
          onChange={(equitySlowdown) => change({ equitySlowdown })}
        />
        <EntityChoice
          label={w.fails}
          none={w.none}
          value={shocks.fails}
          options={named(dataset.entities.filter((e) => e.role !== 'sink'))}
          onChange={(fails) => change({ fails })}
        />
        <EntityChoice
          label={w.lenderStops}
          none={w.none}
          value={shocks.lenderStops}
          options={named(lenders)}
          onChange={(lenderStops) => change({ lenderStops })}
        />
        <label>
          <input
            type="checkbox"
            checked={Boolean(shocks.dropUncommitted)}
            onChange={(e) => change({ dropUncommitted: e.target.checked })}
          />
          {w.dropUncommitted}
        </label>
        <ShockRange label={w.alpha} shown={percent(alpha)} value={alpha} onChange={(value) => setDefaultCosts({ alpha: value })} />
        <ShockRange label={w.beta} shown={percent(beta)} value={beta} onChange={(value) => setDefaultCosts({ beta: value })} />
        <button type="button" onClick={() => (setShocks({}), setDefaultCosts({ alpha: 1, beta: 1 }))}>
          {w.clear}
        </button>
      </div>
    </>
  );
});
