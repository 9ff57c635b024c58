import { useMemo } from 'react';
import { originNames } from '../../i18n/chartText';
import { originsInPlay } from '../../model/originsInPlay';
import { translate } from '../../i18n/strings';
import { useExplorer } from '../../state/context';
import { useLoopResult } from '../../state/panelHooks';
import { useCompareParts } from './compare/useCompareParts';
import { originPaint } from './palette';

/**
 * Origins with their colours; clicking one shows it alone. Scrolls when long. Origins that put
 * nothing in at these settings are left out (see originsInPlay), unless shown alone: then a line
 * says so, with a way back to every origin.
 * Says what the dashed outlines are when a scenario is compared.
 */
export function Legend() {
  const lang = useExplorer((s) => s.lang);
  const model = useExplorer((s) => s.model);
  const colorByOrigin = useExplorer((s) => s.colorByOrigin);
  const isolated = useExplorer((s) => s.isolated);
  const isolate = useExplorer((s) => s.isolate);
  const compare = useExplorer((s) => s.compare);
  const { origins } = model.structure;
  const names = useMemo(() => originNames(model, lang), [model, lang]);
  const { coefficients } = useLoopResult();
  // As one string, so a slider's step that leaves the same origins in play reuses the list below
  // as it was (hundreds of items on a large dataset), rather than rendering it again.
  const inPlay = useMemo(() => originsInPlay(model, coefficients).map(Number).join(''), [model, coefficients]);
  const isolatedIndex = isolated === null ? -1 : origins.indexOf(isolated);
  const idle = isolatedIndex >= 0 && inPlay[isolatedIndex] !== '1' ? isolatedIndex : null;
  const compared = model.dataset.scenarios.find((s) => s.id === compare);
  const compareParts = useCompareParts(compared !== undefined);
  const ghost = compared && compareParts && <compareParts.GhostLegend scenario={compared} lang={lang} />;
  const items = useMemo(
    () => (
      <ul className="legend__items" aria-labelledby="legend-title">
        {origins.map((id, o) =>
          inPlay[o] !== '1' && isolated !== id ? null : (
            <li key={id}>
              <button
                type="button"
                className="legend__item"
                aria-pressed={isolated === id}
                aria-label={isolated === id ? translate(lang, 'legend.all') : translate(lang, 'legend.isolate', { origin: names[o] ?? id })}
                onClick={() => isolate(id)}
                data-origin={id}
              >
                <svg width="28" height="12" aria-hidden="true">
                  <line x1="2" y1="6" x2="26" y2="6" stroke={originPaint(o)} strokeWidth="8" />
                </svg>
                {names[o]}
              </button>
            </li>
          ),
        )}
      </ul>
    ),
    [origins, inPlay, isolated, lang, names, isolate],
  );
  if (!colorByOrigin)
    return (
      <div className="legend">
        <p className="legend--neutral">{translate(lang, 'legend.neutral')}</p>
        {ghost}
      </div>
    );
  return (
    <div className="legend">
      <p className="legend__title" id="legend-title">
        {translate(lang, 'legend.title')}
      </p>
      {items}
      {/* Shown alone but putting nothing in at these settings (another year, a slider at 0): every
          flow is dimmed, and this says why. Always there, empty otherwise, so that a screen reader
          announces the line when it comes. */}
      <p className="legend__idle" role="status">
        {idle !== null && (
          <>
            {translate(lang, 'legend.idle', { origin: names[idle] ?? origins[idle] ?? '' })}
            {/* Chinese runs on after its full stop without a space. */}
            {lang === 'en' ? ' ' : ''}
            <button type="button" className="legend__show-all" onClick={() => isolate(null)}>
              {translate(lang, 'legend.all')}
            </button>
          </>
        )}
      </p>
      {ghost}
    </div>
  );
}
