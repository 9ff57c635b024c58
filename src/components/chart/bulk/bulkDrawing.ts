// The parts that draw large graphs in bulk, loaded together in one chunk when a large graph appears.
export { BulkLinks, releaseEarlyWorker } from './BulkLinks';
export { BulkNodes } from './BulkNodes';
import { provideRectStrips } from '../../../layout/labels';
import { rectStrips } from '../../../layout/rectStrips';

// Labelling a large graph files its boxes and labels by strips of x (see placeLabels).
provideRectStrips(rectStrips);
