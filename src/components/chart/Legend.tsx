import { pickText, translate } from '../../i18n/strings';
import { useExplorer } from '../../state/context';
import { originColor } from './palette';

/** Origins with their colours; clicking one shows it alone. Scrolls when long. */
export function Legend() {
  const lang = useExplorer((s) => s.lang);
  const model = useExplorer((s) => s.model);
  const colorByOrigin = useExplorer((s) => s.colorByOrigin);
  const isolated = useExplorer((s) => s.isolated);
  const isolate = useExplorer((s) => s.isolate);
  const { origins } = model.structure;
  const name = (id: string) => pickText(model.dataset.entities.find((e) => e.id === id)?.label, lang).text || id;
  if (!colorByOrigin) return <p className="legend legend--neutral">{translate(lang, 'legend.neutral')}</p>;
  return (
    <div className="legend">
      <p className="legend__title" id="legend-title">
        {translate(lang, 'legend.title')}
      </p>
      <ul className="legend__items" aria-labelledby="legend-title">
        {origins.map((id, o) => (
          <li key={id}>
            <button
              type="button"
              className="legend__item"
              aria-pressed={isolated === id}
              aria-label={isolated === id ? translate(lang, 'legend.all') : translate(lang, 'legend.isolate', { origin: name(id) })}
              onClick={() => isolate(id)}
              data-origin={id}
            >
              <svg width="28" height="12" aria-hidden="true">
                <line x1="2" y1="6" x2="26" y2="6" stroke={originColor(o)} strokeWidth="8" />
              </svg>
              {name(id)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
