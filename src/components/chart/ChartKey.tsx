import type { KeyEntry } from '../../i18n/chartKey';
import { translate } from '../../i18n/strings';
import { DOTS, linkMarkStyle } from '../../layout/linkMarks';
import type { Lang } from '../../model/types';

/** Swatches are drawn as a link this wide would be, so they match the chart. */
const SWATCH_WIDTH = 8;

/** The key under the chart: what its line styles and hatches mean (only those it shows). */
export function ChartKey({ entries, lang }: { entries: KeyEntry[]; lang: Lang }) {
  if (entries.length === 0) return null;
  return (
    <div className="chart-key">
      <p className="chart-key__title" id="chart-key-title">
        {translate(lang, 'key.title')}
      </p>
      <ul className="chart-key__items" aria-labelledby="chart-key-title">
        {entries.map((entry) => (
          <li key={entry.mark} className="chart-key__item" data-mark={entry.mark}>
            <svg width="36" height="12" aria-hidden="true">
              <KeySwatch mark={entry.mark} />
            </svg>
            {entry.text}
          </li>
        ))}
      </ul>
    </div>
  );
}

function KeySwatch({ mark }: { mark: KeyEntry['mark'] }) {
  if (mark === 'own')
    return (
      <>
        <rect x="10" y="0" width="16" height="12" className="node__box" />
        <rect x="10" y="6" width="16" height="6" className="node__own" />
      </>
    );
  if (mark === 'default') return <rect x="10" y="1" width="16" height="10" className="node__box default-mark--swatch" />;
  if (mark === 'shortfall')
    return (
      <>
        <line x1="0" y1="5" x2="36" y2="5" className="link__hatch" strokeWidth={SWATCH_WIDTH} />
        <line x1="0" y1="10" x2="36" y2="10" className="shortfall__edge" />
      </>
    );
  const { dashes, fade, hatchWidth, dotWidth } = linkMarkStyle(mark, SWATCH_WIDTH);
  return (
    <>
      <line
        x1="0"
        y1="6"
        x2="36"
        y2="6"
        className="chart-key__line"
        strokeWidth={SWATCH_WIDTH}
        strokeDasharray={dashes?.join(' ')}
        opacity={fade}
      />
      {hatchWidth > 0 && <line x1="0" y1="6" x2="36" y2="6" className="link__hatch" strokeWidth={SWATCH_WIDTH} />}
      {dotWidth > 0 && <line x1="0" y1="6" x2="36" y2="6" className="link__dots" strokeWidth={dotWidth} strokeDasharray={DOTS.join(' ')} />}
    </>
  );
}
