import { translate } from '../../i18n/strings';
import { useExplorer } from '../../state/context';
import { MAX_ROUNDS } from '../../state/sharedState';
import { useCompareParts } from '../chart/compare/useCompareParts';

/** Loop or rounds, how many rounds, colour by origin, gross or net revenue, the scale, and a scenario to compare with. */
export function ViewControls() {
  const lang = useExplorer((s) => s.lang);
  const view = useExplorer((s) => s.view);
  const rounds = useExplorer((s) => s.rounds);
  const colorByOrigin = useExplorer((s) => s.colorByOrigin);
  const showNet = useExplorer((s) => s.showNet);
  const setView = useExplorer((s) => s.setView);
  const setRounds = useExplorer((s) => s.setRounds);
  const setColorByOrigin = useExplorer((s) => s.setColorByOrigin);
  const setShowNet = useExplorer((s) => s.setShowNet);
  const fitToView = useExplorer((s) => s.fitToView);
  const setFitToView = useExplorer((s) => s.setFitToView);
  const scenarios = useExplorer((s) => s.model.dataset.scenarios);
  const compareParts = useCompareParts(scenarios.length > 0);
  return (
    <div className="view-controls">
      <div className="segmented" role="group" aria-label={translate(lang, 'view.label')}>
        {(['loop', 'rounds'] as const).map((option) => (
          <button key={option} type="button" aria-pressed={view === option} onClick={() => setView(option)} data-view={option}>
            {translate(lang, option === 'loop' ? 'view.loop' : 'view.rounds')}
          </button>
        ))}
      </div>
      {view === 'rounds' && (
        <label className="inline-control">
          {translate(lang, 'view.roundsCount')}
          <input type="number" min={1} max={MAX_ROUNDS} value={rounds} onChange={(e) => setRounds(Number(e.target.value))} />
        </label>
      )}
      <label className="inline-control">
        <input type="checkbox" checked={colorByOrigin} onChange={(e) => setColorByOrigin(e.target.checked)} />
        {translate(lang, 'view.colorByOrigin')}
      </label>
      <label className="inline-control">
        <input type="checkbox" checked={showNet} onChange={(e) => setShowNet(e.target.checked)} />
        {translate(lang, 'view.showNet')}
      </label>
      <label className="inline-control">
        <input type="checkbox" checked={fitToView} onChange={(e) => setFitToView(e.target.checked)} data-control="fit" />
        {translate(lang, 'view.fitToView')}
      </label>
      {compareParts && scenarios.length > 0 && <compareParts.CompareSelect />}
    </div>
  );
}
