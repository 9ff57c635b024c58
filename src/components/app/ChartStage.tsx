import { useLayoutEffect, useRef, type ReactNode } from 'react';

/**
 * The part of the chart that stays in view while the reader works the sliders beside it (wide
 * screens, see base.css). Its height goes to CSS so that, when it is taller than the window, it
 * sticks by its bottom edge (the legend above scrolls away rather than the diagram being cut), and
 * so that the sliders' column leaves room for it below the last slider.
 */
export function ChartStage({ children }: { children: ReactNode }) {
  const stage = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = stage.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    // On the two elements that read it, the stage and the sliders' column (which makes room from
    // it), not on the root: the property does not inherit (base.css), so a large chart that grows
    // a pixel as a slider moves restyles two elements rather than the whole page on every step.
    const users = [element, element.closest('.app__main')?.querySelector<HTMLElement>(':scope > .app__panel')];
    const observer = new ResizeObserver(() => {
      for (const user of users) user?.style.setProperty('--chart-stage-height', `${element.offsetHeight}px`);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      for (const user of users) user?.style.removeProperty('--chart-stage-height');
    };
  }, []);
  return (
    <div className="app__stage" ref={stage}>
      {children}
    </div>
  );
}
