import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { chartElement } from './chartFocus';
import type { ChartPart } from './useChartKeys';

export interface Active {
  type: ChartPart;
  key: string;
  pinned: boolean;
  /** Pinned from the keyboard: focus goes into the tooltip. */
  byKey?: boolean;
}

/**
 * The box or link whose details are open: hovered or focused, or pinned (then another hover does not
 * take them away). Escape closes them wherever focus is; from inside a pinned tooltip, focus goes
 * back to its element, without that focus opening them again.
 */
export function useActiveElement(svg: RefObject<SVGSVGElement | null>) {
  const [active, setActive] = useState<Active | null>(null);
  // The element focus is handed back to as its tooltip closes: its focus must not reopen it.
  const returning = useRef<string | null>(null);
  const activate = useCallback(
    (type: ChartPart) => (key: string, pinned: boolean) => {
      if (!pinned && returning.current === key) return;
      setActive((current) =>
        current?.pinned && !pinned && current.key !== key
          ? current
          : { type, key, pinned: pinned || Boolean(current?.pinned && current.key === key) },
      );
    },
    [],
  );
  const activateNode = useMemo(() => activate('node'), [activate]);
  const activateLink = useMemo(() => activate('link'), [activate]);
  const deactivate = useCallback(
    (key: string) => setActive((current) => (current && current.key === key && !current.pinned ? null : current)),
    [],
  );
  const closeTooltip = useCallback(
    (giveFocusBack: boolean) => {
      if (!active) return;
      setActive(null);
      if (!giveFocusBack) return;
      returning.current = active.key;
      chartElement(svg.current, active.type, active.key)?.focus();
      returning.current = null;
    },
    [active, svg],
  );
  useEffect(() => {
    if (!active) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      closeTooltip(Boolean(document.getElementById('chart-tooltip')?.contains(document.activeElement)));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, closeTooltip]);
  return { active, setActive, activateNode, activateLink, deactivate, closeTooltip };
}
