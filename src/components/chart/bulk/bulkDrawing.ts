// The parts that draw large graphs in bulk, loaded together in one chunk when a large graph appears.
export { BulkLinks, releaseEarlyWorker } from './BulkLinks';
export { BulkNodes } from './BulkNodes';
