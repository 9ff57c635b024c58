import { translate } from '../../i18n/strings';
import { LocalText } from '../shared/LocalText';
import { useExplorer } from '../../state/context';

/** The dataset's scenarios as buttons, and Reset to the defaults. */
export function ScenarioBar() {
  const lang = useExplorer((s) => s.lang);
  const scenarios = useExplorer((s) => s.model.dataset.scenarios);
  const active = useExplorer((s) => s.scenario);
  const applyScenario = useExplorer((s) => s.applyScenario);
  const reset = useExplorer((s) => s.reset);
  const description = scenarios.find((s) => s.id === active)?.description;
  return (
    <section className="scenarios" aria-labelledby="scenarios-title">
      <h2 id="scenarios-title">{translate(lang, 'controls.scenarios')}</h2>
      <div className="scenarios__buttons">
        {scenarios.map((scenario) => (
          <button
            key={scenario.id}
            type="button"
            aria-pressed={active === scenario.id}
            onClick={() => applyScenario(scenario.id)}
            data-scenario={scenario.id}
          >
            <LocalText text={scenario.label} lang={lang} />
          </button>
        ))}
        <button type="button" className="scenarios__reset" onClick={reset} data-action="reset">
          {translate(lang, 'controls.reset')}
        </button>
      </div>
      {description && (
        <p className="scenarios__description">
          <LocalText text={description} lang={lang} />
        </p>
      )}
    </section>
  );
}
