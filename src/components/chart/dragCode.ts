import { provideDragNodes } from '../../layout/sankeyLayout';
import { lazyPart } from '../shared/lazyPart';

/**
 * The code that settles dragged boxes (see provideDragNodes): loaded as a pointer comes over the
 * chart or a box takes the focus (warmDragCode), else by the first move of a box, by pointer or
 * Alt+↑/↓, and handed to the layout before any offset reaches the store (see useBoxDrag).
 */
export const dragCode = lazyPart(() =>
  import('../../layout/dragNodes').then((code) => {
    provideDragNodes(code);
    return code;
  }),
);

let warmed = false;

/**
 * Starts loading that code as a pointer comes over the loop view's chart, or a box there takes the
 * keyboard's focus (a box may be moved next), so a first move rarely waits for it. Once a page:
 * should it fail, the move that needs it tries again and says so (see useBoxDrag), rather than every
 * pointer over the chart trying again.
 * (Chromium keeps a failed import failed for the page's life, so a failure here is the page's one try,
 * taken earlier; the chart's alert then offers a reload.)
 */
export function warmDragCode(): void {
  if (warmed) return;
  warmed = true;
  dragCode.preload().catch(() => undefined);
}
