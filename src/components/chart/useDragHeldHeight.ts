import { useLayoutEffect, type RefObject } from 'react';
import { useExplorer } from '../../state/context';

/**
 * While a slider is dragged, an element under the chart keeps the tallest height it has had since
 * the drag began (as its `min-height`); let go, it fits its content again. The key to numbered
 * boxes comes and goes as a drag makes boxes too small for their names: at 1280 × 900, dragging
 * Nvidia → OpenAI to and fro, the footnotes grew and shrank by 45 px on a third of the steps, and
 * the chart, which sticks by its bottom edge when taller than the window (see ChartStage), jumped
 * up and down by as much under the reader's eyes, while every such step laid the page out again.
 */
export function useDragHeldHeight(ref: RefObject<HTMLElement | null>): void {
  const dragging = useExplorer((s) => s.dragging);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || !dragging || typeof ResizeObserver === 'undefined') return;
    let tallest = 0;
    const hold = (height: number) => {
      if (!(height > tallest)) return;
      tallest = height;
      element.style.minHeight = `${tallest}px`;
    };
    // Held from the drag's start (the press that starts it may move the slider at once, before an
    // observer's first report), then grown as the observer reports, after layout and before paint:
    // a step that grows the element holds its new height in the same frame; a later step that would
    // shrink it finds it held and changes nothing around it.
    hold(element.getBoundingClientRect().height);
    const observer = new ResizeObserver(([entry]) => hold(entry?.borderBoxSize?.[0]?.blockSize ?? element.offsetHeight));
    observer.observe(element);
    return () => {
      observer.disconnect();
      element.style.removeProperty('min-height');
    };
  }, [ref, dragging]);
}
