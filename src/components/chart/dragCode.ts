import { provideDragNodes } from '../../layout/sankeyLayout';
import { lazyPart } from '../shared/lazyPart';

/**
 * The code that settles dragged boxes (see provideDragNodes): loaded by the first move of a box, by
 * pointer or Alt+↑/↓, and handed to the layout before any offset reaches the store (see useBoxDrag).
 */
export const dragCode = lazyPart(() =>
  import('../../layout/dragNodes').then((code) => {
    provideDragNodes(code);
    return code;
  }),
);
