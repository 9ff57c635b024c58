import type { MouseEvent } from 'react';
import { translate } from '../../i18n/strings';
import type { Lang } from '../../model/types';

const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, summary, [tabindex]';

/** Whether Tab can reach an element: not taken out of the order, disabled, hidden or inert. */
function reachable(element: HTMLElement | SVGElement): boolean {
  if (element.tabIndex < 0 || element.closest('[hidden], [inert], [aria-hidden="true"]')) return false;
  // jsdom draws nothing and has no checkVisibility: there, everything counts as visible.
  return typeof element.checkVisibility === 'function' ? element.checkVisibility({ visibilityProperty: true }) : true;
}

/**
 * "Skip the chart": the chart's first tab stop, shown when focused, moving focus to whatever comes
 * after the chart (the controls), wherever the page's layout puts them.
 */
export function SkipChart({ lang }: { lang: Lang }) {
  const skip = (event: MouseEvent<HTMLButtonElement>) => {
    const chart = event.currentTarget.parentElement;
    if (!chart) return;
    const after = [...document.querySelectorAll<HTMLElement | SVGElement>(TABBABLE)].find(
      (element) =>
        !chart.contains(element) && chart.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING && reachable(element),
    );
    after?.focus();
  };
  return (
    // A button, not a link to an anchor: a hash in the address would mix with the shared state in it.
    <button type="button" className="skip-chart" onClick={skip}>
      {translate(lang, 'chart.skip')}
    </button>
  );
}
