import { translate } from '../../i18n/strings';
import { PARAMETER_GROUPS } from '../../model/types';
import { useExplorer } from '../../state/context';
import { SliderControl } from './SliderControl';
import { usePreparedSteps } from './usePreparedSteps';

const GROUP_KEYS = {
  investment: 'controls.group.investment',
  behaviour: 'controls.group.behaviour',
  revenue: 'controls.group.revenue',
} as const;

/** One slider per dataset parameter, grouped as the dataset declares. */
export function ParameterSliders() {
  const lang = useExplorer((s) => s.lang);
  const parameters = useExplorer((s) => s.model.dataset.parameters);
  const setValue = useExplorer((s) => s.setValue);
  const setDragging = useExplorer((s) => s.setDragging);
  usePreparedSteps(useExplorer((s) => s.model));
  return (
    <div className="sliders">
      {PARAMETER_GROUPS.map((group) => {
        const inGroup = parameters.filter((p) => p.group === group);
        if (inGroup.length === 0) return null;
        return (
          <fieldset key={group} className="sliders__group">
            <legend>{translate(lang, GROUP_KEYS[group])}</legend>
            {inGroup.map((parameter) => (
              <SliderControl key={parameter.id} parameter={parameter} lang={lang} onChange={setValue} onDrag={setDragging} />
            ))}
          </fieldset>
        );
      })}
    </div>
  );
}
