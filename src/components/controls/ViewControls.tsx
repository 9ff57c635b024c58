import { translate } from '../../i18n/strings';
import { useExplorer } from '../../state/context';
import { useCompareParts } from '../chart/compare/useCompareParts';
import { NetToggle } from './NetToggle';
import { ViewToggle } from './ViewToggle';

/** Loop or rounds, how many rounds, colour by origin, gross or net revenue, the scale, and a scenario to compare with. */
export function ViewControls() {
  const lang = useExplorer((s) => s.lang);
  const colorByOrigin = useExplorer((s) => s.colorByOrigin);
  const setColorByOrigin = useExplorer((s) => s.setColorByOrigin);
  const fitToView = useExplorer((s) => s.fitToView);
  const setFitToView = useExplorer((s) => s.setFitToView);
  const scenarios = useExplorer((s) => s.model.dataset.scenarios);
  const compareParts = useCompareParts(scenarios.length > 0);
  return (
    <div className="view-controls">
      <ViewToggle />
      <label className="inline-control">
        <input type="checkbox" checked={colorByOrigin} onChange={(e) => setColorByOrigin(e.target.checked)} />
        {translate(lang, 'view.colorByOrigin')}
      </label>
      <NetToggle />
      <label className="inline-control">
        <input type="checkbox" checked={fitToView} onChange={(e) => setFitToView(e.target.checked)} data-control="fit" />
        {translate(lang, 'view.fitToView')}
      </label>
      {compareParts && scenarios.length > 0 && <compareParts.CompareSelect />}
    </div>
  );
}
