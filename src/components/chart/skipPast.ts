// What "Skip the chart" does, loaded when it is pressed: the first view need not carry it.

const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, summary, [tabindex]';

/** Whether Tab can reach an element: not taken out of the order, disabled, hidden or inert. */
function reachable(element: HTMLElement | SVGElement): boolean {
  if (element.tabIndex < 0 || element.closest('[hidden], [inert], [aria-hidden="true"]')) return false;
  // jsdom draws nothing and has no checkVisibility: there, everything counts as visible.
  return typeof element.checkVisibility === 'function' ? element.checkVisibility({ visibilityProperty: true }) : true;
}

/** Moves focus to the first element Tab reaches after the chart (the controls), wherever the page's layout puts them. */
export function skipPast(chart: Element): void {
  const after = [...document.querySelectorAll<HTMLElement | SVGElement>(TABBABLE)].find(
    (element) =>
      !chart.contains(element) && chart.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING && reachable(element),
  );
  after?.focus();
}
