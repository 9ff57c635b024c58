import { useEffect, type RefObject } from 'react';

/**
 * Escape closes a panel that a toolbar button opened, and gives the focus back to that button: from
 * inside the panel or its button, or with the focus nowhere (on the page itself, after a click on the
 * panel's text). Escape elsewhere (in the chart, which closes its own details) is left alone.
 */
export function useCloseOnEscape(open: boolean, close: () => void, container: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      const box = container.current;
      if (event.key !== 'Escape' || !box) return;
      const target = event.target instanceof Node ? event.target : null;
      if (!(target && box.contains(target)) && document.activeElement !== document.body) return;
      close();
      box.querySelector<HTMLElement>('button[aria-expanded]')?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, close, container]);
}
