import { pickText, translate } from '../../../i18n/strings';
import type { Lang, Scenario } from '../../../model/types';

/** The legend entry saying which scenario the dashed outlines are. */
export function GhostLegend({ scenario, lang }: { scenario: Scenario; lang: Lang }) {
  return (
    <p className="legend__ghost" data-compare={scenario.id}>
      <svg width="28" height="12" aria-hidden="true">
        <rect x="1" y="1" width="26" height="10" className="ghost__box" />
      </svg>
      {translate(lang, 'legend.ghost', { scenario: pickText(scenario.label, lang).text })}
    </p>
  );
}
