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
    // On the root: the sliders' column makes room from it too.
    const root = document.documentElement.style;
    const observer = new ResizeObserver(() => root.setProperty('--chart-stage-height', `${element.offsetHeight}px`));
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.removeProperty('--chart-stage-height');
    };
  }, []);
  return (
    <div className="app__stage" ref={stage}>
      {children}
    </div>
  );
}
