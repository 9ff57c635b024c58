import { translate } from '../../i18n/strings';
import { formatDate } from '../../model/format';
import { modelYears } from '../../model/resolveMoment';
import { LocalText } from '../shared/LocalText';
import { useExplorer } from '../../state/context';

/** The dataset's scenarios as buttons, Reset to the defaults, the model year, and the date deals stand as of. */
export function ScenarioBar() {
  const lang = useExplorer((s) => s.lang);
  const scenarios = useExplorer((s) => s.model.dataset.scenarios);
  const meta = useExplorer((s) => s.model.source.meta);
  const moment = useExplorer((s) => s.model.moment);
  const setYear = useExplorer((s) => s.setYear);
  const years = modelYears(meta);
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
      <div className="scenarios__moment">
        {years.length > 0 && (
          <label className="scenarios__year">
            {translate(lang, 'controls.year')}{' '}
            <select value={moment.year ?? ''} onChange={(event) => setYear(Number(event.target.value))} data-control="year">
              {years.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </label>
        )}
        <span className="scenarios__as-of" data-date={moment.date}>
          {translate(lang, 'controls.asOf', { date: formatDate(moment.date, lang) })}
        </span>
      </div>
      {description && (
        <p className="scenarios__description">
          <LocalText text={description} lang={lang} />
        </p>
      )}
    </section>
  );
}
