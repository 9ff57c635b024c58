// Layouts with dragged boxes need the code that settles them, which the app loads with a reader's
// first drag (see provideDragNodes): a test file that drags imports this first.
import * as dragNodes from '../../src/layout/dragNodes';
import { provideDragNodes } from '../../src/layout/sankeyLayout';

provideDragNodes(dragNodes);
