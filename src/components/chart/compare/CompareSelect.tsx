import { pickText, translate } from '../../../i18n/strings';
import { useExplorer } from '../../../state/context';

/** Which scenario to draw as outlines behind the chart, or none. */
export function CompareSelect() {
  const lang = useExplorer((s) => s.lang);
  const compare = useExplorer((s) => s.compare);
  const setCompare = useExplorer((s) => s.setCompare);
  const scenarios = useExplorer((s) => s.model.dataset.scenarios);
  return (
    <label className="inline-control">
      {translate(lang, 'view.compare')}
      <select value={compare ?? ''} onChange={(e) => setCompare(e.target.value || null)} data-control="compare">
        <option value="">{translate(lang, 'view.compareNone')}</option>
        {scenarios.map((scenario) => (
          <option key={scenario.id} value={scenario.id}>
            {pickText(scenario.label, lang).text}
          </option>
        ))}
      </select>
    </label>
  );
}
