import { useEffect, type RefObject } from 'react';

/** The panels open now, the latest last: with the focus nowhere, Escape closes only the latest. */
const openPanels: symbol[] = [];

/**
 * Escape closes a panel that a toolbar button opened, and gives the focus back to that button: from
 * inside the panel or its button, or, for the panel opened last, with the focus nowhere (on the page
 * itself, after a click on the panel's text). Escape elsewhere (in the chart, which closes its own
 * details) is left alone; one Escape closes one thing (the event is marked handled).
 */
export function useCloseOnEscape(open: boolean, close: () => void, container: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    if (!open) return;
    const self = Symbol('panel');
    openPanels.push(self);
    const onKey = (event: KeyboardEvent) => {
      const box = container.current;
      if (event.key !== 'Escape' || event.defaultPrevented || !box) return;
      const target = event.target instanceof Node ? event.target : null;
      const inside = target !== null && box.contains(target);
      const latestWithFocusNowhere = document.activeElement === document.body && openPanels.at(-1) === self;
      if (!inside && !latestWithFocusNowhere) return;
      event.preventDefault();
      close();
      box.querySelector<HTMLElement>('button[aria-expanded]')?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      openPanels.splice(openPanels.indexOf(self), 1);
    };
  }, [open, close, container]);
}
